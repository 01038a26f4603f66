/**
 * The mail and accounts the server and `npm run admin:invite` share: without SMTP_URL, an
 * invitation is handed over unsent, in the person's language, with its link to PUBLIC_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../../src/domain/account';
import { readServerConfig } from '../config';
import type { MailMessage } from '../mail/mailer';
import { auditFixture } from '../store/administration-store.contract';
import { migrate } from '../store/migrate';
import { createPostgresStore } from '../store/postgres-store';
import { createPgliteClient, type SqlClient } from '../store/sql-client';
import { createMailAndAccounts } from './mail-and-accounts';

describe('createMailAndAccounts', () => {
  let client: SqlClient;
  beforeAll(async () => {
    client = await createPgliteClient();
    await migrate(client);
  }, 60_000);
  afterAll(() => client.close());

  it('hands an invitation over unsent without SMTP_URL, linking to PUBLIC_URL', async () => {
    const store = createPostgresStore(client);
    const unsent: MailMessage[] = [];
    const { accounts } = createMailAndAccounts(
      readServerConfig({ PUBLIC_URL: 'https://monitor.example.org' }),
      { client, store, onUnsentMail: (message) => unsent.push(message) },
    );
    const ana: Account = {
      id: 'ana',
      name: 'Ana Lima',
      role: 'coordinator',
      cityId: null,
      email: 'ana@example.org',
      status: 'invited',
      language: 'fr',
      notificationsEnabled: true,
    };
    const invitation = auditFixture('invitation', 1, {
      action: 'user.invite',
      target: { kind: 'user', id: ana.id },
    });
    expect(await store.insertAccount(ana, invitation)).toBe(true);

    await accounts.sendInvitation(ana, 'Charter Monitor');
    expect(unsent.map(({ to, subject }) => [to, subject])).toEqual([
      ['ana@example.org', 'Votre invitation à Charter Monitor'],
    ]);
    expect(unsent[0]?.text).toMatch(/https:\/\/monitor\.example\.org\/invitation\?token=\S+/);
  });
});
