/** Changes to assessments; each one updates the cached copy and refreshes what it affects. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Assessment, AssessmentContent, CreateAssessmentRequest } from '../domain/assessment';
import type { DataSource } from './data-source';
import { useDataSource } from './data-source-context';
import { queryKeys } from './query-keys';

/** After any change: the new copy cached; lists, aggregates, progress and history refetched. */
function storeChangedAssessment(queryClient: QueryClient, assessment: Assessment) {
  queryClient.setQueryData(queryKeys.assessment(assessment.id), assessment);
  void queryClient.invalidateQueries({ queryKey: queryKeys.assessmentLists() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.scoreRowLists() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.aggregates() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.assessmentHistory(assessment.id) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.rounds() });
}

/** A change through the data source that answers with the changed assessment. */
function useAssessmentChange<Variables>(
  change: (dataSource: DataSource, variables: Variables) => Promise<Assessment>,
) {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => change(dataSource, variables),
    onSuccess: (assessment) => {
      storeChangedAssessment(queryClient, assessment);
    },
  });
}

type VersionedId = Pick<Assessment, 'id' | 'version'>;

/** Fetches the server's current copy again, e.g. after it refused a save because it changed state. */
export function useRefreshAssessment(assessmentId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: queryKeys.assessment(assessmentId) }),
    [queryClient, assessmentId],
  );
}

export const useCreateAssessment = () =>
  useAssessmentChange((dataSource, request: CreateAssessmentRequest) =>
    dataSource.createAssessment(request),
  );

/** The save function autosave calls; it keeps the cache in step with every saved version. */
export function useSaveAssessment() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useCallback(
    async (assessmentId: string, content: AssessmentContent, basedOnVersion: number) => {
      const saved = await dataSource.saveAssessment(assessmentId, content, basedOnVersion);
      storeChangedAssessment(queryClient, saved);
      return saved;
    },
    [dataSource, queryClient],
  );
}

export const useSubmitAssessment = () =>
  useAssessmentChange((dataSource, { id, version }: VersionedId) =>
    dataSource.submitAssessment(id, version),
  );

export const useReturnAssessment = () =>
  useAssessmentChange((dataSource, { id, version, comment }: VersionedId & { comment: string }) =>
    dataSource.returnAssessment(id, comment, version),
  );

export const useApproveAssessment = () =>
  useAssessmentChange((dataSource, { id, version }: VersionedId) =>
    dataSource.approveAssessment(id, version),
  );
