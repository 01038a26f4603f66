/**
 * Moves focus once the next render is on screen: for a control that an action brings back
 * (a Cancel that swaps a form for the button that opened it), which does not exist yet when
 * the action runs, so focus would otherwise drop to <body>.
 */
import { useCallback, useEffect, useRef } from 'react';

/** Returns `focusLater(id)`: focus the element with that id after the coming render. */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
