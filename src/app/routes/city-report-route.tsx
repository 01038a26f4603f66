import { useParams } from 'react-router';
import { CityReportPage } from '../../features/cities/city-report-page';

export function CityReportRoute() {
  const { cityId = '' } = useParams();
  return <CityReportPage cityId={cityId} />;
}
