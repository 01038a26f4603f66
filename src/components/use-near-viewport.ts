/**
 * Whether a chart's area has come near the screen, so that a chart is drawn only when its reader
 * scrolls towards it (issue 17): drawing the overview's four charts at load kept a phone's main
 * thread busy for seconds, although on a phone none of them is on the first screen.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How far beyond the screen, above and below, an area counts as near: a quarter of the screen's
 * height, so a chart is usually drawn before it scrolls into view, while on a phone the first
 * chart of the overview (a screen and a half down) still waits.
 */
export const NEAR_VIEWPORT_MARGIN = '25% 0px';

/**
 * True once `element` has been within `NEAR_VIEWPORT_MARGIN` of the viewport, and from then on;
 * true at once when `eager` (a figure drawn off screen for an export, an embed), when the browser
 * has no IntersectionObserver (jsdom), and when the page is printed, so that a printout shows
 * every chart. False while there is no element.
 */
export function useNearViewport(element: Element | null, eager: boolean): boolean {
  const [near, setNear] = useState(false);
  const shown = eager || near;
  useEffect(() => {
    if (shown || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: NEAR_VIEWPORT_MARGIN },
    );
    observer.observe(element);
    // The print preview is made right after this event: the charts must be drawn by then.
    const drawForPrint = () => {
      flushSync(() => {
        setNear(true);
      });
    };
    window.addEventListener('beforeprint', drawForPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', drawForPrint);
    };
  }, [element, shown]);
  return shown;
}
