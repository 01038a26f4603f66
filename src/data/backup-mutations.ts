/** Backup and restore (coordinators): downloading all data, and restoring an empty instance. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Backup } from '../domain/backup';
import { useDataSource } from './data-source-context';
import { clearAllDraftJournals } from './draft-journal';
import { queryKeys } from './query-keys';

/**
 * Fetches the backup; saving it as a file is the page's business. The audit log, which
 * recorded the download, is refetched.
 */
export function useDownloadBackup() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataSource.downloadBackup(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit() }),
  });
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
