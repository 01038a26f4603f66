import { describe, expect, it } from 'vitest';
import { parseOverviewParams, serializeOverviewParams } from './overview';

describe('overview params', () => {
  it('round-trips the round and the unapproved switch, leaving defaults out', () => {
    const selection = { roundId: '2022', includeUnapproved: true };
    const params = serializeOverviewParams(selection);
    expect(params.toString()).toBe('round=2022&include=unapproved');
    expect(parseOverviewParams(params)).toEqual(selection);
    expect(serializeOverviewParams({ roundId: null, includeUnapproved: false }).toString()).toBe(
      '',
    );
  });

  it('ignores unknown values', () => {
    expect(parseOverviewParams(new URLSearchParams('include=everything&round='))).toEqual({
      roundId: null,
      includeUnapproved: false,
    });
  });
});
