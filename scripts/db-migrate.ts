/** `npm run db:migrate`: applies the pending migrations of server/migrations (README "Database"). */
import { migrate } from '../server/store/migrate';
import { openDatabase } from './database';

const { client, description } = await openDatabase();
try {
  const applied = await migrate(client);
  console.log(
    applied.length === 0
      ? `The schema of ${description} is up to date.`
      : `Applied to ${description}: ${applied.join(', ')}`,
  );
} finally {
  await client.close();
}
