/** Reference data: signatory cities, reporting rounds with their progress, and the charter. */
import type { Hono } from 'hono';
import { commitments, keyTrends, targetGroupIds } from '../../src/domain/charter';
import { canSeeWorkInProgress } from '../../src/domain/permissions';
import type { Round } from '../../src/domain/round';
import { publishedProgressOf } from '../../src/domain/round-progress';
import type { ContractStore } from '../store/contract-store';
import { ApiProblem } from './api-problem';
import { reader } from './authentication';
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

/** Reference data on `app`; every route is a read, open to visitors when `publicRead`. */
export function referenceRoutes(
  app: Hono<ApiEnv>,
  { store, publicRead }: { store: ContractStore; publicRead: boolean },
) {
  const auth = reader(store, { publicRead });

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
  app.get('/rounds/:roundId/progress', auth, async (context) => {
    const progress = await store.roundProgress(
      await findRound(store, context.req.param('roundId')),
    );
    return context.json(
      canSeeWorkInProgress(context.get('reader')) ? progress : publishedProgressOf(progress),
    );
  });

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
