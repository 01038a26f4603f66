/** What the key-trends page shows first: its figures, its leaders and charts. */
import { chooseRound } from '../../domain/round';
import { roundAdoptionsOf } from '../../domain/round-aggregate';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { aggregateQueries, catalogueQueries, roundQueries } from '../../data/queries';
import { parseRoundAddress } from '../../lib/address-state/round';
import { preloadTrendsCharts } from './trends-charts';

/**
 * The catalogue, the rounds, their aggregates and the round's trend leaders at once. The
 * leaders wait for the rounds and aggregates only when the address names no round: the default
 * round is the latest closed one with approved assessments, known from those two alone.
 */
export const prefetchTrendsData: PagePrefetch = async ({ queryClient, dataSource }, url) => {
  const { roundId } = parseRoundAddress(url.searchParams);
  const figures = Promise.all([
    settled(queryClient.query(roundQueries.list(dataSource))),
    settled(queryClient.query(aggregateQueries.rounds(dataSource))),
    settled(queryClient.query(catalogueQueries.keyTrends(dataSource))),
  ]);
  const defaultRoundId = async () => {
    const [rounds, aggregates] = await figures;
    if (!rounds || !aggregates) return undefined;
    const withData = roundAdoptionsOf(rounds, aggregates).map((entry) => entry.round);
    return chooseRound(withData, null, 'complete')?.id;
  };
  const leaders = async () => {
    const leadersRoundId = roundId ?? (await defaultRoundId());
    if (!leadersRoundId) return;
    await settled(queryClient.query(aggregateQueries.trendLeaders(dataSource, leadersRoundId)));
  };
  await Promise.all([settled(preloadTrendsCharts()), figures, leaders()]);
};
