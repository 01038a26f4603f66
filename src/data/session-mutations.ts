import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataSource } from './data-source-context';
import { clearAllDraftJournals } from './draft-journal';
import { queryKeys } from './query-keys';
import { useSessionTokenStore } from './session-token-store';

export function useSignIn() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  const setToken = useSessionTokenStore((state) => state.setToken);
  return useMutation({
    mutationFn: (userId: string) => dataSource.signIn(userId),
    onSuccess: (session) => {
      queryClient.clear();
      setToken(session.token);
      queryClient.setQueryData(queryKeys.session(), session);
    },
  });
}

export function useSignOut() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  const setToken = useSessionTokenStore((state) => state.setToken);
  return useMutation({
    mutationFn: () => dataSource.signOut(),
    // Not paused while the browser is offline (TanStack's default): the request fails or times
    // out quickly, and the session ends on this device either way.
    networkMode: 'always',
    // Sign out locally even when the server cannot be reached.
    onSettled: () => {
      setToken(null);
      queryClient.clear();
    },
  });
}

export function useResetDemoData() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => dataSource.resetDemoData(),
    onSuccess: () => {
      // Unsaved edits were based on versions that no longer exist.
      clearAllDraftJournals();
      return queryClient.invalidateQueries();
    },
  });
}
