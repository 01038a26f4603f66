/**
 * The mailer and the account service as the server's configuration sets them up, built here
 * once for the server (server/main.ts) and `npm run admin:invite` (scripts/admin-invite.ts):
 * an invitation sent from the command line carries the same links, from the same sender, as
 * one sent from the app.
 */
import { randomBytes } from 'node:crypto';
import type { ServerConfig } from '../config';
import { createLogMailer, createSmtpMailer, type Mailer, type MailMessage } from '../mail/mailer';
import type { ContractStore } from '../store/contract-store';
import type { SqlClient } from '../store/sql-client';
import type { AccountService } from './account-service';
import { createAccounts } from './auth';

/** The settings the mailer and the accounts read. */
export type MailAndAccountsConfig = Pick<
  ServerConfig,
  'smtp' | 'publicUrl' | 'apiBasePath' | 'authSecret' | 'allowedOrigins'
>;

/**
 * The mailer (SMTP_URL from MAIL_FROM; without SMTP_URL each mail is handed to `onUnsentMail`
 * instead, links included) and the account service over `client`, its links to PUBLIC_URL.
 * Without AUTH_SECRET a secret is made up, so session cookies last only as long as the process.
 */
export function createMailAndAccounts(
  config: MailAndAccountsConfig,
  {
    client,
    store,
    onUnsentMail,
  }: {
    client: SqlClient;
    store: ContractStore;
    onUnsentMail: (message: MailMessage) => void;
  },
): { mailer: Mailer; accounts: AccountService } {
  const mailer =
    config.smtp === null ? createLogMailer(onUnsentMail) : createSmtpMailer(config.smtp);
  const accounts = createAccounts({
    client,
    store,
    mailer,
    publicUrl: config.publicUrl,
    apiBasePath: config.apiBasePath,
    secret: config.authSecret ?? randomBytes(32).toString('hex'),
    trustedOrigins: config.allowedOrigins,
  });
  return { mailer, accounts };
}
