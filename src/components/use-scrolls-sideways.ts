/**
 * Whether an element's content is wider than the element, so it scrolls sideways: a frame that
 * scrolls must then be reachable with the keyboard (WCAG 2.1.1; axe's
 * "scrollable-region-focusable"), and one that does not should not add a Tab stop.
 */
import { useEffect, useState } from 'react';

export function useScrollsSideways(element: HTMLElement | null): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      setScrolls(element.scrollWidth > element.clientWidth);
    };
    const observer = new ResizeObserver(measure);
    // The frame resizes with the window, its content with its rows.
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    measure();
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return scrolls;
}
