/**
 * What a chart hands over to be exported: its words, its numbers and what its files are named
 * after. The export menu makes one file of it; the round pack makes many, from every chart it
 * has collected.
 */
import type { ChartData } from '../chart-data';
import type { FigureName } from './figure-file-name';

export interface ChartExportContent {
  title: string;
  subtitle?: string | undefined;
  summary: string;
  /** E.g. that the chart shows one page of a larger group; printed under the subtitle. */
  note?: string | undefined;
  data: ChartData;
  name: FigureName;
}

/** A chart collected for a builder of many files: its latest content, and where it is drawn. */
export interface CollectedFigure {
  content: () => ChartExportContent;
  chartArea: () => Promise<Element>;
}
