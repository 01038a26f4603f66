import { TrendsPage } from '../../features/trends/trends-page';
import { roundPackFor } from './round-pack-charts';

export function TrendsRoute() {
  return <TrendsPage roundPack={(round) => roundPackFor(round, false)} />;
}

export { prefetchTrendsData as prefetchPageData } from '../../features/trends/trends-data';
