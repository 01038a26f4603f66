/** A city's profile as embeds render it: its charts only, without a member's own assessment. */
import { useParams } from 'react-router';
import { CityProfilePage } from '../../features/cities/city-profile-page';

export function CityEmbedRoute() {
  const { cityId = '' } = useParams();
  return <CityProfilePage cityId={cityId} />;
}

export { prefetchCityProfileData as prefetchPageData } from '../../features/cities/city-profile-data';
