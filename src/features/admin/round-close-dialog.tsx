/**
 * "Close round 2026?": says how many drafts, submissions and returned assessments are still
 * open (the round's progress) before the coordinator confirms. Keeping it open has focus.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { StayOrLeaveDialog } from '../../components/stay-or-leave-dialog';
import type { Round } from '../../domain/round';
import { hasWorkInProgress } from '../../domain/round-progress';
import { useRoundProgress } from '../../data/query-hooks';
import { formatYear } from '../../lib/format';

interface RoundCloseDialogProps {
  round: Round;
  onKeepOpen: () => void;
  onClose: () => void;
  /** Takes focus on close if the Close button is gone. */
  fallbackFocus: RefObject<HTMLElement | null>;
}

export function RoundCloseDialog({
  round,
  onKeepOpen,
  onClose,
  fallbackFocus,
}: RoundCloseDialogProps) {
  const { t } = useTranslation();
  const progress = useRoundProgress(round.id);
  const year = formatYear(round.year);
  const open = hasWorkInProgress(progress)
    ? { drafts: progress.draft, submissions: progress.submitted, returned: progress.returned }
    : { drafts: 0, submissions: 0, returned: 0 };
  const anyOpen = open.drafts + open.submissions + open.returned > 0;
  return (
    <StayOrLeaveDialog
      id={`close-${round.id}`}
      className="leave-dialog"
      title={t('adminRounds.confirmCloseTitle', { year })}
      text={
        anyOpen
          ? t('adminRounds.confirmCloseOpenWork', {
              drafts: t('adminRounds.drafts', { count: open.drafts }),
              submissions: t('adminRounds.submissions', { count: open.submissions }),
              returned: t('adminRounds.returned', { count: open.returned }),
            })
          : t('adminRounds.confirmCloseNothingOpen')
      }
      stayLabel={t('adminRounds.keepOpen')}
      leaveLabel={t('adminRounds.confirmClose')}
      onStay={onKeepOpen}
      onLeave={onClose}
      fallbackFocus={fallbackFocus}
    />
  );
}
