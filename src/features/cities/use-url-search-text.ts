/**
 * A search box whose text lives in the URL. The router applies URL changes as transitions, a
 * step behind the keyboard, so an input bound to the URL alone would drop or reorder fast
 * keystrokes. The text is therefore kept here, copied into the URL once typing pauses
 * (use-search-address), and taken back from the URL only when the address changes for another
 * reason: back/forward, a link, a "clear" button.
 */
import { useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/** Marks the history entries made by typing, to tell them from every other change. */
export const typedNavigationState = { typedSearch: true } as const;

/** Whether a history entry was made by typing a search (its state is `typedNavigationState`). */
export function isTypedNavigation(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'typedSearch' in state;
}

export function useUrlSearchText(urlText: string): [string, (text: string) => void] {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [text, setText] = useState(urlText);
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (seenLocation !== location.key) {
    setSeenLocation(location.key);
    const typedHere = navigationType !== NavigationType.Pop && isTypedNavigation(location.state);
    if (!typedHere && text !== urlText) setText(urlText);
  }
  return [text, setText];
}
