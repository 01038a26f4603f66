/**
 * Lets a builder of many files (the round pack) reach every chart drawn inside it: each chart
 * frame under a collector registers what it would export and where it is drawn. Outside a
 * collector, frames register nothing.
 */
import { createContext, useContext, useEffect, useId, useRef } from 'react';
import type { ChartExportContent, CollectedFigure } from '../lib/export/chart-export-content';

export interface FigureCollector {
  register: (id: string, figure: CollectedFigure) => () => void;
}

export const FigureCollectorContext = createContext<FigureCollector | null>(null);

/** Registers the frame's figure while it is mounted, always with its latest content. */
export function useCollectedFigure(
  content: ChartExportContent,
  chartArea: () => Promise<Element>,
): void {
  const collector = useContext(FigureCollectorContext);
  const id = useId();
  const latest = useRef({ content, chartArea });
  useEffect(() => {
    latest.current = { content, chartArea };
  });
  useEffect(() => {
    if (!collector) return;
    return collector.register(id, {
      content: () => latest.current.content,
      chartArea: () => latest.current.chartArea(),
    });
  }, [collector, id]);
}
