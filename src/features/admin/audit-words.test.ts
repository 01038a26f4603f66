import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../domain/audit';
import { i18next, showLanguage } from '../../lib/i18n';
import {
  auditFieldLabel,
  auditTargetName,
  auditValueWords,
  type AuditLookups,
} from './audit-words';

afterEach(async () => {
  await i18next.changeLanguage('en');
});

const lookups: AuditLookups = {
  personNames: new Map([['f4e39598-de5b', 'Anna Kowalska']]),
  cityNames: new Map([['lodz', 'Székesfehérvár']]),
  roundYears: new Map([['2026', 2026]]),
};

/** An entry changing `target`, recorded as `after` (and nothing before). */
function changed(
  kind: string,
  id: string,
  after: AuditEntry['after'] = null,
): Pick<AuditEntry, 'target' | 'before' | 'after'> {
  return { target: { kind, id }, before: null, after };
}

const words = (field: string, value: AuditEntry['after'] | undefined, kind = 'city') =>
  auditValueWords(field, value, kind, lookups);

describe('what an entry changed, in words', () => {
  it('names a person and a city as they are called now', () => {
    expect(auditTargetName(changed('user', 'f4e39598-de5b'), lookups)).toBe('Anna Kowalska');
    expect(auditTargetName(changed('city', 'lodz', { name: 'Lodz', names: {} }), lookups)).toBe(
      'Székesfehérvár',
    );
  });

  it('names a thing that is gone as the entry recorded it, else by its id', () => {
    expect(auditTargetName(changed('user', 'gone', { name: 'Ana Gone' }), lookups)).toBe(
      'Ana Gone',
    );
    expect(auditTargetName(changed('user', 'gone'), lookups)).toBe('gone');
    expect(
      auditTargetName(
        { target: { kind: 'city', id: 'old' }, before: { name: 'Ghent', names: {} }, after: null },
        lookups,
      ),
    ).toBe('Ghent');
  });

  it('names a round by its year, an import by its years, a backup by its date', () => {
    expect(auditTargetName(changed('round', '2026'), lookups)).toBe('Round 2026');
    expect(auditTargetName(changed('round', 'r-old', { year: 2013 }), lookups)).toBe('Round 2013');
    expect(auditTargetName(changed('import', '2013 2015'), lookups)).toBe('Rounds 2013 and 2015');
    expect(auditTargetName(changed('backup', '2026-11-30T09:02:00.000Z'), lookups)).toBe(
      'Backup of 30 Nov 2026, 09:02',
    );
    expect(auditTargetName(changed('widget', 'w1'), lookups)).toBe('widget w1');
  });

  it('names a gone city in the reader’s language', async () => {
    await showLanguage('fr');
    const gone = changed('city', 'ghent-old', { name: 'Ghent', names: { fr: 'Gand' } });
    expect(auditTargetName(gone, lookups)).toBe('Gand');
    expect(auditTargetName(changed('round', '2026'), lookups)).toBe('Campagne 2026');
  });
});

describe('a field and its values, in words', () => {
  it('labels the fields from the catalogue, and an unknown one by its key', () => {
    expect(auditFieldLabel('cityId')).toBe('City');
    expect(auditFieldLabel('countryCode')).toBe('Country');
    expect(auditFieldLabel('notificationsEnabled')).toBe('Notifications by e-mail');
    expect(auditFieldLabel('localLanguages')).toBe('Own languages');
    expect(auditFieldLabel('fileKind')).toBe('File type');
    expect(auditFieldLabel('roundsCreated')).toBe('Rounds created');
    expect(auditFieldLabel('signed')).toBe('Signing of the charter');
    expect(auditFieldLabel('colour')).toBe('colour');
  });

  it('words roles and statuses as the app does elsewhere', () => {
    expect(words('role', 'viewer', 'user')).toBe('Report author');
    expect(words('role', 'member', 'user')).toBe('Working-group member');
    expect(words('status', 'planned', 'round')).toBe('Planned');
    expect(words('status', 'closed', 'round')).toBe('Closed');
    expect(words('status', 'invited', 'user')).toBe('Invited');
    expect(words('status', 'deactivated', 'user')).toBe('Deactivated');
  });

  it('says yes or no, and gives a signing period as a year, a span or not known', () => {
    expect(words('archived', true)).toBe('Yes');
    expect(words('notificationsEnabled', false, 'user')).toBe('No');
    expect(words('signed', { earliestYear: 2015, latestYear: 2015 })).toBe('2015');
    expect(words('signed', { earliestYear: 2015, latestYear: 2018 })).toBe('2015–2018');
    expect(words('signed', null)).toBe('Not known');
  });

  it('writes dates in the reader’s format', () => {
    expect(words('deadline', '2027-01-31', 'round')).toBe('31 Jan 2027');
    expect(words('deadline', null, 'round')).toBe('None');
    expect(words('exportedAt', '2026-11-30T09:02:00.000Z', 'backup')).toBe('30 Nov 2026, 09:02');
  });

  it('names cities, languages and countries, and joins lists', () => {
    expect(words('cityId', 'lodz', 'user')).toBe('Székesfehérvár');
    expect(words('cityId', 'gone', 'user')).toBe('gone');
    expect(words('cityId', null, 'user')).toBe('—');
    expect(words('language', 'fr', 'user')).toBe('French');
    expect(words('localLanguages', ['fr', 'nl'])).toBe('French and Dutch');
    expect(words('localLanguages', [])).toBe('None');
    expect(words('names', { pl: 'Warszawa', de: 'Warschau' })).toBe(
      'Polish: Warszawa and German: Warschau',
    );
    expect(words('countryCode', 'PL')).toBe('Poland');
    expect(words('coordinates', { lat: 51.759, lon: -0.1276 })).toBe(
      'latitude 51.759, longitude -0.1276',
    );
    expect(words('sourceNote', '')).toBe('—');
  });

  it('words what an import and a backup hold', () => {
    expect(words('fileKind', 'xlsx', 'import')).toBe('Excel (XLSX)');
    expect(words('rowCount', 1200, 'import')).toBe('1,200');
    expect(words('roundsCreated', [2013, 2015], 'import')).toBe('2013 and 2015');
    expect(words('roundsCreated', [], 'import')).toBe('None');
    expect(words('created', ['ghent-2013', 'oslo-2015'], 'import')).toBe('2');
    expect(words('assessments', 7100, 'backup')).toBe('7,100');
  });

  it('shows an unknown field, or a value of another shape, as recorded', () => {
    expect(words('colour', { earliestYear: 2015 })).toBe('{"earliestYear":2015}');
    expect(words('colour', 'teal')).toBe('teal');
    expect(words('status', 'paused', 'round')).toBe('paused');
    expect(words('role', 42, 'user')).toBe('42');
    expect(words('signed', 'soon')).toBe('soon');
    expect(words('name', undefined)).toBe('—');
  });

  it('words them in French', async () => {
    await showLanguage('fr');
    expect(auditFieldLabel('cityId')).toBe('Ville');
    expect(auditFieldLabel('notificationsEnabled')).toBe('Notifications par e-mail');
    expect(words('role', 'viewer', 'user')).toBe('Auteur de rapport');
    expect(words('status', 'open', 'round')).toBe('Ouverte');
    expect(words('archived', true)).toBe('Oui');
    expect(words('signed', null)).toBe('Inconnue');
    expect(words('deadline', '2027-01-31', 'round')).toBe('31 janv. 2027');
    expect(words('localLanguages', ['fr', 'nl'])).toBe('français et néerlandais');
    expect(words('names', { pl: 'Warszawa' })).toBe('polonais\u00a0: Warszawa');
    expect(words('coordinates', { lat: 51.759, lon: 19.456 })).toBe(
      'latitude 51,759, longitude 19,456',
    );
    expect(i18next.t('audit.beforeLabel')).toBe('Avant\u00a0:');
  });
});
