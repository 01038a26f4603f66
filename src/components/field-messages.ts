/**
 * The administration forms' field messages by field path, from the catalogue in the reader's
 * language: each says what to enter ("Enter a year from 2010 to 2100."), with the rule's
 * numbers formatted for the reader. The same whether the form caught the mistake or the server.
 */
import type { TFunction } from 'i18next';
import { PERSON_NAME_MAX_LENGTH } from '../domain/account';
import {
  CITY_NAME_LANGUAGE,
  CITY_NAME_MAX_LENGTH,
  COORDINATE_BOUNDS,
  SOURCE_NOTE_MAX_LENGTH,
} from '../domain/city';
import { roundDeadlineProblem, YEARS } from '../domain/round';
import { formatCount, formatYear } from '../lib/format';
import type { FieldErrors } from '../domain/api-error';
import type { FieldMessageOf } from './form-errors';

/** "from 2010 to 2100", as the catalogue's `min` and `max`. */
function yearRange() {
  return { min: formatYear(YEARS.first), max: formatYear(YEARS.last) };
}

/** A city's fields: `name`, `names.pl`, `coordinates.lat`, `signed.latestYear`… */
export function cityFieldMessage(t: TFunction): FieldMessageOf {
  return (path) => {
    const [field, part] = path.split('.');
    switch (field) {
      case 'name':
        return t('adminCities.errors.name', { max: formatCount(CITY_NAME_MAX_LENGTH) });
      case 'names':
        return part === CITY_NAME_LANGUAGE
          ? t('adminCities.errors.englishName')
          : t('adminCities.errors.otherName', { max: formatCount(CITY_NAME_MAX_LENGTH) });
      case 'localLanguages':
        return t('adminCities.errors.localLanguages');
      case 'countryCode':
        return t('adminCities.errors.countryCode');
      case 'coordinates': {
        const bound = part === 'lon' ? COORDINATE_BOUNDS.lon : COORDINATE_BOUNDS.lat;
        return t(part === 'lon' ? 'adminCities.errors.lon' : 'adminCities.errors.lat', {
          min: formatCount(-bound),
          max: formatCount(bound),
        });
      }
      case 'signed':
        return part === 'latestYear'
          ? t('adminCities.errors.latestYear', yearRange())
          : t('adminCities.errors.year', yearRange());
      case 'sourceNote':
        return t('adminCities.errors.sourceNote', { max: formatCount(SOURCE_NOTE_MAX_LENGTH) });
      default:
        return t('admin.checkField');
    }
  };
}

/**
 * A round's fields: `year` (also when a round has it already) and `deadline`. `round`: the
 * year and deadline as entered, so a real date before the round's year is told so
 * (`roundDeadlineProblem`) rather than asked for again.
 */
export function roundFieldMessage(
  t: TFunction,
  round?: { year: number; deadline: string | null },
): FieldMessageOf {
  return (path, code) => {
    if (path === 'year') {
      return code === 'already_exists'
        ? t('adminRounds.errors.yearTaken')
        : t('adminRounds.errors.year', yearRange());
    }
    if (path === 'deadline') {
      return round !== undefined && roundDeadlineProblem(round.year, round.deadline) !== null
        ? t('adminRounds.errors.deadlineBeforeYear', { year: formatYear(round.year) })
        : t('adminRounds.errors.deadline');
    }
    return t('admin.checkField');
  };
}

/**
 * A person's fields on the invitation and the change of role or city; `email` is the address
 * as typed, so one that is there but not whole is told so rather than asked for again.
 */
export function personFieldMessage(t: TFunction, email = ''): FieldMessageOf {
  return (path, code) => {
    switch (path) {
      case 'name':
        return t('adminUsers.nameRequired', { max: formatCount(PERSON_NAME_MAX_LENGTH) });
      case 'email':
        if (code === 'already_exists') return t('adminUsers.emailTaken');
        return email.trim() === '' ? t('adminUsers.emailInvalid') : t('adminUsers.emailIncomplete');
      case 'cityId':
        return t('adminUsers.cityRequired');
      default:
        return t('admin.checkField');
    }
  };
}

/**
 * The server's rule that a deadline falls in the round's year or later, checked in the form
 * first: `{ deadline: [message] }` when the entered date comes before `year`, else nothing (also
 * while the year is not a whole number, which its own field reports).
 */
export function deadlineBeforeYearErrors(
  t: TFunction,
  year: number,
  deadline: string | null,
): FieldErrors {
  if (!Number.isInteger(year) || roundDeadlineProblem(year, deadline) === null) return {};
  return { deadline: [roundFieldMessage(t, { year, deadline })('deadline', 'validation_failed')] };
}
