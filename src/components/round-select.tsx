import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../domain/round';
import { useRoundName } from '../lib/use-round-name';

interface RoundSelectProps {
  rounds: readonly Round[];
  value: string;
  onChange: (roundId: string) => void;
}

export function RoundSelect({ rounds, value, onChange }: RoundSelectProps) {
  const { t } = useTranslation();
  const roundName = useRoundName();
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
            {roundName(round)}
          </option>
        ))}
      </select>
    </div>
  );
}
