/**
 * Checks a list from the API against its item schema a few milliseconds' worth at a time,
 * giving the main thread back between slices. On the 2,000-city set one list took 65 ms to
 * check in a single task (260 ms on Lighthouse's phone, which counts all but 50 ms of it as
 * blocking); in slices no task is long, so taps and paints are not held up. The outcome is
 * the same as the array schema's.
 */
import type { z } from '../domain/zod';
import { yieldMainThread } from './main-thread';

/** How long one slice may run before the page gets the main thread back, in ms (as React's). */
export const SLICE_MS = 5;

/** The outcome: the list's items as the schema outputs them, or that the value is no such list. */
export type ListOutcome<Item> = { success: true; data: Item[] } | { success: false };

interface SliceOptions {
  /** Milliseconds since some fixed point, as performance.now. */
  now?: () => number;
  /** Resolves once the browser has had the main thread (input, paint). */
  yieldToMain?: () => Promise<void>;
}

/** Checks `value` as a list of `itemSchema`'s items, in slices of about SLICE_MS. */
export async function parseInSlices<Item extends z.ZodMiniType>(
  itemSchema: Item,
  value: unknown,
  { now = () => performance.now(), yieldToMain = yieldMainThread }: SliceOptions = {},
): Promise<ListOutcome<z.output<Item>>> {
  if (!Array.isArray(value)) return { success: false };
  const items: unknown[] = value;
  const data: z.output<Item>[] = [];
  let sliceStart = now();
  for (const item of items) {
    if (now() - sliceStart >= SLICE_MS) {
      await yieldToMain();
      sliceStart = now();
    }
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) return { success: false };
    data.push(parsed.data);
  }
  return { success: true, data };
}
