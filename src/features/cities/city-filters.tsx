import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cityRoundStatuses, type CityRoundStatus } from '../../domain/city-table';
import { formatScore } from '../../lib/format';
import { scoreBoundSteps, type CitiesView } from '../../lib/address-state/cities';

export interface CountryOption {
  code: string;
  name: string;
}

interface CityFiltersProps {
  view: CitiesView;
  searchText: string;
  countries: readonly CountryOption[];
  statusLabel: (status: CityRoundStatus) => string;
  /** The statuses offered: a visitor, who reads approved work only, is not offered the others. */
  statuses: readonly CityRoundStatus[];
  canClear: boolean;
  onSearchChange: (text: string) => void;
  onChange: (change: Partial<CitiesView>) => void;
  onClear: () => void;
}

function optionalNumber(value: string): number | null {
  return value === '' ? null : Number(value);
}

/** One end of the score range: any, or one of the offered steps. */
function ScoreBoundSelect({
  id,
  label,
  hintId,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hintId: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-describedby={hintId}
        value={value ?? ''}
        onChange={(event) => {
          onChange(optionalNumber(event.target.value));
        }}
      >
        <option value="">{t('cities.filters.anyScore')}</option>
        {scoreBoundSteps.map((score) => (
          <option key={score} value={score}>
            {formatScore(score)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The search box and the filters; each change goes straight to the list (and the URL). */
export function CityFilters({
  view,
  searchText,
  countries,
  statusLabel,
  statuses,
  canClear,
  onSearchChange,
  onChange,
  onClear,
}: CityFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form
      role="search"
      aria-label={t('cities.filters.label')}
      className="city-filters"
      onSubmit={(event) => {
        // Results follow each keystroke; Enter has nothing left to do.
        event.preventDefault();
      }}
    >
      <div className="form-field">
        <label htmlFor={`${id}-search`}>{t('cities.filters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={searchText}
          onChange={(event) => {
            onSearchChange(event.target.value);
          }}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-country`}>{t('cities.filters.country')}</label>
        <select
          id={`${id}-country`}
          value={view.countryCode ?? ''}
          onChange={(event) => {
            onChange({ countryCode: event.target.value || null });
          }}
        >
          <option value="">{t('cities.filters.allCountries')}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-status`}>{t('cities.filters.status')}</label>
        <select
          id={`${id}-status`}
          value={view.status ?? ''}
          onChange={(event) => {
            const status = cityRoundStatuses.find((value) => value === event.target.value);
            onChange({ status: status ?? null });
          }}
        >
          <option value="">{t('cities.filters.allStatuses')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </div>
      <ScoreBoundSelect
        id={`${id}-min`}
        label={t('cities.filters.scoreFrom')}
        hintId={`${id}-score-hint`}
        value={view.minScore}
        onChange={(minScore) => {
          onChange({ minScore });
        }}
      />
      <ScoreBoundSelect
        id={`${id}-max`}
        label={t('cities.filters.scoreTo')}
        hintId={`${id}-score-hint`}
        value={view.maxScore}
        onChange={(maxScore) => {
          onChange({ maxScore });
        }}
      />
      <p id={`${id}-score-hint`} className="city-filters__hint">
        {t('cities.filters.scoreHint')}
      </p>
      {canClear && (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('cities.filters.clear')}
        </button>
      )}
    </form>
  );
}
