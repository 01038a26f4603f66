/**
 * A chart's legend as an HTML list, drawn outside the chart's SVG so it wraps, prints and reads
 * as text. Each swatch repeats the series' second encoding — its fill pattern, or its dash and
 * marker — so the legend works without telling colours apart.
 */
import { seriesPatternId } from './chart-patterns';
import { SeriesMarker } from './series-marker';
import { seriesStyle } from './series-style';

export interface LegendSeries {
  id: string;
  name: string;
}

interface SeriesLegendProps {
  series: readonly LegendSeries[];
  /**
   * `fill`: bars with patterns (from the chart's <ChartPatterns prefix>); `line`: dash and
   * marker; `marker`: the marker alone, for dots that no line joins.
   */
  kind: 'fill' | 'line' | 'marker';
  patternPrefix?: string;
}

export function SeriesLegend({ series, kind, patternPrefix = '' }: SeriesLegendProps) {
  return (
    <ul className="series-legend">
      {series.map((entry, index) => {
        const style = seriesStyle(index);
        return (
          <li key={entry.id}>
            <svg width="32" height="16" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
              {kind === 'fill' ? (
                <rect
                  x="4"
                  y="1"
                  width="24"
                  height="14"
                  fill={`url(#${seriesPatternId(patternPrefix, index)})`}
                  stroke="#1f2328"
                  strokeWidth="0.75"
                />
              ) : (
                <>
                  {kind === 'line' && (
                    <line
                      x1="0"
                      y1="8"
                      x2="32"
                      y2="8"
                      stroke={style.color}
                      strokeWidth="2.5"
                      strokeDasharray={style.dash || undefined}
                    />
                  )}
                  <SeriesMarker
                    cx={16}
                    cy={8}
                    shape={style.marker}
                    color={style.color}
                    size={4.5}
                  />
                </>
              )}
            </svg>
            {entry.name}
          </li>
        );
      })}
    </ul>
  );
}
