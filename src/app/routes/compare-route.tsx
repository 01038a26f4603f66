import { ComparePage } from '../../features/compare/compare-page';

export function CompareRoute() {
  return <ComparePage />;
}

export { prefetchCompareData as prefetchPageData } from '../../features/compare/compare-data';
