/**
 * The demo's data behind the API: a memory store (server/store) on one of the demo data sets,
 * kept in browser storage for the sample set, plus what only the demo has: switching data set
 * and restoring it as generated. Every rule lives in server/api; this module only decides
 * where rows come from and where they are kept.
 */
import { z } from '../../src/domain/zod';
import { assessmentSchema } from '../../src/domain/assessment';
import { historyEntrySchema } from '../../src/domain/assessment-history';
import { auditEntrySchema } from '../../src/domain/audit';
import { citySchema } from '../../src/domain/city';
import {
  DEFAULT_DEMO_DATA_SET,
  demoDataSetIdSchema,
  type DemoDataSetId,
  type DemoDataSetInfo,
} from '../../src/domain/demo-data-set';
import { roundSchema } from '../../src/domain/round';
import { accountSchema } from '../../src/domain/account';
import { userSchema } from '../../src/domain/user';
import type { DemoControl } from '../../server/api/demo-routes';
import {
  createMemoryStore,
  type MemoryData,
  type MemorySessions,
  type MemoryStore,
} from '../../server/store/memory-store';
import { seedCities } from '../seed/cities';
import { seedRounds } from '../seed/rounds';
import { demoDataSetSeed } from '../seed/data-sets';
import { memoryStorage, type MockStorage } from './storage';

const sessionsSchema = z.record(z.string(), z.string());

const seedCityById = new Map(seedCities.map((city) => [city.id, city]));

/**
 * A city as stored: one stored before cities had names in other languages takes the names and
 * local languages of the sample set's city with its id (none for another city); one stored
 * before administration has no source note and is not archived. So the stored sample set
 * stays readable, with the changes made to it, instead of being replaced.
 */
const storedCitySchema = z.pipe(
  z.transform((city: unknown) => {
    if (typeof city !== 'object' || city === null) return city;
    const seed = 'id' in city ? seedCityById.get(String(city.id)) : undefined;
    const names =
      'names' in city
        ? {}
        : { names: seed?.names ?? {}, localLanguages: seed?.localLanguages ?? [] };
    return { ...names, sourceNote: '', archived: false, ...city };
  }),
  citySchema,
);

const seedRoundById = new Map(seedRounds.map((round) => [round.id, round]));

/** A round as stored: one stored before rounds had deadlines takes the sample set's (or none). */
const storedRoundSchema = z.pipe(
  z.transform((round: unknown) => {
    if (typeof round !== 'object' || round === null || 'deadline' in round) return round;
    const seed = 'id' in round ? seedRoundById.get(String(round.id)) : undefined;
    return { deadline: seed?.deadline ?? null, ...round };
  }),
  roundSchema,
);

const storedDataSchema = z.object({
  cities: z.array(storedCitySchema),
  rounds: z.array(storedRoundSchema),
  users: z.array(userSchema),
  assessments: z.array(assessmentSchema),
  /** Defaults to empty so a demo state stored before history was recorded still loads. */
  history: z._default(z.record(z.string(), z.array(historyEntrySchema)), {}),
  /** Invited users' account details (e-mail, status, language): absent before accounts existed. */
  accounts: z.optional(
    z.record(
      z.string(),
      z.pick(accountSchema, {
        email: true,
        status: true,
        language: true,
        notificationsEnabled: true,
      }),
    ),
  ),
  /** Defaults to empty so a demo state stored before the audit log still loads. */
  audit: z._default(z.array(auditEntrySchema), []),
  /** Where sessions were kept before they had their own storage; read once, to keep them. */
  sessions: z.optional(sessionsSchema),
});

/**
 * The demo's data sets. Only the sample set is stored: the synthetic one (some 17,000
 * assessments) is far beyond localStorage's 5 MB, so it lives in memory and its changes last
 * until the page is reloaded.
 */
const dataSets: Record<
  DemoDataSetId,
  { seed: () => MemoryData; persistence: DemoDataSetInfo['persistence'] }
> = {
  sample: {
    persistence: 'stored',
    seed: () => ({ ...demoDataSetSeed('sample'), history: {}, audit: [] }),
  },
  synthetic: {
    persistence: 'memory',
    seed: () => ({ ...demoDataSetSeed('synthetic'), history: {}, audit: [] }),
  },
};

export interface DemoDatabaseOptions {
  /** Keeps the sample data set's changes: browser storage in the demo, memory in tests. */
  storage: MockStorage;
  /**
   * Keeps sessions apart from the data, so a reload (which forgets the synthetic set's
   * changes) or a switch of data set leaves everyone signed in. Default: memory.
   */
  sessions?: MockStorage;
  /** Remembers the chosen data set between page loads. Default: memory. */
  dataSetChoice?: MockStorage;
  /** Serve this data set, and remember it, instead of the remembered one. */
  dataSet?: DemoDataSetId | undefined;
}

export interface DemoDatabase {
  /** The store the API runs over. */
  store: MemoryStore;
  /** The demo endpoints' side of things, for the API. */
  demo: DemoControl;
  /** Which data set is served now, its persistence and size (tests read it directly). */
  dataSetInfo(): DemoDataSetInfo;
  /**
   * Back to the seed of the data set in use, or of the one named (tests start each on the
   * sample set), with no history; sessions survive so nobody is signed out.
   */
  reset(id?: DemoDataSetId): void;
}

export function createDemoDatabase({
  storage,
  sessions: sessionStorage = memoryStorage(),
  dataSetChoice = memoryStorage(),
  dataSet: requestedDataSet,
}: DemoDatabaseOptions): DemoDatabase {
  function loadStored(): z.infer<typeof storedDataSchema> | null {
    const restored = storedDataSchema.safeParse(storage.load());
    return restored.success ? restored.data : null;
  }

  function loadDataSet(id: DemoDataSetId): MemoryData {
    const stored = id === 'sample' ? loadStored() : null;
    if (!stored) return dataSets[id].seed();
    const { cities, rounds, users, assessments, history, accounts, audit } = stored;
    // Account details (e-mail, status) live beside the users: without them an invited person
    // would come back with no address and a deactivated one could sign in again.
    return { cities, rounds, users, assessments, history, audit, ...(accounts && { accounts }) };
  }

  function loadSessions(): MemorySessions {
    const stored = sessionsSchema.safeParse(sessionStorage.load());
    if (stored.success) return stored.data;
    return loadStored()?.sessions ?? {};
  }

  const remembered = demoDataSetIdSchema.safeParse(dataSetChoice.load());
  let dataSet: DemoDataSetId =
    requestedDataSet ?? (remembered.success ? remembered.data : DEFAULT_DEMO_DATA_SET);
  if (requestedDataSet) dataSetChoice.save(requestedDataSet);

  function persist(data: MemoryData) {
    if (dataSets[dataSet].persistence === 'stored') storage.save(data);
  }

  const store = createMemoryStore({
    data: loadDataSet(dataSet),
    sessions: loadSessions(),
    onDataChange: persist,
    onSessionsChange: (sessions) => {
      sessionStorage.save(sessions);
    },
  });

  storage.onExternalChange?.(() => {
    // Another tab changed the stored sample set; a tab on the synthetic set keeps its own.
    if (dataSet === 'sample') store.replaceData(loadDataSet('sample'));
  });
  sessionStorage.onExternalChange?.(() => {
    store.replaceSessions(loadSessions());
  });

  function switchTo(id: DemoDataSetId) {
    dataSetChoice.save(id);
    if (id === dataSet) return;
    dataSet = id;
    store.replaceData(loadDataSet(id));
  }

  function dataSetInfo(): DemoDataSetInfo {
    const data = store.data();
    return {
      dataSet,
      persistence: dataSets[dataSet].persistence,
      cityCount: data.cities.length,
      roundCount: data.rounds.length,
      assessmentCount: data.assessments.length,
    };
  }

  function reset(id: DemoDataSetId = dataSet) {
    switchTo(id);
    const seeded = dataSets[id].seed();
    store.replaceData(seeded);
    persist(seeded);
  }

  return {
    store,
    demo: {
      dataSetInfo: () => Promise.resolve(dataSetInfo()),
      selectDataSet(id) {
        switchTo(id);
        return Promise.resolve(dataSetInfo());
      },
      reset() {
        reset();
        return Promise.resolve();
      },
    },
    dataSetInfo,
    reset,
  };
}
