import { CitiesPage } from '../../features/cities/cities-page';

export function CitiesRoute() {
  return <CitiesPage />;
}
