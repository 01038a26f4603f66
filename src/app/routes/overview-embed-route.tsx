/** The overview as embeds render it: its charts only, without a member's own assessment or the round pack. */
import { OverviewPage } from '../../features/overview/overview-page';

export function OverviewEmbedRoute() {
  return <OverviewPage />;
}

export { prefetchOverviewData as prefetchPageData } from '../../features/overview/overview-data';
