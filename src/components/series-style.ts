/**
 * How chart series tell themselves apart without relying on colour: every series has a colour
 * (3:1 or more against white), a dash pattern for lines, a marker shape and a fill pattern.
 * Twelve series, so a comparison of up to twelve cities never repeats a style. The colours are
 * Okabe-Ito's, then Paul Tol's, ordered so the first few stay apart under the common colour
 * vision deficiencies, darkened where needed to reach 3:1; beyond the first few, the shapes,
 * dashes and patterns carry the difference.
 */
export type MarkerShape =
  | 'circle'
  | 'square'
  | 'triangle'
  | 'diamond'
  | 'cross'
  | 'star'
  | 'triangle-down'
  | 'plus'
  | 'hexagon'
  | 'circle-open'
  | 'square-open'
  | 'diamond-open';

export interface SeriesStyle {
  color: string;
  dash: string;
  marker: MarkerShape;
  /** Id of an SVG pattern defined by <ChartPatterns />. */
  pattern: string;
}

const colors = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#000000',
  '#332288',
  '#882255',
  '#cc79a7',
  '#9f9356',
  '#117733',
  '#aa3377',
  '#ee6677',
  '#4a9bc8',
];
const dashes = [
  '',
  '8 4',
  '2 4',
  '10 4 2 4',
  '4 4',
  '1 3',
  '12 3 3 3',
  '6 2 2 2 2 2',
  '14 4',
  '3 6',
  '8 2 2 2',
  '16 4 4 4',
];
const markers: MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'triangle-down',
  'plus',
  'hexagon',
  'circle-open',
  'square-open',
  'diamond-open',
];
const patternIds = [
  'pattern-solid',
  'pattern-diagonal',
  'pattern-dots',
  'pattern-cross',
  'pattern-horizontal',
  'pattern-vertical',
  'pattern-back-diagonal',
  'pattern-grid',
  'pattern-large-dots',
  'pattern-zigzag',
  'pattern-checker',
  'pattern-bricks',
];

export function seriesStyle(index: number): SeriesStyle {
  const at = index % colors.length;
  return {
    color: colors[at] ?? '#0072b2',
    dash: dashes[at] ?? '',
    marker: markers[at] ?? 'circle',
    pattern: patternIds[at] ?? 'pattern-solid',
  };
}
