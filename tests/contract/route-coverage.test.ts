/**
 * The contract suite checks each read for every role, for visitors and with public reading
 * off, from its list `contractReads`. This keeps that list whole: every GET route of the API
 * must match one of its paths, or be one of the session's and the demo's, checked on their own.
 */
import { describe, expect, it } from 'vitest';
import { createDemoDatabase } from '../../mocks/db/demo-database';
import { memoryStorage } from '../../mocks/db/storage';
import { createApi } from '../../server/api/create-api';
import { contractReads } from './api-contract';

/**
 * GET routes the suite checks in blocks of their own: sessions, the demo endpoints, and what
 * only coordinators read (tests/contract/administration-contract.ts).
 */
const checkedApart = ['/session', '/session/demo-users', '/demo/data-set', '/audit'];

/** `/cities/:cityId` → a pattern matching `/cities/ghent`. */
function patternOf(route: string): RegExp {
  return new RegExp(`^${route.replace(/:[^/]+/g, '[^/]+')}$`);
}

describe('the contract suite', () => {
  it('reads every GET route of the API', () => {
    const database = createDemoDatabase({ storage: memoryStorage() });
    const api = createApi({
      store: database.store,
      demo: database.demo,
      demoSignIn: true,
      publicRead: true,
    });
    const getRoutes = [
      ...new Set(
        api.routes
          .filter(({ method }) => method === 'GET')
          .map(({ path }) => path.replace(/^\/api/, '')),
      ),
    ].filter((path) => path.startsWith('/') && !checkedApart.includes(path));
    expect(getRoutes.length).toBeGreaterThan(15);
    const unread = getRoutes.filter(
      (route) => !contractReads.some((path) => patternOf(route).test(path)),
    );
    expect(unread).toEqual([]);
  });
});
