import { ComparePage } from '../../features/compare/compare-page';

export function CompareRoute() {
  return <ComparePage />;
}
