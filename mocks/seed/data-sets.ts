/**
 * The demo data sets as rows: `sample` (the 30 signatories, six rounds) and `synthetic` (2,000
 * cities, ten rounds). The mock serves them from memory; `npm run db:seed` loads them into
 * PostgreSQL; the contract suite starts every store from the sample set.
 */
import type { DemoDataSetId } from '../../src/domain/demo-data-set';
import type { StoreSeed } from '../../server/store/contract-store';
import { generateSeedAssessments } from './assessments';
import { seedCities } from './cities';
import { seedRounds } from './rounds';
import { generateSyntheticDataSet } from './synthetic';
import { seedUsers } from './users';

/** A fresh copy of a data set's rows, as generated (deterministic). */
export function demoDataSetSeed(id: DemoDataSetId) {
  if (id === 'synthetic') {
    return { ...generateSyntheticDataSet(seedUsers), users: [...seedUsers] } satisfies StoreSeed;
  }
  return {
    cities: [...seedCities],
    rounds: [...seedRounds],
    users: [...seedUsers],
    assessments: generateSeedAssessments(seedCities, seedRounds, seedUsers),
  } satisfies StoreSeed;
}

/**
 * A fresh instance, as restoring a backup finds it: no city, round or assessment, and only its
 * first coordinator (the sample set's coordinator, first of its users).
 */
export function emptyInstanceSeed() {
  return {
    cities: [],
    rounds: [],
    users: seedUsers.filter((user) => user.role === 'coordinator'),
    assessments: [],
  } satisfies StoreSeed;
}
