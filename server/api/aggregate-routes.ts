/**
 * Aggregates (docs/api.md, "Aggregates"): a round's averages, key-trend adoption and
 * per-commitment means, each city's overall score in a round, and the cities that lead each
 * key trend, computed by the store where the rows are. They count approved assessments, or
 * with `?include=unapproved` every status; always only what the reader may read (a visitor:
 * approved only).
 */
import type { Context, Hono } from 'hono';
import { z } from '../../src/domain/zod';
import { readScopeOf } from '../../src/domain/permissions';
import {
  aggregateFilterSchema,
  DEFAULT_TREND_LEADER_LIMIT,
  MAX_TREND_LEADER_LIMIT,
  roundAggregateOf,
} from '../../src/domain/round-aggregate';
import type { AggregateQuery, ContractStore } from '../store/contract-store';
import { reader } from './authentication';
import type { ApiEnv } from './create-api';
import { findReadableRound } from './reference-routes';
import { parseQuery } from './request-parsing';

/** `?limit=` of the trend leaders: a whole number from 1 to the maximum. */
const trendLeaderFilterSchema = z.object({
  ...aggregateFilterSchema.shape,
  limit: z.optional(
    z.string().check(
      z.regex(/^[1-9][0-9]{0,2}$/, 'Send a whole number from 1 to 100'),
      z.refine((limit) => Number(limit) <= MAX_TREND_LEADER_LIMIT, 'Send at most 100'),
    ),
  ),
});

/** The query's filters parsed by `schema`, or 400 naming each one that is not valid. */
function filterOf<Schema extends z.core.$ZodType>(
  context: Context<ApiEnv>,
  schema: Schema,
): z.infer<Schema> {
  return parseQuery(context.req.query(), schema);
}

/** What the reader may count: their read scope, approved only unless `include=unapproved`. */
function aggregateQueryOf(
  context: Context<ApiEnv>,
  include: 'unapproved' | undefined,
): AggregateQuery {
  return {
    scope: readScopeOf(context.get('reader')),
    includeUnapproved: include === 'unapproved',
  };
}

/** The aggregate endpoints on `app`: for signed-in users, and for visitors when `publicRead`. */
export function aggregateRoutes(
  app: Hono<ApiEnv>,
  { store, publicRead }: { store: ContractStore; publicRead: boolean },
) {
  const auth = reader(store, { publicRead });

  app.get('/aggregates/rounds', auth, async (context) => {
    const { include } = filterOf(context, aggregateFilterSchema);
    return context.json(await store.roundAggregates(aggregateQueryOf(context, include)));
  });

  app.get('/aggregates/rounds/:roundId', auth, async (context) => {
    const { include } = filterOf(context, aggregateFilterSchema);
    const round = await findReadableRound(
      store,
      context.req.param('roundId'),
      context.get('reader'),
    );
    const [aggregate] = await store.roundAggregates({
      ...aggregateQueryOf(context, include),
      roundId: round.id,
    });
    // A round with nothing to count answers its empty aggregate, not 404: the round exists.
    return context.json(aggregate ?? roundAggregateOf(round.id, []));
  });

  app.get('/aggregates/rounds/:roundId/cities', auth, async (context) => {
    const { include } = filterOf(context, aggregateFilterSchema);
    const round = await findReadableRound(
      store,
      context.req.param('roundId'),
      context.get('reader'),
    );
    return context.json(
      await store.cityScores({ ...aggregateQueryOf(context, include), roundId: round.id }),
    );
  });

  app.get('/aggregates/rounds/:roundId/trend-leaders', auth, async (context) => {
    const { include, limit } = filterOf(context, trendLeaderFilterSchema);
    const round = await findReadableRound(
      store,
      context.req.param('roundId'),
      context.get('reader'),
    );
    return context.json(
      await store.trendLeaders(
        { ...aggregateQueryOf(context, include), roundId: round.id },
        limit === undefined ? DEFAULT_TREND_LEADER_LIMIT : Number(limit),
      ),
    );
  });
}
