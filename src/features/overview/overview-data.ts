/** What the overview shows first (its figures' data and charts), and the round it shows. */
import { findOpenRound, sortRoundsByYear, type Round } from '../../domain/round';
import { canReviewAssessments } from '../../domain/permissions';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { aggregateQueries, cityQueries, roundQueries, sessionQueries } from '../../data/queries';
import { preloadOverviewCharts } from './overview-charts';
import { parseOverviewParams } from './overview-params';

/**
 * The round chosen in the URL, or else the open round, or else the latest that has been open
 * (a planned round has no results yet), or else the latest.
 */
export function overviewRound(
  sortedRounds: readonly Round[],
  roundId: string | null,
): Round | undefined {
  return (
    sortedRounds.find((candidate) => candidate.id === roundId) ??
    findOpenRound(sortedRounds) ??
    sortedRounds.filter((candidate) => candidate.status !== 'planned').at(-1) ??
    sortedRounds.at(-1)
  );
}

/**
 * The rounds, the cities and every round's aggregate at once; as soon as the rounds are known,
 * the chosen round's progress and its cities' scores. Unapproved assessments are included only for a
 * coordinator who asked (the page's own rule), so the cache holds what the page will read.
 */
export const prefetchOverviewData: PagePrefetch = async ({ queryClient, dataSource }, url) => {
  const selection = parseOverviewParams(url.searchParams);
  // Only the unapproved view waits for who is signed in (usually cached already).
  const inclusion = selection.includeUnapproved
    ? settled(queryClient.query(sessionQueries.current(dataSource))).then((session) =>
        canReviewAssessments(session?.user ?? null),
      )
    : Promise.resolve(false);
  const rounds = settled(queryClient.query(roundQueries.list(dataSource)));
  // The round's own figures need only the rounds: they are asked for as soon as the rounds
  // come, not after the city list and every round's aggregate (a waterfall of ~300 ms on the
  // 2,000-city set).
  const roundFigures = async () => {
    const [allRounds, includeUnapproved] = await Promise.all([rounds, inclusion]);
    const round = allRounds && overviewRound(sortRoundsByYear(allRounds), selection.roundId);
    if (!round) return;
    await Promise.all([
      settled(queryClient.query(roundQueries.progress(dataSource, round.id))),
      settled(
        queryClient.query(aggregateQueries.cityScores(dataSource, round.id, includeUnapproved)),
      ),
    ]);
  };
  await Promise.all([
    settled(preloadOverviewCharts()),
    settled(queryClient.query(cityQueries.list(dataSource))),
    inclusion.then((include) =>
      settled(queryClient.query(aggregateQueries.rounds(dataSource, include))),
    ),
    roundFigures(),
  ]);
};
