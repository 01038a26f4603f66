import { useParams } from 'react-router';
import { CityProfilePage } from '../../features/cities/city-profile-page';

export function CityRoute() {
  const { cityId = '' } = useParams();
  return <CityProfilePage cityId={cityId} />;
}
