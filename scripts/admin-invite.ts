/**
 * `npm run admin:invite -- --email ana@example.org --name "Ana Lima" --role coordinator`
 * (`--role member --city ghent` for a member; `--language fr|de`, default en): invites a person
 * the way a coordinator does in the app, by mailing them a one-time link (7 days) to set their
 * password. The way in for the first coordinator of a fresh instance. Uses the server's
 * environment (DATABASE_URL or DATA_DIR, SMTP_URL, MAIL_FROM, PUBLIC_URL, AUTH_SECRET); without
 * SMTP_URL it prints the mail, link included, instead of sending it. Run it while the server is
 * stopped when the database is the embedded one (PGlite opens in one process at a time).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { cityProblem, invitationRequestSchema, normalizeEmail } from '../src/domain/account';
import { auditEntryOf } from '../src/domain/audit';
import { createMailAndAccounts } from '../server/accounts/mail-and-accounts';
import { readServerConfig } from '../server/config';
import { migrate } from '../server/store/migrate';
import { createPostgresStore } from '../server/store/postgres-store';
import { openDatabase } from './database';

const USAGE =
  'Usage: npm run admin:invite -- --email <address> --name <name> [--role coordinator|member|viewer] [--city <id>] [--language en|fr|de]';

/** The options given; an unknown one ends the command with the usage instead of a stack trace. */
function readOptions() {
  try {
    return parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', default: 'coordinator' },
        city: { type: 'string' },
        language: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    process.exit(2);
  }
}

const values = readOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const request = invitationRequestSchema.safeParse({
  name: values.name ?? '',
  email: values.email ?? '',
  role: values.role,
  cityId: values.city ?? null,
  language: values.language,
});
if (!request.success) {
  console.error(USAGE);
  for (const issue of request.error.issues)
    console.error(`  --${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}

const config = readServerConfig(process.env);
const { client, description } = await openDatabase();
try {
  await migrate(client);
  const store = createPostgresStore(client);
  const { name, email, role, cityId, language } = request.data;
  const cityExists = cityId !== null && (await store.getCity(cityId)) !== null;
  const problem = cityProblem(role, cityId, cityExists);
  if (problem !== null) throw new Error(problem);
  // The secret only signs cookies, which this command never sets.
  const { accounts } = createMailAndAccounts(config, {
    client,
    store,
    onUnsentMail: (message) => {
      console.log(`SMTP_URL is not set: the mail is not sent. Give this to ${message.to}:\n`);
      console.log(`Subject: ${message.subject}\n\n${message.text}\n`);
    },
  });
  const account = {
    id: randomUUID(),
    name: name.trim(),
    role,
    cityId,
    email: normalizeEmail(email),
    status: 'invited' as const,
    language,
    notificationsEnabled: true,
  };
  const invitation = auditEntryOf(
    {
      actor: { id: 'admin-invite-command', name: 'npm run admin:invite' },
      action: 'user.invite',
      target: { kind: 'user', id: account.id },
      before: null,
      after: account,
    },
    randomUUID(),
    new Date(),
  );
  if (!(await store.insertAccount(account, invitation))) {
    throw new Error(`Someone already has the address ${account.email}`);
  }
  await accounts.sendInvitation(account, 'Charter Monitor');
  console.log(`Invited ${account.name} <${account.email}> as ${role} in ${description}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await client.close();
}
