import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDownloadBackup } from '../../data/backup-mutations';
import { backupFileName, backupCountsOf, type Backup } from '../../domain/backup';
import { saveFile } from '../../lib/download';
import { BackupCounts } from './backup-counts';

/** "Download backup": all data as one JSON file, named with the day it was taken. */
export function BackupDownload() {
  const { t } = useTranslation();
  const download = useDownloadBackup();
  const [saved, setSaved] = useState<{ fileName: string; backup: Backup } | null>(null);

  function start() {
    setSaved(null);
    download.mutate(undefined, {
      onSuccess: (backup) => {
        const fileName = backupFileName(new Date(backup.exportedAt));
        saveFile(
          new Blob([`${JSON.stringify(backup, null, 2)}\n`], { type: 'application/json' }),
          fileName,
        );
        setSaved({ fileName, backup });
      },
    });
  }

  return (
    <section aria-labelledby="backup-download-heading">
      <h2 id="backup-download-heading">{t('backup.download.title')}</h2>
      <p>{t('backup.download.description')}</p>
      <button
        type="button"
        className="button"
        aria-disabled={download.isPending}
        onClick={() => {
          if (!download.isPending) start();
        }}
      >
        {t('backup.download.button')}
      </button>
      <div role="status" className="status-message">
        {download.isPending && <p>{t('backup.download.pending')}</p>}
        {saved && (
          <>
            <p>{t('backup.download.done', { fileName: saved.fileName })}</p>
            <BackupCounts {...backupCountsOf(saved.backup)} usersLabel="users" />
          </>
        )}
      </div>
      {download.isError && (
        <p role="alert" className="form-error">
          {t('backup.download.failed')}
        </p>
      )}
    </section>
  );
}
