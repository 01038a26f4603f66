/**
 * How chart series tell themselves apart without relying on colour: every series has a colour
 * (3:1 or more against white), a dash pattern for lines, a marker shape and a fill pattern.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

export interface SeriesStyle {
  color: string;
  dash: string;
  marker: MarkerShape;
  /** Id of an SVG pattern defined by <ChartPatterns />. */
  pattern: string;
}

const colors = ['#1d4e89', '#b5451b', '#2e7d32', '#6a3d9a', '#8a5a00', '#a0225b'];
const dashes = ['', '8 4', '2 4', '10 4 2 4', '4 4', '1 3'];
const markers: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'];
export const patternIds = [
  'pattern-solid',
  'pattern-diagonal',
  'pattern-dots',
  'pattern-cross',
  'pattern-horizontal',
  'pattern-vertical',
];

export function seriesStyle(index: number): SeriesStyle {
  const at = index % colors.length;
  return {
    color: colors[at] ?? '#1d4e89',
    dash: dashes[at] ?? '',
    marker: markers[at] ?? 'circle',
    pattern: patternIds[at] ?? 'pattern-solid',
  };
}
