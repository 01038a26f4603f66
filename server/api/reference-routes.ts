/** Reference data: signatory cities, reporting rounds with their progress, and the charter. */
import type { Hono } from 'hono';
import { commitments, keyTrends, targetGroupIds } from '../../src/domain/charter';
import { canSeeRound, canSeeWorkInProgress, type Reader } from '../../src/domain/permissions';
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

/** The round with this id as `reader` may see it, or 404: a visitor is not told of a planned one. */
export async function findReadableRound(
  store: ContractStore,
  id: string,
  reader: Reader,
): Promise<Round> {
  const round = await findRound(store, id);
  if (!canSeeRound(reader, round)) throw new ApiProblem('not_found', `No round with id ${id}`);
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

  app.get('/rounds', auth, async (context) => {
    const rounds = await store.listRounds();
    return context.json(rounds.filter((round) => canSeeRound(context.get('reader'), round)));
  });
  app.get('/rounds/:roundId', auth, async (context) =>
    context.json(
      await findReadableRound(store, context.req.param('roundId'), context.get('reader')),
    ),
  );
  app.get('/rounds/:roundId/progress', auth, async (context) => {
    const progress = await store.roundProgress(
      await findReadableRound(store, context.req.param('roundId'), context.get('reader')),
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
