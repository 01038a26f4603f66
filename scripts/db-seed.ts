/**
 * `npm run db:seed -- --data-set sample|synthetic` (default sample): replaces every city, round,
 * user, session, assessment and history entry with one of the demo data sets of mocks/seed,
 * after applying any pending migration. For development and scale tests, never production data.
 */
import { parseArgs } from 'node:util';
import { demoDataSetIdSchema } from '../src/domain/demo-data-set';
import { demoDataSetSeed } from '../mocks/seed/data-sets';
import { migrate } from '../server/store/migrate';
import { replaceStoreData } from '../server/store/postgres-rows';
import { openDatabase } from './database';

const { values } = parseArgs({ options: { 'data-set': { type: 'string', default: 'sample' } } });
const chosen = demoDataSetIdSchema.safeParse(values['data-set']);
if (!chosen.success) {
  console.error(`Unknown data set "${values['data-set']}": choose sample or synthetic.`);
  process.exit(2);
}

const seed = demoDataSetSeed(chosen.data);
const { client, description } = await openDatabase();
try {
  const applied = await migrate(client);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
  const started = performance.now();
  await replaceStoreData(client, seed);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Loaded the ${chosen.data} data set into ${description} in ${seconds} s: ` +
      `${seed.cities.length} cities, ${seed.rounds.length} rounds, ${seed.users.length} users, ` +
      `${seed.assessments.length} assessments.`,
  );
} finally {
  await client.close();
}
