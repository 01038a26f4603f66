import { TrendsPage } from '../../features/trends/trends-page';

export function TrendsRoute() {
  return <TrendsPage />;
}
