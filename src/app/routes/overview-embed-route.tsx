/** The overview as embeds render it: its charts, without a member's assessment or round pack. */
import { OverviewPage } from '../../features/overview/overview-page';

export function OverviewEmbedRoute() {
  return <OverviewPage />;
}

export { prefetchOverviewData as prefetchPageData } from '../../features/overview/overview-data';
