// Its data's prefetch (overview-data.ts) is in the entry, in router.tsx: a first visit asks for
// the data at once, not after this module has arrived.
import { MyOwnCityAssessment } from '../../features/assessments/my-city-assessment';
import { OverviewPage } from '../../features/overview/overview-page';
import { roundPackFor } from './round-pack-charts';

export function OverviewRoute() {
  return <OverviewPage myAssessment={<MyOwnCityAssessment />} roundPack={roundPackFor} />;
}
