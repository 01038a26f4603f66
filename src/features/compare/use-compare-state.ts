import { useSearchParams } from 'react-router';
import {
  isNewComparison,
  parseCompareParams,
  serializeCompareParams,
  type CompareState,
} from '../../lib/address-state/compare';

/**
 * The comparison's state, read from the URL, and a way to change part of it: a new history
 * entry for a new comparison, a replaced one for a new arrangement (see src/lib/address-state/compare.ts).
 * Any change other than the page itself starts again at the first page.
 */
export function useCompareState(): [CompareState, (patch: Partial<CompareState>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = parseCompareParams(searchParams);
  function update(patch: Partial<CompareState>) {
    const next: CompareState = { ...state, page: 1, ...patch };
    setSearchParams(serializeCompareParams(next, searchParams), {
      replace: !isNewComparison(state, next),
      preventScrollReset: true,
    });
  }
  return [state, update];
}
