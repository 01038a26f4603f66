import { useParams } from 'react-router';
import { MyCityAssessment } from '../../features/assessments/my-city-assessment';
import { CityProfilePage } from '../../features/cities/city-profile-page';

export function CityRoute() {
  const { cityId = '' } = useParams();
  return <CityProfilePage cityId={cityId} myAssessment={<MyCityAssessment cityId={cityId} />} />;
}

export { prefetchCityProfileData as prefetchPageData } from '../../features/cities/city-profile-data';
