/**
 * Whether a chart's area has come near the screen, so that a chart is drawn only when its reader
 * scrolls towards it (issue 17): drawing the overview's four charts at load kept a phone's main
 * thread busy for seconds, although on a phone none of them is on the first screen.
 */
import { useEffect, useState } from 'react';

/**
 * How far beyond the screen, above and below, an area counts as near: a quarter of the screen's
 * height, so a chart is usually drawn before it scrolls into view, while on a phone the first
 * chart of the overview (a screen and a half down) still waits.
 */
export const NEAR_VIEWPORT_MARGIN = '25% 0px';

/**
 * True while `eager` (a figure drawn off screen for an export, an embed), and from the render
 * after `element` first comes within `NEAR_VIEWPORT_MARGIN` of the viewport on; in a browser
 * without IntersectionObserver (jsdom), from the render after `element` is there.
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
    return () => {
      observer.disconnect();
    };
  }, [element, shown]);
  return shown;
}
