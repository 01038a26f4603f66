/** Import of past rounds (docs/import.md): the dry run, then the import itself. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportFile } from './data-source';
import { useDataSource } from './data-source-context';
import { queryKeys } from './query-keys';

/** Reads and checks a file; writes nothing. */
export function usePreviewImport() {
  const dataSource = useDataSource();
  return useMutation({ mutationFn: (file: ImportFile) => dataSource.previewImport(file) });
}

/** Imports a file whole; afterwards every cached answer but the session may be out of date. */
export function useCommitImport() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: ImportFile) => dataSource.commitImport(file),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: ({ queryKey }) => queryKey[0] !== queryKeys.session()[0],
      }),
  });
}
