/**
 * How wide the area a chart is drawn in, measured by its ChartFrame. Charts lay themselves out
 * for that width rather than the screen's: a phone gets tall charts with wrapped labels, while
 * the same chart drawn off screen for an exported figure keeps the wide layout.
 */
import { createContext, useContext, useEffect, useState } from 'react';

/** The chart area's width in CSS pixels; null until measured (and always in jsdom). */
export const ChartWidthContext = createContext<number | null>(null);

/** Below this, axis labels get a narrow column of their own and wrap. */
const NARROW_CHART_WIDTH = 560;

/** Whether the chart is drawn in a narrow area: a phone, or a narrow window. */
export function useNarrowChart(): boolean {
  const width = useContext(ChartWidthContext);
  return width !== null && width < NARROW_CHART_WIDTH;
}

/** The width of `element`, kept current as it resizes; null while there is none. */
export function useElementWidth(element: HTMLElement | null): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [element]);
  return width;
}
