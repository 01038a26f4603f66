/** Grouped bars: each compared city's score per role; cities differ by fill pattern and colour. */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartPatterns, seriesPatternId } from '../../components/chart-patterns';

export interface CompareRoleGroup {
  roleLabel: string;
  /** Score by city id. */
  scores: Record<string, number | null>;
}

interface CompareChartProps {
  groups: readonly CompareRoleGroup[];
  cities: readonly { id: string; name: string }[];
  formatScore: (score: number) => string;
}

export function CompareChart({ groups, cities, formatScore }: CompareChartProps) {
  const prefix = useId().replaceAll(':', '');
  const data = groups.map((group) => ({ roleLabel: group.roleLabel, ...group.scores }));
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={data}
      style={{ width: '100%', maxWidth: 900, aspectRatio: 2 }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
    >
      <ChartPatterns prefix={prefix} count={cities.length} />
      <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="roleLabel" stroke="#3d4550" interval={0} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="#3d4550" width={40} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? formatScore(value) : value)} />
      <Legend itemSorter={null} />
      {cities.map((city, index) => (
        <Bar
          key={city.id}
          dataKey={city.id}
          name={city.name}
          fill={`url(#${seriesPatternId(prefix, index)})`}
          stroke="#1f2328"
          strokeWidth={0.5}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
