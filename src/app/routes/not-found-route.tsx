import { NotFoundPage } from '../not-found-page';

export function NotFoundRoute() {
  return <NotFoundPage />;
}
