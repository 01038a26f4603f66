import { describe, expect, it, vi } from 'vitest';
import { citySchema } from '../domain/city';
import { z } from '../domain/zod';
import { cityFixture } from '../../tests/utils/city-fixture';
import { parseInSlices, SLICE_MS } from './parse-in-slices';

const city = (index: number) =>
  cityFixture({ id: `city-${String(index)}`, name: `Łódź ${String(index)}`, countryCode: 'PL' });

/** A clock that moves one millisecond each time it is read, and counts the yields. */
function steppingClock() {
  let time = 0;
  const counted = { yields: 0 };
  return {
    counted,
    now: () => (time += 1),
    yieldToMain: () => {
      counted.yields += 1;
      return Promise.resolve();
    },
  };
}

describe('parseInSlices', () => {
  it('gives what the array schema gives, item for item', async () => {
    const list = Array.from({ length: 40 }, (_, index) => city(index));
    const whole = z.array(citySchema).safeParse(list);
    expect(whole.success).toBe(true);
    const sliced = await parseInSlices(citySchema, list, steppingClock());
    expect(sliced).toEqual({ success: true, data: whole.data });
  });

  it('gives the main thread back each time a slice has run its time', async () => {
    const clock = steppingClock();
    await parseInSlices(
      citySchema,
      Array.from({ length: 40 }, (_, index) => city(index)),
      clock,
    );
    // The clock moves 1 ms at each reading, one per item and one after each yield: a slice
    // reaches SLICE_MS (5 ms) at the 5th, 10th, ... 40th item, so 8 yields.
    expect(SLICE_MS).toBe(5);
    expect(clock.counted.yields).toBe(8);
  });

  it('does not yield while a slice has time left', async () => {
    let yields = 0;
    const list = Array.from({ length: 500 }, (_, index) => city(index));
    const result = await parseInSlices(citySchema, list, {
      now: () => 0,
      yieldToMain: () => {
        yields += 1;
        return Promise.resolve();
      },
    });
    expect(result.success && result.data).toHaveLength(500);
    expect(yields).toBe(0);
  });

  it('fails on one bad item, or on anything but a list, as the array schema does', async () => {
    const list = [city(1), { ...city(2), coordinates: null }, city(3)];
    expect(z.array(citySchema).safeParse(list).success).toBe(false);
    expect(await parseInSlices(citySchema, list)).toEqual({ success: false });
    expect(await parseInSlices(citySchema, { cities: [] })).toEqual({ success: false });
    expect(await parseInSlices(citySchema, null)).toEqual({ success: false });
  });

  it('yields for real where no clock is given, and still finishes', async () => {
    // Node has no scheduler.yield: the page's thread is given back through a message to itself.
    const channels = vi.spyOn(globalThis, 'MessageChannel');
    const list = Array.from({ length: 2000 }, (_, index) => city(index));
    const result = await parseInSlices(citySchema, list);
    // Checking 2,000 cities takes tens of milliseconds here, several slices of 5 ms.
    expect(channels).toHaveBeenCalled();
    expect(result.success && result.data.map(({ id }) => id)).toEqual(list.map(({ id }) => id));
  });
});
