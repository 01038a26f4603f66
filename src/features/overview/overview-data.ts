/** What the overview shows first (its figures' data and charts), and the round it shows. */
import { findOpenRound, sortRoundsByYear, type Round } from '../../domain/round';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { cityQueries, roundQueries, scoreRowQueries } from '../../data/queries';
import { preloadOverviewCharts } from './overview-charts';
import { parseOverviewParams } from './overview-params';

/** The round chosen in the URL, or else the open round, or else the latest. */
export function overviewRound(
  sortedRounds: readonly Round[],
  roundId: string | null,
): Round | undefined {
  return (
    sortedRounds.find((candidate) => candidate.id === roundId) ??
    findOpenRound(sortedRounds) ??
    sortedRounds.at(-1)
  );
}

export const prefetchOverviewData: PagePrefetch = async ({ queryClient, dataSource }, url) => {
  const { roundId } = parseOverviewParams(url.searchParams);
  const fetchFigures = async () => {
    const [rounds] = await Promise.all([
      settled(queryClient.query(roundQueries.list(dataSource))),
      settled(queryClient.query(cityQueries.list(dataSource))),
      settled(queryClient.query(scoreRowQueries.list(dataSource))),
    ]);
    const round = rounds && overviewRound(sortRoundsByYear(rounds), roundId);
    if (!round) return;
    await settled(queryClient.query(roundQueries.progress(dataSource, round.id)));
  };
  await Promise.all([settled(preloadOverviewCharts()), fetchFigures()]);
};
