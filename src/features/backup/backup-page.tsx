import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { useSession } from '../../data/query-hooks';
import { canAdminister } from '../../domain/permissions';
import { BackupDownload } from './backup-download';
import { BackupRestore } from './backup-restore';

/** Backup and restore, for coordinators (docs/backup.md); others are told whose page it is. */
export function BackupPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      <PageHeading title={t('backup.title')} />
      {canAdminister(user) ? (
        <>
          <BackupDownload />
          <BackupRestore />
        </>
      ) : (
        <p>{t('backup.coordinatorsOnly')}</p>
      )}
    </>
  );
}
