/**
 * Grouped bars on a 0–100 score axis: one group per category (e.g. a role), one bar per series
 * (cities, rounds, the group average); series differ by fill pattern as well as colour. A missing
 * score is a gap, and the tooltip (which follows the keyboard) says so.
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { tooltipItemStyle } from './chart-tooltip-style';
import { ChartPatterns, seriesPatternId } from './chart-patterns';
import { useNarrowChart } from './chart-width';
import { SeriesLegend } from './series-legend';

export interface BarGroup {
  label: string;
  /** Score by series id; null where the series has none. */
  scores: Record<string, number | null>;
}

interface GroupedBarChartProps {
  title: string;
  groups: readonly BarGroup[];
  series: readonly { id: string; name: string }[];
  formatScore: (score: number) => string;
  missingLabel: string;
  valueAxisLabel: string;
  categoryAxisLabel: string;
}

export function GroupedBarChart({
  title,
  groups,
  series,
  formatScore,
  missingLabel,
  valueAxisLabel,
  categoryAxisLabel,
}: GroupedBarChartProps) {
  const prefix = useId().replaceAll(':', '');
  const data = groups.map((group) => ({ label: group.label, ...group.scores }));
  // Narrow: taller, and category names wrap within their group's width.
  const narrow = useNarrowChart();
  return (
    <div className="chart-with-legend">
      <BarChart
        responsive
        title={title}
        data={data}
        style={{ width: '100%', maxWidth: 900, aspectRatio: narrow ? 0.9 : 2 }}
        margin={{ top: 8, right: narrow ? 4 : 16, bottom: 28, left: narrow ? 0 : 16 }}
      >
        <ChartPatterns prefix={prefix} count={series.length} />
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          stroke="#3d4550"
          interval={0}
          height={narrow ? 64 : 30}
          tick={{ fill: '#1f2328', ...(narrow && { fontSize: 12, width: 60 }) }}
          label={{
            value: categoryAxisLabel,
            position: 'insideBottom',
            offset: -16,
            fill: '#3d4550',
          }}
        />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          stroke="#3d4550"
          width={56}
          label={{ value: valueAxisLabel, angle: -90, position: 'insideLeft', fill: '#3d4550' }}
        />
        <Tooltip
          itemStyle={tooltipItemStyle}
          formatter={(value) => (typeof value === 'number' ? formatScore(value) : missingLabel)}
        />
        {series.map((entry, index) => (
          <Bar
            key={entry.id}
            dataKey={entry.id}
            name={entry.name}
            fill={`url(#${seriesPatternId(prefix, index)})`}
            stroke="#1f2328"
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <SeriesLegend series={series} kind="fill" patternPrefix={prefix} />
    </div>
  );
}
