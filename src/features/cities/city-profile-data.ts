/**
 * What a city profile shows first: the city, its own assessments (the ones the user may read),
 * the rounds and the round's aggregate of approved assessments (the group the city is compared
 * with) at once. The aggregate waits for the city's assessments and the rounds only when the
 * address names no round: the city's default round is its latest with an approved assessment.
 */
import { settled, type PagePrefetch } from '../../data/page-prefetch';
import { aggregateQueries, assessmentQueries, cityQueries, roundQueries } from '../../data/queries';
import { parseRoundAddress } from '../../lib/address-state/round';
import { chooseCityRound } from './use-city-round';

/** The city profile's loader: `cityId` from the route, `?round=` from the address. */
export const prefetchCityProfileData: PagePrefetch = async (
  { queryClient, dataSource },
  url,
  { cityId },
) => {
  if (!cityId) return;
  const { roundId } = parseRoundAddress(url.searchParams);
  const cityData = Promise.all([
    settled(queryClient.query(cityQueries.detail(dataSource, cityId))),
    settled(queryClient.query(assessmentQueries.list(dataSource, { cityId }))),
    settled(queryClient.query(roundQueries.list(dataSource))),
  ]);
  const defaultRoundId = async () => {
    const [, assessments, rounds] = await cityData;
    if (!assessments || !rounds) return undefined;
    return chooseCityRound(assessments, rounds, null).round?.id;
  };
  const aggregate = async () => {
    const aggregateRoundId = roundId ?? (await defaultRoundId());
    if (!aggregateRoundId) return;
    await settled(queryClient.query(aggregateQueries.round(dataSource, aggregateRoundId)));
  };
  await Promise.all([cityData, aggregate()]);
};
