/**
 * Shows a native <dialog> as a modal while the component lives: the browser makes the rest of
 * the page inert and keeps focus inside. The safe choice gets focus on open; when the dialog
 * goes, focus goes back to the control that opened it, or, when that control is gone (the
 * action removed it), to `fallback`, so a keyboard or screen reader user is never left on <body>.
 */
import { useEffect, type RefObject } from 'react';

export function useModalDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  safeChoice: RefObject<HTMLElement | null>,
  fallback?: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    safeChoice.current?.focus();
    return () => {
      if (element?.open) element.close();
      // Something else took focus meanwhile (a page that moved it on purpose): leave it there.
      const focused = document.activeElement;
      if (focused && focused !== document.body && !element?.contains(focused)) return;
      (opener?.isConnected ? opener : fallback?.current)?.focus();
    };
  }, [dialog, safeChoice, fallback]);
}
