import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../domain/round';
import { formatYear } from '../lib/format';

interface RoundSelectProps {
  rounds: readonly Round[];
  value: string;
  onChange: (roundId: string) => void;
}

export function RoundSelect({ rounds, value, onChange }: RoundSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{t('rounds.selectLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {rounds.map((round) => (
          <option key={round.id} value={round.id}>
            {round.status === 'open'
              ? t('rounds.openName', { year: formatYear(round.year) })
              : t('rounds.name', { year: formatYear(round.year) })}
          </option>
        ))}
      </select>
    </div>
  );
}
