import { ImportPage } from '../../features/past-round-import/import-page';

export function ImportRoute() {
  return <ImportPage />;
}
