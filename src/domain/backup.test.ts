import { describe, expect, it } from 'vitest';
import type { Account } from './account';
import type { Assessment } from './assessment';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupContentKeys,
  backupCountsOf,
  backupFileName,
  backupOf,
  contentOf,
  historyInOrder,
  readBackup,
  readBackupText,
  backupAuditRecord,
  type BackupContent,
} from './backup';

const actor = { id: 'claire', name: 'Claire Dubois' };

function assessment(id: string, cityId: string, roundId: string): Assessment {
  return {
    id,
    cityId,
    roundId,
    status: 'draft',
    version: 2,
    ratings: {},
    trends: {},
    targetGroups: [],
    reviewComment: null,
    updatedAt: '2026-10-05T09:30:00.000Z',
    updatedBy: actor,
    submittedAt: null,
    submittedBy: null,
  };
}

const content: BackupContent = {
  cities: [
    {
      id: 'ghent',
      name: 'Ghent',
      names: { nl: 'Gent' },
      localLanguages: ['nl'],
      countryCode: 'BE',
      signed: { earliestYear: 2010, latestYear: 2010 },
      coordinates: { lat: 51.05, lon: 3.72 },
      sourceNote: 'Council decision of 2010',
      archived: false,
    },
  ],
  rounds: [{ id: '2026', year: 2026, status: 'open', deadline: '2026-12-31' }],
  users: [
    {
      id: 'claire',
      name: 'Claire Dubois',
      role: 'coordinator',
      cityId: null,
      email: 'claire@example.org',
      status: 'active',
      language: 'fr',
      notificationsEnabled: true,
    },
    {
      id: 'lotte',
      name: 'Lotte Peeters',
      role: 'member',
      cityId: 'ghent',
      email: null,
      status: 'invited',
      language: 'en',
      notificationsEnabled: false,
    },
  ],
  assessments: [assessment('ghent-2026', 'ghent', '2026')],
  history: {
    'ghent-2026': [
      {
        version: 1,
        action: 'created',
        at: '2026-10-01T08:00:00.000Z',
        actor,
        changes: [],
        comment: null,
      },
      {
        version: 2,
        action: 'saved',
        at: '2026-10-05T09:30:00.000Z',
        actor,
        changes: [],
        comment: null,
      },
    ],
  },
  audit: [
    {
      id: 'a1',
      at: '2026-09-01T00:00:00.000Z',
      actorId: 'claire',
      actorName: 'Claire Dubois',
      action: 'round.open',
      target: { kind: 'round', id: '2026' },
      before: { status: 'closed' },
      after: { status: 'open' },
    },
  ],
};

const exportedAt = new Date('2026-11-30T23:59:59.000Z');
const file = () => JSON.parse(JSON.stringify(backupOf(content, exportedAt))) as unknown;

function problemOf(value: unknown) {
  const reading = readBackup(value);
  if (reading.ok) throw new Error('Expected the backup to be refused');
  return reading.problem;
}

describe('a backup file', () => {
  it('has a header (format, version, when) before the data, and reads back whole', () => {
    const backup = backupOf(content, exportedAt);
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', ...backupContentKeys]);
    expect(backup).toMatchObject({
      format: 'charter-monitor-backup',
      version: 1,
      exportedAt: '2026-11-30T23:59:59.000Z',
    });
    const reading = readBackup(file());
    expect(reading).toEqual({ ok: true, backup });
    if (reading.ok) expect(contentOf(reading.backup)).toEqual(content);
  });

  it('is named after the UTC day it was taken', () => {
    expect(backupFileName(exportedAt)).toBe('charter-monitor-backup-2026-11-30.json');
  });

  it('counts what it holds, as a restore into a new instance writes it', () => {
    expect(backupCountsOf(content)).toEqual({
      cities: 1,
      rounds: 1,
      users: 2,
      assessments: 1,
      historyEntries: 2,
      auditEntries: 1,
    });
    const backup = backupOf(content, exportedAt);
    const record = {
      target: { kind: 'backup', id: '2026-11-30T23:59:59.000Z' },
      before: null,
      after: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: '2026-11-30T23:59:59.000Z',
        ...backupCountsOf(content),
      },
    };
    // Its download and its restore name the same file.
    expect(backupAuditRecord('backup.download', backup)).toEqual({
      action: 'backup.download',
      ...record,
    });
    expect(backupAuditRecord('backup.restore', backup)).toEqual({
      action: 'backup.restore',
      ...record,
    });
  });
});

describe('reading a file as a backup', () => {
  it('tells another file, or text that is not JSON, from a backup', () => {
    expect(readBackupText('{"format": ')).toMatchObject({
      ok: false,
      problem: { kind: 'not_json' },
    });
    for (const value of [null, [], 'backup', { cities: [] }, { format: 'other', version: 1 }]) {
      expect(problemOf(value).kind).toBe('not_backup');
    }
    expect(problemOf({ format: 'other' }).fieldErrors).toEqual({
      format: ['Expected "charter-monitor-backup"'],
    });
    expect(readBackupText(JSON.stringify(file())).ok).toBe(true);
  });

  it('refuses a newer version by name, and a version that is no version', () => {
    const newer = problemOf({ ...(file() as object), version: BACKUP_VERSION + 1 });
    expect(newer).toMatchObject({ kind: 'newer_version', version: 2 });
    expect(newer.message).toMatch(/format version 2, newer than this app reads \(1\)/);
    for (const version of [0, 1.5, '1', undefined]) {
      expect(problemOf({ ...(file() as object), version })).toMatchObject({
        kind: 'invalid',
        fieldErrors: { version: ['Expected a whole number'] },
      });
    }
  });

  it('names each field the schema refuses, unknown fields included', () => {
    const broken = file() as Record<string, unknown>;
    const problem = problemOf({
      ...broken,
      extra: true,
      exportedAt: 'yesterday',
      rounds: [{ id: '2026', year: 1999, status: 'open', deadline: null }],
    });
    expect(problem.kind).toBe('invalid');
    expect(Object.keys(problem.fieldErrors).sort()).toEqual([
      'exportedAt',
      'extra',
      'rounds.0.year',
    ]);
    expect(Object.keys(problemOf({ ...broken, audit: undefined }).fieldErrors)).toEqual(['audit']);
  });

  it('refuses rows that do not fit together, each at its path', () => {
    const lost = assessment('lost', 'atlantis', '1999');
    const problem = problemOf({
      ...(file() as object),
      users: [
        ...content.users,
        { ...(content.users[1] as Account), name: 'Twin', role: 'viewer', cityId: 'ghent' },
      ],
      assessments: [...content.assessments, lost, { ...assessment('ghent-2026', 'ghent', '2026') }],
      history: {
        ...content.history,
        nowhere: [],
        'ghent-2026': [...(content.history['ghent-2026'] ?? [])].reverse(),
      },
      audit: [...content.audit, ...content.audit],
    });
    expect(problem.kind).toBe('inconsistent');
    expect(problem.fieldErrors).toEqual({
      'users.2.id': ['The id lotte is repeated'],
      'users.2.cityId': ['Only a member is responsible for a city'],
      'assessments.1.cityId': ['No city with id atlantis in the backup'],
      'assessments.1.roundId': ['No round with id 1999 in the backup'],
      'assessments.2.id': ['The id ghent-2026 is repeated'],
      'assessments.2.roundId': ['A city has one assessment per round'],
      'history.nowhere': ['No assessment with id nowhere in the backup'],
      'history.ghent-2026.1.version': ['Versions go up, oldest first'],
      'audit.1.id': ['The id a1 is repeated'],
    });
  });
});

describe('history in a backup', () => {
  it('follows the assessments’ order, oldest entry first, leaving out empty histories', () => {
    const [first, second] = content.history['ghent-2026'] ?? [];
    if (!first || !second) throw new Error('Two entries');
    // As JSON.parse reads it: `__proto__` an own key, not the prototype.
    const stored = Object.fromEntries([
      ['b', [second, first]],
      ['a', [first]],
      ['c', []],
      ['__proto__', [first]],
    ]);
    const history = historyInOrder(stored, [
      { id: 'a' },
      { id: 'c' },
      { id: '__proto__' },
      { id: 'b' },
    ]);
    expect(Object.keys(history)).toEqual(['a', '__proto__', 'b']);
    expect(history.b?.map(({ version }) => version)).toEqual([1, 2]);
  });
});
