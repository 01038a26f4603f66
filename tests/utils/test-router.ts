import type { DataSource } from '../../src/data/data-source';
import { createQueryClient } from '../../src/data/query-client';
import { createTestRouter } from '../../src/app/router';

/** The routers a test made, stopped by `disposeTestRouters` (call it after each test). */
const made: { dispose(): void }[] = [];

/** The app's routes in memory at `path`, over `dataSource`, with the API ready at once. */
export function testRouterAt(path: string, dataSource: DataSource) {
  const router = createTestRouter(
    {
      queryClient: createQueryClient({ onUnauthenticated: () => undefined }),
      dataSource,
      apiReady: Promise.resolve(),
    },
    path,
  );
  made.push(router);
  return router;
}

/** Stops every router `testRouterAt` made, so none goes on loading after its test. */
export function disposeTestRouters(): void {
  for (const router of made.splice(0)) router.dispose();
}
