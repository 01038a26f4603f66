/**
 * `npm run db:seed -- --data-set sample|synthetic` (default sample): replaces every city, round,
 * user, session, assessment and history entry with one of the demo data sets of mocks/seed,
 * after applying any pending migration. For development and scale tests, never production data.
 */
import { parseArgs } from 'node:util';
import { demoDataSetIdSchema, type DemoDataSetId } from '../src/domain/demo-data-set';
import { generateSeedAssessments } from '../mocks/seed/assessments';
import { seedCities } from '../mocks/seed/cities';
import { seedRounds } from '../mocks/seed/rounds';
import { generateSyntheticDataSet } from '../mocks/seed/synthetic';
import { seedUsers } from '../mocks/seed/users';
import type { StoreSeed } from '../server/store/contract-store';
import { migrate } from '../server/store/migrate';
import { replaceStoreData } from '../server/store/postgres-rows';
import { openDatabase } from './database';

function dataSet(id: DemoDataSetId): StoreSeed {
  if (id === 'synthetic') return { ...generateSyntheticDataSet(seedUsers), users: seedUsers };
  return {
    cities: seedCities,
    rounds: seedRounds,
    users: seedUsers,
    assessments: generateSeedAssessments(seedCities, seedRounds, seedUsers),
  };
}

const { values } = parseArgs({ options: { 'data-set': { type: 'string', default: 'sample' } } });
const chosen = demoDataSetIdSchema.safeParse(values['data-set']);
if (!chosen.success) {
  console.error(`Unknown data set "${values['data-set']}": choose sample or synthetic.`);
  process.exit(2);
}

const seed = dataSet(chosen.data);
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
