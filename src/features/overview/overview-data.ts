/**
 * What the overview shows first: its figures' data, for the round its address names. Its charts'
 * code is left to the charts (overview-charts.tsx).
 */
import { canReviewAssessments } from '../../domain/permissions';
import { chooseRound } from '../../domain/round';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { aggregateQueries, cityQueries, roundQueries, sessionQueries } from '../../data/queries';
import { parseOverviewParams } from '../../lib/address-state/overview';

/**
 * The rounds, the cities, every round's aggregate and the round's own figures (its progress,
 * its cities' scores) at once. The round's figures wait for the rounds only when the address
 * names no round, for the default round (the open one) is known from them alone. Unapproved
 * assessments are included only for a coordinator who asked (the page's own rule), so the
 * cache holds what the page will read.
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
  const roundFigures = async () => {
    const [roundId, includeUnapproved] = await Promise.all([
      selection.roundId ??
        rounds.then((allRounds) => chooseRound(allRounds ?? [], null, 'current')?.id),
      inclusion,
    ]);
    if (!roundId) return;
    await Promise.all([
      settled(queryClient.query(roundQueries.progress(dataSource, roundId))),
      settled(
        queryClient.query(aggregateQueries.cityScores(dataSource, roundId, includeUnapproved)),
      ),
    ]);
  };
  await Promise.all([
    rounds,
    settled(queryClient.query(cityQueries.list(dataSource))),
    inclusion.then((include) =>
      settled(queryClient.query(aggregateQueries.rounds(dataSource, include))),
    ),
    roundFigures(),
  ]);
};
