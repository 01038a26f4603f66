import { MyOwnCityAssessment } from '../../features/assessments/my-city-assessment';
import { OverviewPage } from '../../features/overview/overview-page';

export function OverviewRoute() {
  return <OverviewPage myAssessment={<MyOwnCityAssessment />} />;
}
