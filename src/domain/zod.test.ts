/** The app's zod setup: English messages, and no `new Function` probe for a strict CSP. */
import { util } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';
import { z } from './zod';

describe('the configured zod', () => {
  it('is jitless, so it never probes `new Function` (a CSP violation in the browser)', () => {
    expect(z.config().jitless).toBe(true);
    // zod's own probe answers "no eval" without trying it; in Node, eval is allowed.
    expect(util.allowsEval.value).toBe(false);
  });

  it('still speaks English', () => {
    const result = z.safeParse(z.object({ name: z.string() }), { name: 1 });
    expect(result.error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received number',
    );
  });
});
