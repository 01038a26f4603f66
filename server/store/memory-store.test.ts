/** The memory store (the demo's and the mock's) against the store contract suite. */
import { describe, expect, it } from 'vitest';
import { backupContentKeys } from '../../src/domain/backup';
import { describeBackupStore, makeMemoryStore, memoryStoreOf } from './backup-store.contract';
import { contractSeed, describeContractStore } from './contract-store.contract';

describeContractStore('the memory store', makeMemoryStore);
describeBackupStore('the memory store', makeMemoryStore);

describe('the memory store’s data', () => {
  it('is exactly what a backup carries: a new part of the data must be backed up', async () => {
    const store = memoryStoreOf(contractSeed);
    expect(Object.keys(store.data()).sort()).toEqual([...backupContentKeys].sort());
    expect(Object.keys(await store.snapshot()).sort()).toEqual([...backupContentKeys].sort());
  });
});
