import { describe, expect, it } from 'vitest';
import { z } from './zod';
import {
  AUDIT_ACTION_PATTERN,
  auditActions,
  auditFieldChanges,
  auditEntryOf,
  auditEntrySchema,
  auditPageOf,
  auditQueryOf,
  auditQuerySchema,
  type AuditEntry,
} from './audit';

const entry = (id: string): AuditEntry =>
  auditEntryOf(
    {
      actor: { id: 'claire', name: 'Claire Dubois' },
      action: 'round.open',
      target: { kind: 'round', id: '2027' },
      before: { status: 'closed' },
      after: { status: 'open' },
    },
    id,
    new Date('2026-11-30T10:00:00Z'),
  );

describe('the audit log', () => {
  it('names every action in the `<kind>.<verb>` form the database checks', () => {
    for (const action of auditActions) expect(action).toMatch(AUDIT_ACTION_PATTERN);
  });

  it('makes an entry the schema accepts, with copies of the snapshots', () => {
    const after = { status: 'open', cities: ['ghent'] };
    const made = auditEntryOf(
      {
        actor: { id: 'claire', name: 'Claire Dubois' },
        action: 'round.open',
        target: { kind: 'round', id: '2027' },
        before: null,
        after,
      },
      'id-1',
      new Date('2026-11-30T10:00:00Z'),
    );
    expect(auditEntrySchema.parse(made)).toStrictEqual(made);
    expect(made).toMatchObject({ at: '2026-11-30T10:00:00.000Z', actorName: 'Claire Dubois' });
    after.cities.push('oslo');
    expect(made.after).toStrictEqual({ status: 'open', cities: ['ghent'] });
  });

  it('pages: `next` is the last entry of a full page when one more was read', () => {
    const read = ['e5', 'e4', 'e3'].map(entry);
    expect(auditPageOf(read, 2)).toStrictEqual({ entries: read.slice(0, 2), next: 'e4' });
    expect(auditPageOf(read, 3)).toStrictEqual({ entries: read, next: null });
    expect(auditPageOf([], 3)).toStrictEqual({ entries: [], next: null });
  });

  it('lists the fields an action changed, before and after', () => {
    const round = { id: '2026', status: 'open', deadline: '2027-01-31' };
    expect(
      auditFieldChanges({ before: round, after: { ...round, status: 'closed', deadline: null } }),
    ).toStrictEqual([
      { field: 'status', before: 'open', after: 'closed' },
      { field: 'deadline', before: '2027-01-31', after: null },
    ]);
    expect(
      auditFieldChanges({ before: null, after: { id: 'x', names: { pl: 'X' } } }),
    ).toStrictEqual([
      { field: 'id', before: undefined, after: 'x' },
      { field: 'names', before: undefined, after: { pl: 'X' } },
    ]);
    expect(auditFieldChanges({ before: { a: [1] }, after: { a: [1] } })).toStrictEqual([]);
    expect(auditFieldChanges({ before: 'x', after: 'y' })).toStrictEqual([]);
  });

  it('reads a limit from 1 to 200, 50 by default', () => {
    const query = (params: Record<string, string>) => {
      const parsed = z.safeParse(auditQuerySchema, params);
      return parsed.success ? auditQueryOf(parsed.data) : 'refused';
    };
    expect(query({})).toStrictEqual({ limit: 50, before: undefined });
    expect(query({ limit: '1', before: 'e4' })).toStrictEqual({ limit: 1, before: 'e4' });
    expect(query({ limit: '200' })).toStrictEqual({ limit: 200, before: undefined });
    for (const limit of ['0', '201', '007', '1e2', ' 5', '']) {
      expect(query({ limit })).toBe('refused');
    }
  });
});
