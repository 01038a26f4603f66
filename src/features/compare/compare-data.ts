/** What the compare page shows first (the view's data and charts), and the round it compares. */
import { defaultChartRound } from '../../domain/aggregation';
import type { Round } from '../../domain/round';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { cityQueries, roundQueries, scoreRowQueries } from '../../data/queries';
import { preloadChangeCharts } from './change-view';
import { parseCompareParams, type CompareView } from './compare-params';
import { preloadHeatmapCharts } from './heatmap-view';
import { preloadProfileCharts } from './profile-view';
import { preloadRankingCharts } from './ranking-view';
import { preloadRoleBarsCharts } from './role-bars-view';

const viewChartPreloads: Record<CompareView, () => Promise<unknown>> = {
  profile: preloadProfileCharts,
  bars: preloadRoleBarsCharts,
  heatmap: preloadHeatmapCharts,
  ranking: preloadRankingCharts,
  change: preloadChangeCharts,
};

/** The round chosen in the URL, or else the latest closed one. */
export function comparedRound(rounds: readonly Round[], roundId: string | null): Round | undefined {
  return rounds.find((candidate) => candidate.id === roundId) ?? defaultChartRound(rounds);
}

export const prefetchCompareData: PagePrefetch = async ({ queryClient, dataSource }, url) => {
  const { roundId, view } = parseCompareParams(url.searchParams);
  const fetchScores = async () => {
    const [rounds] = await Promise.all([
      settled(queryClient.query(roundQueries.list(dataSource))),
      settled(queryClient.query(cityQueries.list(dataSource))),
    ]);
    const round = rounds && comparedRound(rounds, roundId);
    if (!round) return;
    await settled(
      queryClient.query(
        scoreRowQueries.list(dataSource, { roundId: round.id, status: 'approved' }),
      ),
    );
  };
  await Promise.all([settled(viewChartPreloads[view]()), fetchScores()]);
};
