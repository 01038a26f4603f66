import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../domain/audit';
import { auditCsv, type AuditCsvWords } from './audit-csv';

const words: AuditCsvWords = {
  headings: {
    at: 'When (UTC)',
    actorName: 'Who',
    actorId: 'Who (id)',
    action: 'Action',
    actionCode: 'Action (code)',
    targetKind: 'Kind',
    targetId: 'Target',
    before: 'Before (JSON)',
    after: 'After (JSON)',
  },
  describeAction: (action) => (action === 'city.update' ? 'Edited a city' : action),
};

const entry: AuditEntry = {
  id: 'e1',
  at: '2026-11-30T10:05:00.000Z',
  actorId: 'claire',
  actorName: '=HYPERLINK("x")',
  action: 'city.update',
  target: { kind: 'city', id: 'lodz' },
  before: { name: 'Lodz', note: 'a, "quoted"\nline' },
  after: { name: 'Łódź', note: '' },
};

describe('auditCsv', () => {
  it('writes one row per entry under the headings, BOM first, CRLF line ends', () => {
    const csv = auditCsv([entry], words);
    expect(csv.startsWith('\uFEFFWhen (UTC),Who,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toStrictEqual([
      '2026-11-30T10:05:00.000Z',
      `'=HYPERLINK("x")`,
      'claire',
      'Edited a city',
      'city.update',
      'city',
      'lodz',
      JSON.stringify(entry.before),
      JSON.stringify(entry.after),
    ]);
    expect(JSON.parse(rows[1]?.[7] ?? '')).toStrictEqual(entry.before);
  });

  it('leaves a missing snapshot empty', () => {
    const csv = auditCsv([{ ...entry, actorName: 'Claire', before: null }], words);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows[1]?.[7]).toBe('');
  });
});
