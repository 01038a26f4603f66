import { SignInPage } from '../../features/session/sign-in-page';
import { SignedOutShell } from './signed-out-shell';

export function SignInRoute() {
  return (
    <SignedOutShell>
      <SignInPage />
    </SignedOutShell>
  );
}
