import { MyOwnCityAssessment } from '../../features/assessments/my-city-assessment';
import { OverviewPage } from '../../features/overview/overview-page';
import { roundPackFor } from './round-pack-charts';

export function OverviewRoute() {
  return <OverviewPage myAssessment={<MyOwnCityAssessment />} roundPack={roundPackFor} />;
}

export { prefetchOverviewData as prefetchPageData } from '../../features/overview/overview-data';
