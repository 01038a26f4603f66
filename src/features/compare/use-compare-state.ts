import { useRef } from 'react';
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
  // The last address asked for and the one shown when it was: the router applies a change a
  // render later, so a second change before then (a round, then at once a view) builds on the
  // first instead of on the address shown, which would silently undo the first.
  const requested = useRef<{ shown: URLSearchParams; next: URLSearchParams } | null>(null);
  function update(patch: Partial<CompareState>) {
    const pending = requested.current;
    const base = pending?.shown === searchParams ? pending.next : searchParams;
    const baseState = parseCompareParams(base);
    const next: CompareState = { ...baseState, page: 1, ...patch };
    const nextParams = serializeCompareParams(next, base);
    requested.current = { shown: searchParams, next: nextParams };
    setSearchParams(nextParams, {
      replace: !isNewComparison(baseState, next),
      preventScrollReset: true,
    });
  }
  return [state, update];
}
