/**
 * "Restore from a backup": offered only while the instance holds no city and no round. The
 * file is read and checked in the browser first (the API checks it again), so a wrong or
 * damaged file is named next to the field before anything is sent; a valid one is restored
 * after a confirmation that says what it holds.
 */
import { useRef, useState, type ChangeEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StayOrLeaveDialog } from '../../components/stay-or-leave-dialog';
import { isApiError } from '../../data/api-error';
import { useRestoreBackup } from '../../data/backup-mutations';
import { useCities, useRounds } from '../../data/query-hooks';
import {
  BACKUP_VERSION,
  isEmptyInstance,
  readBackupText,
  backupCountsOf,
  type Backup,
  type BackupProblem,
  type RestoreSummary,
} from '../../domain/backup';
import { formatCount, formatDateTime } from '../../lib/format';
import { BackupCounts } from './backup-counts';

export function BackupRestore() {
  const { t } = useTranslation();
  const cities = useCities();
  const rounds = useRounds();
  const restore = useRestoreBackup();
  const [chosen, setChosen] = useState<{ fileName: string; backup: Backup } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restored, setRestored] = useState<RestoreSummary | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const empty = isEmptyInstance({ cities: cities.length, rounds: rounds.length });

  function problemText(problem: BackupProblem): string {
    switch (problem.kind) {
      case 'not_json':
        return t('backup.file.notJson');
      case 'not_backup':
        return t('backup.file.notBackup');
      case 'newer_version':
        return t('backup.file.newerVersion', {
          version: formatCount(problem.version ?? 0),
          supported: formatCount(BACKUP_VERSION),
        });
      case 'invalid':
      case 'inconsistent': {
        const fields = Object.keys(problem.fieldErrors);
        return t('backup.file.invalid', {
          field: fields[0] ?? '_',
          count: formatCount(fields.length),
        });
      }
    }
  }

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    setChosen(null);
    setFileError(null);
    setRestored(null);
    restore.reset();
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const reading = readBackupText(await file.text());
    if (reading.ok) setChosen({ fileName: file.name, backup: reading.backup });
    else setFileError(problemText(reading.problem));
  }

  function handleSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    if (restore.isPending) return;
    if (chosen) {
      setConfirming(true);
      return;
    }
    setFileError((current) => current ?? t('backup.file.none'));
    fileInput.current?.focus();
  }

  function confirm(backup: Backup) {
    setConfirming(false);
    restore.mutate(backup, {
      onSuccess: (summary) => {
        setRestored(summary);
        setChosen(null);
        // The form goes away with the data it restored: focus stays in the section, whose
        // status says what was written.
        heading.current?.focus();
      },
      onError: (error) => {
        setFileError(
          isApiError(error) && error.status === 409
            ? t('backup.restore.notEmpty')
            : isApiError(error) && error.status === 400
              ? t('backup.restore.refused')
              : t('backup.restore.failed'),
        );
        submitButton.current?.focus();
      },
    });
  }

  const describedBy = fileError ? 'backup-file-hint backup-file-error' : 'backup-file-hint';
  return (
    <section aria-labelledby="backup-restore-heading">
      <h2 id="backup-restore-heading" ref={heading} tabIndex={-1}>
        {t('backup.restore.title')}
      </h2>
      <p>{t('backup.restore.description')}</p>
      {empty ? (
        <form onSubmit={handleSubmit} noValidate>
          <div className="form-field">
            <label htmlFor="backup-file">{t('backup.file.label')}</label>
            <input
              ref={fileInput}
              id="backup-file"
              type="file"
              accept="application/json,.json"
              aria-describedby={describedBy}
              aria-invalid={fileError !== null}
              onChange={(event) => {
                void handleFile(event);
              }}
            />
            <p id="backup-file-hint" className="muted">
              {t('backup.file.hint')}
            </p>
            {fileError && (
              <p id="backup-file-error" className="field-error">
                {fileError}
              </p>
            )}
          </div>
          {chosen && (
            <div className="notice">
              <p>
                {t('backup.file.chosen', {
                  fileName: chosen.fileName,
                  exportedAt: formatDateTime(chosen.backup.exportedAt),
                })}
              </p>
              <BackupCounts {...backupCountsOf(chosen.backup)} usersLabel="users" />
            </div>
          )}
          {confirming && chosen ? (
            <StayOrLeaveDialog
              id="backup-restore-confirm"
              className="leave-dialog"
              title={t('backup.confirm.title')}
              text={t('backup.confirm.text', {
                fileName: chosen.fileName,
                exportedAt: formatDateTime(chosen.backup.exportedAt),
              })}
              stayLabel={t('backup.confirm.cancel')}
              leaveLabel={t('backup.confirm.restore')}
              onStay={() => {
                setConfirming(false);
                submitButton.current?.focus();
              }}
              onLeave={() => {
                confirm(chosen.backup);
              }}
            />
          ) : (
            <button
              ref={submitButton}
              type="submit"
              className="button"
              aria-disabled={restore.isPending}
            >
              {t('backup.restore.button')}
            </button>
          )}
        </form>
      ) : (
        !restored && (
          <p className="notice">
            {t('backup.restore.notOffered', {
              cities: formatCount(cities.length),
              rounds: formatCount(rounds.length),
            })}
          </p>
        )
      )}
      <div role="status" className="status-message">
        {restore.isPending && <p>{t('backup.restore.pending')}</p>}
        {restored && (
          <>
            <p>{t('backup.restore.done')}</p>
            <BackupCounts {...restored} usersLabel="usersAdded" />
          </>
        )}
      </div>
    </section>
  );
}
