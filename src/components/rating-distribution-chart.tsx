/**
 * How a large group's ratings spread over each commitment: one bar per commitment, split into
 * the share of cities that gave each answer, missing answers included as their own parts.
 * Each part has its rating's colour and pattern; the tooltip (which follows the keyboard)
 * gives the number of cities.
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { tooltipItemStyle } from './chart-tooltip-style';
import type { RatingCell } from '../domain/rating-distribution';
import { RatingLegend } from './rating-legend';
import { RatingPatterns, ratingPatternId } from './rating-patterns';
import { inSeriesOrder } from './tooltip-order';

export interface DistributionRow {
  id: string;
  label: string;
  counts: Readonly<Record<RatingCell, number>>;
}

interface RatingDistributionChartProps {
  title: string;
  rows: readonly DistributionRow[];
  parts: readonly { cell: RatingCell; label: string }[];
  formatCount: (count: number) => string;
  formatShare: (share: number) => string;
  valueAxisLabel: string;
  categoryAxisLabel: string;
}

const ROW_HEIGHT = 30;

export function RatingDistributionChart({
  title,
  rows,
  parts,
  formatCount,
  formatShare,
  valueAxisLabel,
  categoryAxisLabel,
}: RatingDistributionChartProps) {
  const prefix = useId().replaceAll(':', '');
  const data = rows.map((row) => ({ label: row.label, ...row.counts }));
  return (
    <div className="chart-with-legend">
      <BarChart
        responsive
        title={title}
        layout="vertical"
        data={data}
        stackOffset="expand"
        style={{ width: '100%', maxWidth: 860, height: rows.length * ROW_HEIGHT + 72 }}
        margin={{ top: 8, right: 24, bottom: 28, left: 8 }}
      >
        <RatingPatterns prefix={prefix} />
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={formatShare}
          stroke="#3d4550"
          label={{ value: valueAxisLabel, position: 'insideBottom', offset: -16, fill: '#3d4550' }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={72}
          interval={0}
          stroke="#3d4550"
          tick={{ fill: '#1f2328' }}
          label={{ value: categoryAxisLabel, angle: -90, position: 'insideLeft', fill: '#3d4550' }}
        />
        <Tooltip
          itemSorter={inSeriesOrder}
          itemStyle={tooltipItemStyle}
          formatter={(value) => (typeof value === 'number' ? formatCount(value) : value)}
        />
        {parts.map(({ cell, label }) => (
          <Bar
            key={cell}
            dataKey={cell}
            name={label}
            stackId="ratings"
            fill={`url(#${ratingPatternId(prefix, cell)})`}
            stroke="#1f2328"
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <RatingLegend entries={parts} patternPrefix={prefix} />
    </div>
  );
}
