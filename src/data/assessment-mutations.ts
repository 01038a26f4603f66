/** Changes to assessments; each one updates the cached copy and refreshes what it affects. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Assessment, AssessmentContent, CreateAssessmentRequest } from '../domain/assessment';
import { useDataSource } from './data-source-context';
import { queryKeys } from './query-keys';

/** After any change: the new copy in the cache; lists, progress and history refetched. */
function storeChangedAssessment(queryClient: QueryClient, assessment: Assessment) {
  queryClient.setQueryData(queryKeys.assessment(assessment.id), assessment);
  void queryClient.invalidateQueries({ queryKey: queryKeys.assessmentLists() });
  void queryClient.invalidateQueries({ queryKey: queryKeys.assessmentHistory(assessment.id) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.rounds() });
}

export function useCreateAssessment() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateAssessmentRequest) => dataSource.createAssessment(request),
    onSuccess: (assessment) => {
      storeChangedAssessment(queryClient, assessment);
    },
  });
}

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

export function useSubmitAssessment() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: Pick<Assessment, 'id' | 'version'>) =>
      dataSource.submitAssessment(id, version),
    onSuccess: (assessment) => {
      storeChangedAssessment(queryClient, assessment);
    },
  });
}

export function useReturnAssessment() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      comment,
    }: Pick<Assessment, 'id' | 'version'> & { comment: string }) =>
      dataSource.returnAssessment(id, comment, version),
    onSuccess: (assessment) => {
      storeChangedAssessment(queryClient, assessment);
    },
  });
}

export function useApproveAssessment() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: Pick<Assessment, 'id' | 'version'>) =>
      dataSource.approveAssessment(id, version),
    onSuccess: (assessment) => {
      storeChangedAssessment(queryClient, assessment);
    },
  });
}
