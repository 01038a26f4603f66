import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { BackupDownload } from './backup-download';
import { BackupRestore } from './backup-restore';

/**
 * Backup and restore (docs/backup.md), under /admin: the administration layout lets
 * coordinators alone in, and tells anyone else whose page it is.
 */
export function BackupPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('backup.title')} />
      <BackupDownload />
      <BackupRestore />
    </>
  );
}
