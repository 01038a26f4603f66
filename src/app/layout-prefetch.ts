/** What the signed-in layout shows on every page: who is signed in, and the demo's data set. */
import { settled, type PagePrefetch } from '../data/page-prefetch';
import { demoQueries, sessionQueries } from '../data/queries';
import { env } from '../lib/env';

export const prefetchLayout: PagePrefetch = async ({ queryClient, dataSource }) => {
  await Promise.all([
    settled(queryClient.query(sessionQueries.current(dataSource))),
    env.mockApi ? settled(queryClient.query(demoQueries.dataSet(dataSource))) : undefined,
  ]);
};
