/**
 * What the API needs of real accounts (server only): invitations mailed with a one-time link,
 * sign-in by password or e-mailed link in a cookie session, password reset, ending sessions.
 * The API (server/api/account-routes.ts) sees only this interface, so the demo's browser build
 * never loads the authentication library behind it (server/accounts/auth.ts).
 */
import type { Account } from '../../src/domain/account';
import type { User } from '../../src/domain/user';

/** A signed-in result: the user, and the headers (Set-Cookie) to send with the answer. */
export interface SignedIn {
  user: User;
  headers: Headers;
}

/** Why a sign-in was refused: wrong e-mail or password, or too many failures (seconds to wait). */
export type SignInRefusal =
  { kind: 'wrong_credentials' } | { kind: 'rate_limited'; retryAfter: number };

export interface AccountService {
  /**
   * Mails `account` (status invited) a new one-time link to accept, valid 7 days; an earlier
   * link of theirs stops working. `inviterName` is named in the mail.
   */
  sendInvitation(account: Account, inviterName: string): Promise<void>;
  /**
   * Accepts an invitation: sets the password, makes the account active and signs them in.
   * Null when the token is unknown, used or expired.
   */
  acceptInvitation(token: string, password: string, headers: Headers): Promise<SignedIn | null>;
  /** Signs in by e-mail and password, or says why not (failures are counted per account and address). */
  signInWithPassword(
    email: string,
    password: string,
    address: string,
    headers: Headers,
  ): Promise<SignedIn | SignInRefusal>;
  /** Mails an active account (or an invited one, which it then activates) a one-time sign-in link; silent for others. */
  sendSignInLink(email: string): Promise<void>;
  /** Signs in with an e-mailed link's token; null when it is unknown, used or expired. */
  signInWithLink(token: string, headers: Headers): Promise<SignedIn | null>;
  /** Mails an active account a one-time link to choose a new password; silent for others. */
  requestPasswordReset(email: string): Promise<void>;
  /** Sets a new password with a reset link's token and ends every session; false for a bad token. */
  resetPassword(token: string, password: string): Promise<boolean>;
  /**
   * The user of the session cookie in `headers`, or null (none, ended, idle 12 hours, older
   * than 30 days, or the account no longer active: then every session of theirs is ended).
   * `headers` of the answer carry the refreshed cookie when it moved.
   */
  sessionUser(headers: Headers): Promise<SignedIn | null>;
  /** Ends the session of the cookie in `headers`; the answer's headers clear the cookie. */
  signOut(headers: Headers): Promise<Headers>;
  /** Ends every session of the user (sign out everywhere, deactivation). */
  endAllSessions(userId: string): Promise<void>;
}
