/** Stacked bars: for each key trend, how many cities report it established, emerging or not observed. */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPatterns, seriesPatternId } from './chart-patterns';
import { useNarrowChart } from './chart-width';
import type { TrendStatus } from '../domain/charter';
import { SeriesLegend } from './series-legend';
import { inSeriesOrder } from './tooltip-order';

export interface TrendAdoptionRow {
  trendLabel: string;
  counts: Record<TrendStatus, number>;
}

interface TrendAdoptionChartProps {
  rows: readonly TrendAdoptionRow[];
  statuses: readonly { id: TrendStatus; label: string }[];
  valueAxisLabel: string;
}

const NARROW_ROW_HEIGHT = 52;

export function TrendAdoptionChart({ rows, statuses, valueAxisLabel }: TrendAdoptionChartProps) {
  const prefix = useId().replaceAll(':', '');
  const data = rows.map((row) => ({ trendLabel: row.trendLabel, ...row.counts }));
  // Narrow: the labels get a third of the width and wrap, so the bars keep the rest, and each
  // row is tall enough for three lines of label.
  const narrow = useNarrowChart();
  const labelWidth = narrow ? 112 : 260;
  return (
    <div>
      <BarChart
        responsive
        layout="vertical"
        data={data}
        style={
          narrow
            ? { width: '100%', height: rows.length * NARROW_ROW_HEIGHT + 60 }
            : { width: '100%', maxWidth: 960, aspectRatio: 1.5 }
        }
        margin={{ top: 8, right: narrow ? 8 : 16, bottom: 8, left: narrow ? 0 : 8 }}
      >
        <ChartPatterns prefix={prefix} count={statuses.length} />
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          allowDecimals={false}
          stroke="#3d4550"
          height={40}
          label={{ value: valueAxisLabel, position: 'insideBottom', fill: '#3d4550' }}
        />
        <YAxis
          type="category"
          dataKey="trendLabel"
          width={labelWidth}
          interval={0}
          stroke="#3d4550"
          tick={{ fontSize: 12, width: labelWidth - 8 }}
        />
        <Tooltip itemSorter={inSeriesOrder} />
        {statuses.map((status, index) => (
          <Bar
            key={status.id}
            dataKey={status.id}
            name={status.label}
            stackId="adoption"
            fill={`url(#${seriesPatternId(prefix, index)})`}
            stroke="#1f2328"
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <SeriesLegend
        series={statuses.map(({ id, label }) => ({ id, name: label }))}
        kind="fill"
        patternPrefix={prefix}
      />
    </div>
  );
}
