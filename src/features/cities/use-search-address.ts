/**
 * Writes the cities list's search into the address once typing pauses, not at every keystroke:
 * each address change is a router navigation that renders the whole layout again, which on
 * 2,000 cities made a keystroke cost far more than filtering the list (issue 17). The list
 * itself follows the text at once (use-url-search-text keeps it).
 */
import { useContext, useEffect, useRef } from 'react';
import {
  NavigationType,
  UNSAFE_DataRouterContext as DataRouterContext,
  useLocation,
  useNavigation,
  useNavigationType,
} from 'react-router';
import type { SetURLSearchParams } from 'react-router';
import {
  parseCitiesView,
  serializeCitiesView,
  type CitiesView,
} from '../../lib/address-state/cities';
import { isTypedNavigation, typedNavigationState } from './use-url-search-text';

/** How long typing must pause before the search goes into the address, in ms. */
export const SEARCH_ADDRESS_PAUSE_MS = 300;

export interface SearchAddress {
  /** Puts `text` into the address once typing has paused for `SEARCH_ADDRESS_PAUSE_MS`. */
  write: (text: string) => void;
  /** Drops a search not written yet: the address is about to change for another reason. */
  cancel: () => void;
}

/**
 * `view`: the list's state as the address holds it now. A search waiting to be written is
 * dropped when the address changes, or starts to change, other than by typing (a filter,
 * back/forward, a link followed while its page loads), so it can never write an older view over
 * the new one or turn a reader back from the page they chose; and when the page goes. Text typed
 * while another page loads is therefore not written: the list is being left.
 */
export function useSearchAddress(
  view: CitiesView,
  setSearchParams: SetURLSearchParams,
): SearchAddress {
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const location = useLocation();
  const navigationType = useNavigationType();
  const cancel = () => {
    clearTimeout(pending.current);
    pending.current = undefined;
  };
  const typed = navigationType !== NavigationType.Pop && isTypedNavigation(location.state);
  useEffect(() => {
    if (!typed) cancel();
  }, [location.key, typed]);
  // A link followed from the list keeps the list shown while the next page loads.
  const navigation = useNavigation();
  const leaving = navigation.state !== 'idle' && !isTypedNavigation(navigation.location.state);
  const leavingNow = useRef(leaving);
  useEffect(() => {
    leavingNow.current = leaving;
    if (leaving) cancel();
  }, [leaving]);
  useEffect(() => cancel, []);
  // The router's own state, which is ahead of what React has drawn while a change renders.
  const router = useContext(DataRouterContext)?.router;
  const write = (text: string) => {
    cancel();
    // The address `view` was read from: if the router has moved on since, the view is old.
    const typedAt = location.key;
    pending.current = setTimeout(() => {
      pending.current = undefined;
      if (leavingNow.current) return;
      let shownQuery = view.query;
      if (router) {
        const { location: shown, navigation, historyAction } = router.state;
        const elsewhere =
          navigation.state !== 'idle' && !isTypedNavigation(navigation.location.state);
        const moved =
          shown.key !== typedAt &&
          (historyAction === NavigationType.Pop || !isTypedNavigation(shown.state));
        if (elsewhere || moved) return;
        // A search written since the keystroke is in the address now, though not yet drawn.
        shownQuery = parseCitiesView(new URLSearchParams(shown.search), new Set()).query;
      }
      // Typing a search starts one history entry and then keeps it up to date, so Back returns
      // to the list before the search rather than stepping through every letter.
      const continuing = shownQuery !== '' && text !== '';
      setSearchParams(serializeCitiesView({ ...view, query: text }), {
        replace: continuing,
        state: typedNavigationState,
        preventScrollReset: true,
      });
    }, SEARCH_ADDRESS_PAUSE_MS);
  };
  return { write, cancel };
}
