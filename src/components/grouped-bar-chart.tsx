/**
 * Grouped bars on a 0–100 score axis: one group per category (e.g. a role), one bar per series
 * (e.g. this round, the previous round, the group average). Series differ by fill pattern as
 * well as colour; a missing value is a gap, never a bar at 0.
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPatterns, seriesPatternId } from './chart-patterns';

export interface BarGroup {
  label: string;
  /** Value by series id; null where the series has no score. */
  values: Record<string, number | null>;
}

interface GroupedBarChartProps {
  groups: readonly BarGroup[];
  series: readonly { id: string; name: string }[];
  formatValue: (value: number) => string;
  valueAxisLabel: string;
  aspectRatio?: number;
}

export function GroupedBarChart({
  groups,
  series,
  formatValue,
  valueAxisLabel,
  aspectRatio = 2,
}: GroupedBarChartProps) {
  const prefix = useId().replaceAll(':', '');
  const data = groups.map((group) => ({ label: group.label, ...group.values }));
  return (
    <BarChart
      responsive
      data={data}
      style={{ width: '100%', maxWidth: 860, aspectRatio }}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <ChartPatterns prefix={prefix} count={series.length} />
      <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" stroke="#3d4550" interval={0} />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        stroke="#3d4550"
        width={56}
        label={{ value: valueAxisLabel, angle: -90, position: 'insideLeft', fill: '#3d4550' }}
      />
      <Tooltip formatter={(value) => (typeof value === 'number' ? formatValue(value) : value)} />
      <Legend itemSorter={null} />
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
  );
}
