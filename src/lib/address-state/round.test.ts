import { describe, expect, it } from 'vitest';
import { parseRoundAddress, serializeRoundAddress } from './round';

describe('a page whose address holds only its round', () => {
  it('round-trips the round, and leaves the default round out', () => {
    expect(serializeRoundAddress({ roundId: '2022' }).toString()).toBe('round=2022');
    expect(parseRoundAddress(new URLSearchParams('round=2022'))).toEqual({ roundId: '2022' });
    expect(serializeRoundAddress({ roundId: null }).toString()).toBe('');
  });

  it('reads no round, or an empty one, as the default round', () => {
    expect(parseRoundAddress(new URLSearchParams(''))).toEqual({ roundId: null });
    expect(parseRoundAddress(new URLSearchParams('round=&dataset=synthetic'))).toEqual({
      roundId: null,
    });
  });
});
