/** Reference data: signatory cities, reporting rounds with their progress, and the charter. */
import type { Hono } from 'hono';
import { commitments, keyTrends, targetGroupIds } from '../../src/domain/charter';
import type { Round } from '../../src/domain/round';
import type { ContractStore } from '../store/contract-store';
import { ApiProblem } from './api-problem';
import { signedIn } from './authentication';
import type { ApiEnv } from './create-api';

/** The round with this id, or 404. */
export async function findRound(store: ContractStore, id: string): Promise<Round> {
  const round = await store.getRound(id);
  if (!round) throw new ApiProblem('not_found', `No round with id ${id}`);
  return round;
}

/** One entry of a fixed catalogue by id, or 404 naming what was asked for. */
function findIn<Entry extends { id: string }>(
  entries: readonly Entry[],
  id: string,
  what: string,
): Entry {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new ApiProblem('not_found', `No ${what} with id ${id}`);
  return entry;
}

export function referenceRoutes(app: Hono<ApiEnv>, { store }: { store: ContractStore }) {
  const auth = signedIn(store);

  app.get('/cities', auth, async (context) => context.json(await store.listCities()));
  app.get('/cities/:cityId', auth, async (context) => {
    const id = context.req.param('cityId');
    const city = await store.getCity(id);
    if (!city) throw new ApiProblem('not_found', `No city with id ${id}`);
    return context.json(city);
  });

  app.get('/rounds', auth, async (context) => context.json(await store.listRounds()));
  app.get('/rounds/:roundId', auth, async (context) =>
    context.json(await findRound(store, context.req.param('roundId'))),
  );
  app.get('/rounds/:roundId/progress', auth, async (context) =>
    context.json(await store.roundProgress(await findRound(store, context.req.param('roundId')))),
  );

  app.get('/commitments', auth, (context) => context.json(commitments));
  app.get('/commitments/:commitmentId', auth, (context) =>
    context.json(findIn(commitments, context.req.param('commitmentId'), 'commitment')),
  );
  app.get('/key-trends', auth, (context) => context.json(keyTrends));
  app.get('/key-trends/:trendId', auth, (context) =>
    context.json(findIn(keyTrends, context.req.param('trendId'), 'key trend')),
  );
  app.get('/target-groups', auth, (context) => context.json(targetGroupIds));
}
