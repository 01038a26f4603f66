/** Backup and restore (coordinators): downloading all data, and restoring an empty instance. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Backup } from '../domain/backup';
import { useDataSource } from './data-source-context';
import { clearAllDraftJournals } from './draft-journal';

/** Fetches the backup; saving it as a file is the page's business. */
export function useDownloadBackup() {
  const dataSource = useDataSource();
  return useMutation({ mutationFn: () => dataSource.downloadBackup() });
}

export function useRestoreBackup() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (backup: Backup) => dataSource.restoreBackup(backup),
    onSuccess: () => {
      // Every page's data changed at once (there was none); no unsaved edit can apply to it.
      clearAllDraftJournals();
      return queryClient.invalidateQueries();
    },
  });
}
