/** Demo API only: switching the data set the mock API serves. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DemoDataSetId } from '../domain/demo-data-set';
import { useDataSource } from './data-source-context';
import { clearAllDraftJournals } from './draft-journal';
import { queryKeys } from './query-keys';

export function useSelectDemoDataSet() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dataSet: DemoDataSetId) => dataSource.selectDemoDataSet(dataSet),
    onSuccess: async (info) => {
      // Nothing of the previous data set may stay: unsaved edits were made on its assessments,
      // and every cached answer came from it. The session is the same in both.
      clearAllDraftJournals();
      queryClient.setQueryData(queryKeys.demoDataSet(), info);
      await queryClient.resetQueries({
        predicate: ({ queryKey }) =>
          queryKey[0] !== queryKeys.session()[0] && queryKey[0] !== queryKeys.demoDataSet()[0],
      });
    },
  });
}
