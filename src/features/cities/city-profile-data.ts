/**
 * What a city profile shows first: the city, its own assessments (the ones the user may read)
 * and the rounds at once; then, once the round shown is known, the round's aggregate of
 * approved assessments, the group the city is compared with.
 */
import { sortRoundsByYear } from '../../domain/round';
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { aggregateQueries, assessmentQueries, cityQueries, roundQueries } from '../../data/queries';
import { chooseCityRound } from './use-city-round';

/** The city profile's loader: `cityId` from the route, `?round=` from the address. */
export const prefetchCityProfileData: PagePrefetch = async (
  { queryClient, dataSource },
  url,
  { cityId },
) => {
  if (!cityId) return;
  const [, assessments, rounds] = await Promise.all([
    settled(queryClient.query(cityQueries.detail(dataSource, cityId))),
    settled(queryClient.query(assessmentQueries.list(dataSource, { cityId }))),
    settled(queryClient.query(roundQueries.list(dataSource))),
  ]);
  if (!assessments || !rounds) return;
  const { round } = chooseCityRound(
    assessments,
    sortRoundsByYear(rounds),
    url.searchParams.get('round'),
  );
  if (!round) return;
  await settled(queryClient.query(aggregateQueries.round(dataSource, round.id)));
};
