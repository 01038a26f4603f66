/** The key-trends page as embeds render it: its charts only, without the round pack. */
import { TrendsPage } from '../../features/trends/trends-page';

export function TrendsEmbedRoute() {
  return <TrendsPage />;
}

export { prefetchTrendsData as prefetchPageData } from '../../features/trends/trends-data';
