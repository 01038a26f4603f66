/** What the key-trends page shows first (its figures, its leaders and charts), and its round. */
import { defaultChartRound } from '../../domain/aggregation';
import type { Round } from '../../domain/round';
import { roundAdoptionsOf } from '../../domain/round-aggregate';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { aggregateQueries, catalogueQueries, roundQueries } from '../../data/queries';
import { preloadTrendsCharts } from './trends-charts';

/** The round chosen in the URL, or else the latest closed one; of the rounds with data. */
export function trendsRound(roundsWithData: readonly Round[], roundId: string | null) {
  return (
    roundsWithData.find((candidate) => candidate.id === roundId) ??
    defaultChartRound(roundsWithData)
  );
}

/** The catalogue, the rounds and their aggregates at once; then the round's trend leaders. */
export const prefetchTrendsData: PagePrefetch = async ({ queryClient, dataSource }, url) => {
  const fetchFigures = async () => {
    const [rounds, aggregates] = await Promise.all([
      settled(queryClient.query(roundQueries.list(dataSource))),
      settled(queryClient.query(aggregateQueries.rounds(dataSource))),
      settled(queryClient.query(catalogueQueries.keyTrends(dataSource))),
    ]);
    if (!rounds || !aggregates) return;
    const withData = roundAdoptionsOf(rounds, aggregates).map((entry) => entry.round);
    const round = trendsRound(withData, url.searchParams.get('round'));
    if (!round) return;
    await settled(queryClient.query(aggregateQueries.trendLeaders(dataSource, round.id)));
  };
  await Promise.all([settled(preloadTrendsCharts()), fetchFigures()]);
};
