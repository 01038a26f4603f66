/**
 * Tells the chart frames of a page that the page is shown as an embed of one of its charts:
 * the frame that draws that chart shows itself in the embed's visible area, the others draw
 * nothing. Outside an embed there is no context and frames show as usual.
 */
import { createContext } from 'react';

/** The chart an embed shows, and where. */
export interface EmbeddedChart {
  /** The figure's page and chart, as its `FigureName` names them. */
  page: string;
  chart: string;
  /** The embed's visible area, which the chart is drawn into (null until it is mounted). */
  area: HTMLElement | null;
  /** The full view with the same state, for the link under the chart. */
  fullViewPath: string;
  /** Says a frame shows the chart, until the function it returns is called. */
  claim: () => () => void;
}

export const EmbedContext = createContext<EmbeddedChart | null>(null);
