/** The pages e-mailed links open: accept an invitation, sign in with a link, reset a password. */
import {
  AcceptInvitationPage,
  LinkSignInPage,
  ResetPasswordPage,
} from '../../features/session/token-pages';
import { SignedOutShell } from './signed-out-shell';

export function AcceptInvitationRoute() {
  return (
    <SignedOutShell>
      <AcceptInvitationPage />
    </SignedOutShell>
  );
}

export function LinkSignInRoute() {
  return (
    <SignedOutShell>
      <LinkSignInPage />
    </SignedOutShell>
  );
}

export function ResetPasswordRoute() {
  return (
    <SignedOutShell>
      <ResetPasswordPage />
    </SignedOutShell>
  );
}
