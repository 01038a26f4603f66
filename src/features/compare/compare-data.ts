/** What the compare page shows first: the view's data and charts. */
import { chooseRound } from '../../domain/round';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { cityQueries, roundQueries, scoreRowQueries } from '../../data/queries';
import { parseCompareParams, type CompareView } from '../../lib/address-state/compare';
import { preloadChangeCharts } from './change-view';
import { changeStartRound } from './comparison';
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

/**
 * The rounds, the cities and the round's approved score rows at once (and for the change view,
 * the earlier round's). Rows wait for the rounds only for a round the address does not name:
 * the default round (the latest closed one) and the round before it are known from them alone.
 */
export const prefetchCompareData: PagePrefetch = async ({ queryClient, dataSource }, url) => {
  const { roundId, fromRoundId, view } = parseCompareParams(url.searchParams);
  const rounds = settled(queryClient.query(roundQueries.list(dataSource)));
  const approvedRows = (rowsRoundId: string | undefined) =>
    rowsRoundId === undefined
      ? undefined
      : settled(
          queryClient.query(
            scoreRowQueries.list(dataSource, { roundId: rowsRoundId, status: 'approved' }),
          ),
        );
  const roundRows = async () => {
    const round = roundId ?? chooseRound((await rounds) ?? [], null, 'complete')?.id;
    await approvedRows(round);
  };
  const startRows = async () => {
    if (view !== 'change') return;
    if (roundId && fromRoundId) {
      await approvedRows(fromRoundId);
      return;
    }
    const allRounds = (await rounds) ?? [];
    const round = chooseRound(allRounds, roundId, 'complete');
    await approvedRows(round && changeStartRound(allRounds, round, fromRoundId)?.id);
  };
  await Promise.all([
    settled(viewChartPreloads[view]()),
    rounds,
    settled(queryClient.query(cityQueries.list(dataSource))),
    roundRows(),
    startRows(),
  ]);
};
