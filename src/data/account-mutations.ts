/**
 * Signing in to a real account (cookie session), password reset, signing out everywhere, and
 * coordinators' administration of users.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountChange, InvitationRequest } from '../domain/account';
import type { Session } from '../domain/user';
import { useDataSource } from './data-source-context';
import { clearAllDraftJournals } from './draft-journal';
import { queryKeys } from './query-keys';
import { useSessionTokenStore } from './session-token-store';

/** What a cookie sign-in does once the server set the cookie: a fresh cache, this session. */
function useStartCookieSession() {
  const queryClient = useQueryClient();
  const setCookieSession = useSessionTokenStore((state) => state.setCookieSession);
  return (session: Session) => {
    queryClient.clear();
    setCookieSession(true);
    queryClient.setQueryData(queryKeys.session(), session);
  };
}

export function useSignInWithPassword() {
  const dataSource = useDataSource();
  const start = useStartCookieSession();
  return useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) =>
      dataSource.signInWithPassword(email, password),
    onSuccess: start,
  });
}

export function useAcceptInvitation() {
  const dataSource = useDataSource();
  const start = useStartCookieSession();
  return useMutation({
    mutationFn: ({ token, password }: { token: string; password: string }) =>
      dataSource.acceptInvitation(token, password),
    onSuccess: start,
  });
}

export function useSignInWithLink() {
  const dataSource = useDataSource();
  const start = useStartCookieSession();
  return useMutation({
    mutationFn: (token: string) => dataSource.signInWithLink(token),
    onSuccess: start,
  });
}

export function useRequestSignInLink() {
  const dataSource = useDataSource();
  return useMutation({ mutationFn: (email: string) => dataSource.requestSignInLink(email) });
}

export function useRequestPasswordReset() {
  const dataSource = useDataSource();
  return useMutation({ mutationFn: (email: string) => dataSource.requestPasswordReset(email) });
}

export function useResetPassword() {
  const dataSource = useDataSource();
  return useMutation({
    mutationFn: ({ token, password }: { token: string; password: string }) =>
      dataSource.resetPassword(token, password),
  });
}

export function useSignOutEverywhere() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  const setToken = useSessionTokenStore((state) => state.setToken);
  return useMutation({
    mutationFn: () => dataSource.signOutEverywhere(),
    onSuccess: () => {
      // Drafts kept in this browser belong to the sessions just ended.
      clearAllDraftJournals();
      setToken(null);
      queryClient.clear();
    },
  });
}

export function useSetNotifications() {
  const dataSource = useDataSource();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => dataSource.setNotifications(enabled),
    onSuccess: (account) => {
      queryClient.setQueryData(queryKeys.ownAccount(), account);
    },
  });
}

/** After any change to users: the list, and the demo's picker, are read again. */
function useAccountsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.accounts() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.demoUsers() }),
    ]);
}

export function useInviteUser() {
  const dataSource = useDataSource();
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (request: InvitationRequest) => dataSource.inviteUser(request),
    onSuccess: changed,
  });
}

export function useResendInvitation() {
  const dataSource = useDataSource();
  return useMutation({ mutationFn: (userId: string) => dataSource.resendInvitation(userId) });
}

export function useChangeAccount() {
  const dataSource = useDataSource();
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: ({ userId, change }: { userId: string; change: AccountChange }) =>
      dataSource.changeAccount(userId, change),
    onSuccess: changed,
  });
}

export function useDeactivateAccount() {
  const dataSource = useDataSource();
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (userId: string) => dataSource.deactivateAccount(userId),
    onSuccess: changed,
  });
}
