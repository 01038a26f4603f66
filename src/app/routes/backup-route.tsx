import { BackupPage } from '../../features/backup/backup-page';

export function BackupRoute() {
  return <BackupPage />;
}
