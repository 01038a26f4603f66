/**
 * Reporting rounds for coordinators: every round with its status, deadline and progress; a
 * form that creates one; opening a round (one at a time), closing it after a confirmation that
 * names what is still open, and changing its deadline.
 */
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { findOpenRound, roundAfter, type Round } from '../../domain/round';
import { useChangeRoundStatus } from '../../data/admin-mutations';
import { useRoundProgress, useRounds } from '../../data/query-hooks';
import { formatCalendarDate, formatCount, formatYear } from '../../lib/format';
import { useFocusLater } from '../../lib/use-focus-later';
import { formFailureOf } from '../../components/form-errors';
import { AdminStatus, useAdminStatus } from '../../components/admin-status';
import { RoundCloseDialog } from './round-close-dialog';
import { RoundCreateForm } from './round-create-form';
import { RoundDeadlineForm } from './round-deadline-form';

/** What the coordinator is doing to one round now. */
type Activity = { roundId: string; kind: 'deadline' | 'closing' } | null;

export function RoundsAdminPage() {
  const { t } = useTranslation();
  // Newest first; the API lists them oldest first.
  const rounds = useRounds().toReversed();
  const openRound = findOpenRound(rounds);
  const changeStatus = useChangeRoundStatus();
  const [activity, setActivity] = useState<Activity>(null);
  const status = useAdminStatus();
  // The create form's message shows under the form; one outcome is on screen at a time.
  const createStatus = useAdminStatus();
  const startAction = () => {
    status.clear();
    createStatus.clear();
  };
  const focusLater = useFocusLater();

  const transition = (round: Round, kind: 'open' | 'close') => {
    const year = formatYear(round.year);
    const result = roundAfter(round, kind, openRound);
    if ('refusal' in result) {
      // Focus stays on the Open button, so its refusal is read out (alert) but not moved to.
      status.say(t('adminRounds.openBlocked', { year: formatYear(openRound?.year ?? 0) }), {
        failed: true,
        focus: false,
      });
      return;
    }
    setActivity(null);
    changeStatus.mutate(
      { roundId: round.id, transition: kind },
      {
        onSuccess: () => {
          status.say(t(kind === 'open' ? 'adminRounds.opened' : 'adminRounds.closed', { year }));
        },
        onError: (error) => {
          status.say(formFailureOf(error, t).form ?? t('admin.failed'), { failed: true });
        },
      },
    );
  };

  return (
    <>
      <PageHeading title={t('adminRounds.title')} />
      <p className="lead">{t('adminRounds.intro')}</p>
      <AdminStatus message={status.message} statusRef={status.ref} />
      <DataTable
        caption={t('adminRounds.tableCaption')}
        columns={[
          { id: 'round', header: t('adminRounds.columns.round') },
          { id: 'status', header: t('adminRounds.columns.status') },
          { id: 'deadline', header: t('adminRounds.columns.deadline') },
          { id: 'progress', header: t('adminRounds.columns.progress') },
          { id: 'actions', header: t('adminRounds.columns.actions') },
        ]}
        rows={rounds.map((round) => {
          const year = formatYear(round.year);
          const doing = activity?.roundId === round.id ? activity.kind : null;
          return {
            id: round.id,
            cells: [
              year,
              t(`adminRounds.status.${round.status}`),
              doing === 'deadline' ? (
                <RoundDeadlineForm
                  key="deadline"
                  round={round}
                  onDone={(saved) => {
                    setActivity(null);
                    if (saved) status.say(t('adminRounds.deadlineSaved', { year }));
                    else focusLater(`deadline-button-${round.id}`);
                  }}
                />
              ) : round.deadline ? (
                formatCalendarDate(round.deadline)
              ) : (
                t('adminRounds.noDeadline')
              ),
              <Suspense key="progress" fallback="…">
                <RoundProgressText roundId={round.id} />
              </Suspense>,
              <div key="actions" className="button-row admin-actions">
                {doing !== 'deadline' && (
                  <button
                    id={`deadline-button-${round.id}`}
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => {
                      startAction();
                      setActivity({ roundId: round.id, kind: 'deadline' });
                    }}
                  >
                    {t('adminRounds.editDeadline', { year })}
                  </button>
                )}
                {round.status === 'open' ? (
                  <button
                    type="button"
                    className="button button--danger button--small"
                    disabled={changeStatus.isPending}
                    onClick={() => {
                      startAction();
                      setActivity({ roundId: round.id, kind: 'closing' });
                    }}
                  >
                    {t('adminRounds.close', { year })}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={changeStatus.isPending}
                    onClick={() => {
                      startAction();
                      transition(round, 'open');
                    }}
                  >
                    {t('adminRounds.open', { year })}
                  </button>
                )}
              </div>,
            ],
          };
        })}
      />
      {activity?.kind === 'closing' &&
        rounds
          .filter((round) => round.id === activity.roundId)
          .map((round) => (
            <Suspense key={round.id} fallback={null}>
              <RoundCloseDialog
                round={round}
                fallbackFocus={status.ref}
                onKeepOpen={() => {
                  setActivity(null);
                }}
                onClose={() => {
                  transition(round, 'close');
                }}
              />
            </Suspense>
          ))}
      <RoundCreateForm status={createStatus} onStart={startAction} />
    </>
  );
}

function RoundProgressText({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const progress = useRoundProgress(roundId);
  return t('adminRounds.progress', {
    approved: formatCount(progress.approved),
    expected: formatCount(progress.expectedCities),
  });
}
