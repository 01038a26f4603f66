/**
 * The contract suite against the Node server over PostgreSQL: the embedded PGlite always, and
 * the PostgreSQL server DATABASE_URL names when set (CI starts a throwaway cluster), in a
 * schema of its own that is dropped afterwards.
 */
import { demoDataSetSeed, emptyInstanceSeed } from '../../mocks/seed/data-sets';
import { createApi } from '../../server/api/create-api';
import { startServer } from '../../server/start-server';
import { migrate } from '../../server/store/migrate';
import { replaceStoreData } from '../../server/store/postgres-rows';
import { createPostgresStore } from '../../server/store/postgres-store';
import { createPgliteClient, type SqlClient } from '../../server/store/sql-client';
import { openTestSchema } from '../../server/store/test-schema';
import { describeApiContract } from './api-contract';
import type { ContractTarget } from './contract-client';

const databaseUrl = process.env.DATABASE_URL;

async function serverOn(open: () => Promise<SqlClient>): Promise<ContractTarget> {
  const client = await open();
  await migrate(client);
  const sample = demoDataSetSeed('sample');
  await replaceStoreData(client, sample);
  const store = createPostgresStore(client);
  const server = await startServer(createApi({ store, demoSignIn: true, publicRead: true }), {
    host: '127.0.0.1',
    port: 0,
  });
  const privateServer = await startServer(
    createApi({ store, demoSignIn: true, publicRead: false }),
    { host: '127.0.0.1', port: 0 },
  );
  return {
    baseUrl: `${server.origin}/api`,
    privateBaseUrl: `${privateServer.origin}/api`,
    servesDemoEndpoints: false,
    reset: () => replaceStoreData(client, sample),
    empty: () => replaceStoreData(client, emptyInstanceSeed()),
    async close() {
      await Promise.all([server.close(), privateServer.close()]);
      await client.close();
    },
  };
}

describeApiContract('on the server over embedded PostgreSQL (PGlite)', () =>
  serverOn(() => createPgliteClient()),
);

if (databaseUrl) {
  describeApiContract('on the server over PostgreSQL (DATABASE_URL)', () =>
    serverOn(() => openTestSchema(databaseUrl, 'api_contract')),
  );
}
