/** Naming rounds for components: the year, with what a reader must know of its status. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round, RoundStatus } from '../domain/round';
import { formatYear } from './format';

const nameKeys = {
  planned: 'rounds.plannedName',
  open: 'rounds.openName',
  closed: 'rounds.name',
} as const satisfies Record<RoundStatus, string>;

/**
 * A function naming a round by its year, marking one still open ("2026 (open)") or not opened
 * yet ("2028 (planned)"), so no one takes either for a finished round.
 */
export function useRoundName(): (round: Pick<Round, 'year' | 'status'>) => string {
  const { t } = useTranslation();
  return useCallback(
    ({ year, status }: Pick<Round, 'year' | 'status'>) =>
      t(nameKeys[status], { year: formatYear(year) }),
    [t],
  );
}
