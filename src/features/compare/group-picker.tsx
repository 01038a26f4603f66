/** Choosing a group of signatories to compare: all of them, one country's, or those that signed before a year. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { City } from '../../domain/city';
import {
  citiesInGroup,
  countriesOf,
  signedBeforeYears,
  type CityGroup,
} from '../../domain/city-groups';
import { formatCount, formatCountry, formatYear } from '../../lib/format';

interface GroupPickerProps {
  group: CityGroup;
  cities: readonly City[];
  /** The year "signed before" starts on: the round's, so the group is the round's participants. */
  defaultYear: number;
  onChange: (group: CityGroup) => void;
}

export function GroupPicker({ group, cities, defaultYear, onChange }: GroupPickerProps) {
  const { t, i18n } = useTranslation();
  const kindId = useId();
  const countryId = useId();
  const yearId = useId();
  const countries = countriesOf(cities)
    .map((entry) => ({ ...entry, name: formatCountry(entry.countryCode) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const years = signedBeforeYears(cities);
  // A linked group outside today's choices is still shown as what it is.
  if (group.kind === 'country' && !countries.some((c) => c.countryCode === group.countryCode)) {
    countries.push({
      countryCode: group.countryCode,
      cityCount: 0,
      name: formatCountry(group.countryCode),
    });
  }
  if (group.kind === 'signed_before' && !years.includes(group.year)) {
    years.push(group.year);
    years.sort((a, b) => a - b);
  }
  const size = citiesInGroup(cities, group).length;

  function changeKind(kind: CityGroup['kind']) {
    if (kind === 'all') onChange({ kind: 'all' });
    if (kind === 'country') {
      const first = countries[0];
      // With no country to choose from, the group stays all signatories.
      onChange(first ? { kind, countryCode: first.countryCode } : { kind: 'all' });
    }
    if (kind === 'signed_before') {
      const year = years.includes(defaultYear) ? defaultYear : (years.at(-1) ?? defaultYear);
      onChange({ kind, year });
    }
  }

  return (
    <div className="group-picker">
      <div className="field field--inline">
        <label htmlFor={kindId}>{t('compare.group.kindLabel')}</label>
        <select
          id={kindId}
          value={group.kind}
          onChange={(event) => {
            changeKind(event.target.value as CityGroup['kind']);
          }}
        >
          {(['all', 'country', 'signed_before'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`compare.group.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {group.kind === 'country' && (
        <div className="field field--inline">
          <label htmlFor={countryId}>{t('compare.group.countryLabel')}</label>
          <select
            id={countryId}
            value={group.countryCode}
            onChange={(event) => {
              onChange({ kind: 'country', countryCode: event.target.value });
            }}
          >
            {countries.map((country) => (
              <option key={country.countryCode} value={country.countryCode}>
                {t('compare.group.countryOption', {
                  country: country.name,
                  number: formatCount(country.cityCount),
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      {group.kind === 'signed_before' && (
        <div className="field field--inline">
          <label htmlFor={yearId}>{t('compare.group.yearLabel')}</label>
          <select
            id={yearId}
            value={group.year}
            onChange={(event) => {
              onChange({ kind: 'signed_before', year: Number(event.target.value) });
            }}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {formatYear(year)}
              </option>
            ))}
          </select>
        </div>
      )}
      <p className="hint">
        {size === 0
          ? t('compare.group.empty')
          : t('compare.group.size', { count: size, number: formatCount(size) })}
      </p>
    </div>
  );
}
