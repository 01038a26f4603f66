/**
 * The audit log in words, for its page: what an entry changed (a person by name, a city by its
 * name in the reader's language, a round by its year, a backup by its date), each field's
 * label, and its values as the rest of the app words them, in the current UI language. The
 * CSV export does not use this: it keeps the recorded ids and JSON, as the record.
 */
import { accountStatusSchema } from '../../domain/account';
import type { AuditEntry, AuditSnapshot } from '../../domain/audit';
import { cityDisplayName } from '../../domain/city-names';
import { importPreviewSchema } from '../../domain/import-preview';
import { roundStatusSchema } from '../../domain/round';
import { userRoleSchema } from '../../domain/user';
import {
  formatCalendarDate,
  formatCoordinate,
  formatCount,
  formatCountry,
  formatDateTime,
  formatLanguage,
  formatList,
  formatYear,
} from '../../lib/format';
import { i18next } from '../../lib/i18n';

/** What the page knows now of the things entries name, by id; a missing id is gone. */
export interface AuditLookups {
  /** A city's current name in the reader's language. */
  cityNames: ReadonlyMap<string, string>;
  /** A person's current name. */
  personNames: ReadonlyMap<string, string>;
  /** A round's year. */
  roundYears: ReadonlyMap<string, number>;
}

type Snapshot = AuditSnapshot | undefined;
type SnapshotRecord = Record<string, AuditSnapshot>;

function isRecord(value: Snapshot): value is SnapshotRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: Snapshot): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isNumberArray(value: Snapshot): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

/** The thing as the entry recorded it, after the action or, when it was removed, before. */
function recorded(entry: Pick<AuditEntry, 'before' | 'after'>): SnapshotRecord | undefined {
  if (isRecord(entry.after)) return entry.after;
  return isRecord(entry.before) ? entry.before : undefined;
}

function isStringRecord(value: Snapshot): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every(isString);
}

function isString(value: Snapshot): value is string {
  return typeof value === 'string';
}

/** The name the entry itself recorded: a city's in the reader's language, a person's as is. */
function recordedName(entry: Pick<AuditEntry, 'before' | 'after'>): string | undefined {
  const thing = recorded(entry);
  if (thing === undefined || typeof thing.name !== 'string') return undefined;
  return isStringRecord(thing.names)
    ? cityDisplayName({ name: thing.name, names: thing.names }, i18next.language)
    : thing.name;
}

/**
 * What an entry changed, in words: a person by their current name, a city by its current name
 * in the reader's language ("Round 2026", "Backup of 30 Nov 2026, 09:02" for the others). When
 * the thing is gone, the name the entry recorded, then the recorded id.
 */
export function auditTargetName(
  entry: Pick<AuditEntry, 'target' | 'before' | 'after'>,
  lookups: AuditLookups,
): string {
  const { kind, id } = entry.target;
  switch (kind) {
    case 'user':
      return lookups.personNames.get(id) ?? recordedName(entry) ?? id;
    case 'city':
      return lookups.cityNames.get(id) ?? recordedName(entry) ?? id;
    case 'round': {
      const year = lookups.roundYears.get(id) ?? recorded(entry)?.year;
      return i18next.t('audit.targets.round', {
        year: typeof year === 'number' ? formatYear(year) : id,
      });
    }
    case 'import': {
      // The id lists the years the import wrote to, e.g. "2013 2015".
      const years = id.split(' ');
      return years.every((year) => /^\d{4}$/.test(year))
        ? i18next.t('audit.targets.import', {
            years: formatList(years.map((year) => formatYear(Number(year)))),
          })
        : i18next.t('audit.targets.other', { kind, id });
    }
    case 'backup':
      // A backup is named by when it was taken (its exportedAt).
      return Number.isNaN(Date.parse(id))
        ? i18next.t('audit.targets.other', { kind, id })
        : i18next.t('audit.targets.backup', { date: formatDateTime(id) });
    default:
      return i18next.t('audit.targets.other', { kind, id });
  }
}

/** Every field an entry's snapshots can hold: rounds, cities, accounts, imports and backups. */
const auditFields = [
  // Round, city and account (not their id: the entry's target names them).
  'name',
  'status',
  // Round.
  'year',
  'deadline',
  // City.
  'names',
  'localLanguages',
  'countryCode',
  'signed',
  'coordinates',
  'sourceNote',
  'archived',
  // Account.
  'role',
  'cityId',
  'email',
  'language',
  'notificationsEnabled',
  // Import.
  'fileKind',
  'rowCount',
  'roundsCreated',
  'created',
  'changed',
  // Backup.
  'format',
  'version',
  'exportedAt',
  'cities',
  'rounds',
  'users',
  'assessments',
  'historyEntries',
  'auditEntries',
] as const;
type AuditField = (typeof auditFields)[number];

function isAuditField(field: string): field is AuditField {
  return (auditFields as readonly string[]).includes(field);
}

/** A field's label: from the catalogue, or the recorded key when the log does not know it. */
export function auditFieldLabel(field: string): string {
  return isAuditField(field) ? i18next.t(`audit.fields.${field}`) : field;
}

const roundStatuses = roundStatusSchema.options;
const accountStatuses = accountStatusSchema.options;
const roles = userRoleSchema.options;
const fileKinds = importPreviewSchema.shape.fileKind.options;

function oneOf<Value extends string>(values: readonly Value[], value: Snapshot): value is Value {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function yesNo(value: Snapshot): string | undefined {
  if (typeof value !== 'boolean') return undefined;
  return i18next.t(value ? 'audit.values.yes' : 'audit.values.no');
}

function count(value: Snapshot): string | undefined {
  return typeof value === 'number' ? formatCount(value) : undefined;
}

/** A list in words, or "None" when empty. */
function listOf(items: readonly string[]): string {
  return items.length === 0 ? i18next.t('audit.values.none') : formatList(items);
}

function signingPeriod(value: Snapshot): string | undefined {
  if (value === null) return i18next.t('audit.values.signedUnknown');
  if (!isRecord(value)) return undefined;
  const { earliestYear, latestYear } = value;
  if (typeof earliestYear !== 'number' || typeof latestYear !== 'number') return undefined;
  return earliestYear === latestYear
    ? formatYear(earliestYear)
    : i18next.t('audit.values.signedRange', {
        from: formatYear(earliestYear),
        to: formatYear(latestYear),
      });
}

function coordinates(value: Snapshot): string | undefined {
  if (!isRecord(value) || typeof value.lat !== 'number' || typeof value.lon !== 'number') {
    return undefined;
  }
  return i18next.t('audit.values.coordinates', {
    lat: formatCoordinate(value.lat),
    lon: formatCoordinate(value.lon),
  });
}

function namesInLanguages(value: Snapshot): string | undefined {
  if (!isStringRecord(value)) return undefined;
  return listOf(
    Object.entries(value).map(([language, name]) =>
      i18next.t('audit.values.nameIn', { language: formatLanguage(language), name }),
    ),
  );
}

/** Text as recorded; an empty one as nothing. */
function text(value: Snapshot): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value === '' ? i18next.t('audit.nothing') : value;
}

/**
 * Each known field's value in words, given the kind of thing it belongs to; undefined when the
 * value is not of the recorded shape (then it shows as JSON).
 */
const valueWords: Record<
  AuditField,
  (value: Snapshot, kind: string, lookups: AuditLookups) => string | undefined
> = {
  name: text,
  status: (value, kind) => {
    if (kind === 'round' && oneOf(roundStatuses, value)) {
      return i18next.t(`adminRounds.status.${value}`);
    }
    if (kind === 'user' && oneOf(accountStatuses, value)) {
      return i18next.t(`adminUsers.statuses.${value}`);
    }
    return undefined;
  },
  year: (value) => (typeof value === 'number' ? formatYear(value) : undefined),
  deadline: (value) => {
    if (value === null) return i18next.t('adminRounds.noDeadline');
    return typeof value === 'string' ? formatCalendarDate(value) : undefined;
  },
  names: namesInLanguages,
  localLanguages: (value) => (isStringArray(value) ? listOf(value.map(formatLanguage)) : undefined),
  countryCode: (value) => (typeof value === 'string' ? formatCountry(value) : undefined),
  signed: signingPeriod,
  coordinates,
  sourceNote: text,
  archived: yesNo,
  role: (value) => (oneOf(roles, value) ? i18next.t(`users.roles.${value}`) : undefined),
  cityId: (value, _kind, lookups) => {
    if (value === null) return i18next.t('audit.nothing');
    return typeof value === 'string' ? (lookups.cityNames.get(value) ?? value) : undefined;
  },
  email: (value) => (value === null ? i18next.t('audit.nothing') : text(value)),
  language: (value) => (typeof value === 'string' ? formatLanguage(value) : undefined),
  notificationsEnabled: yesNo,
  fileKind: (value) =>
    oneOf(fileKinds, value) ? i18next.t(`audit.values.fileKinds.${value}`) : undefined,
  rowCount: count,
  roundsCreated: (value) =>
    isNumberArray(value) ? listOf(value.map((year) => formatYear(year))) : undefined,
  // Assessments by number: an import may write hundreds; the CSV export lists their ids.
  created: (value) => (Array.isArray(value) ? formatCount(value.length) : undefined),
  changed: (value) => (Array.isArray(value) ? formatCount(value.length) : undefined),
  format: text,
  version: count,
  exportedAt: (value) =>
    typeof value === 'string' && !Number.isNaN(Date.parse(value))
      ? formatDateTime(value)
      : undefined,
  cities: count,
  rounds: count,
  users: count,
  assessments: count,
  historyEntries: count,
  auditEntries: count,
};

/** A value as recorded, for a field or shape the log does not know: text as is, else JSON. */
export function auditRawValue(value: Snapshot): string {
  if (value === undefined || value === null) return i18next.t('audit.nothing');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A field's value in words, as the app words it elsewhere: roles and statuses by their labels,
 * yes or no, a signing period as "2015" or "2015–2018", dates in the reader's format, a city by
 * its name, languages and countries by name, lists joined as the language joins them. Unknown
 * fields, and values not of the recorded shape, show as recorded.
 */
export function auditValueWords(
  field: string,
  value: Snapshot,
  kind: string,
  lookups: AuditLookups,
): string {
  if (value === undefined || !isAuditField(field)) return auditRawValue(value);
  return valueWords[field](value, kind, lookups) ?? auditRawValue(value);
}
