/** The small choices inside a view: which score to read, and in which order to list cities. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareMeasures,
  type CompareMeasure,
  type CompareSort,
} from '../../lib/address-state/compare';

export function MeasureSelect({
  value,
  onChange,
}: {
  value: CompareMeasure;
  onChange: (measure: CompareMeasure) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('compare.measureLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const measure = compareMeasures.find((candidate) => candidate === event.target.value);
          if (measure) onChange(measure);
        }}
      >
        {compareMeasures.map((measure) => (
          <option key={measure} value={measure}>
            {t(`compare.measures.${measure}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SortSelect({
  value,
  options,
  onChange,
}: {
  value: CompareSort;
  options: readonly CompareSort[];
  onChange: (sort: CompareSort) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('compare.sortLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const sort = options.find((candidate) => candidate === event.target.value);
          if (sort) onChange(sort);
        }}
      >
        {options.map((sort) => (
          <option key={sort} value={sort}>
            {t(`compare.sorts.${sort}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
