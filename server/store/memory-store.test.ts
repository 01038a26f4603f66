/** The memory store (the demo's and the mock's) against the store contract suite. */
import { describeContractStore } from './contract-store.contract';
import { createMemoryStore } from './memory-store';

describeContractStore('the memory store', (seed) =>
  Promise.resolve({
    store: createMemoryStore({
      data: {
        cities: [...seed.cities],
        rounds: [...seed.rounds],
        users: [...seed.users],
        assessments: [...seed.assessments],
        history: {},
        audit: [],
      },
    }),
    close: () => Promise.resolve(),
  }),
);
