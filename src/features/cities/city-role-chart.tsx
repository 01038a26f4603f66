/** Bar chart: a city's score in each charter role for one round. */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { seriesStyle } from '../../components/series-style';

export interface RoleBar {
  label: string;
  /** Null when the role has no assessed commitment; drawn as a gap. */
  score: number | null;
}

export function CityRoleChart({
  bars,
  formatScore,
}: {
  bars: readonly RoleBar[];
  formatScore: (score: number) => string;
}) {
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={[...bars]}
      style={{ width: '100%', maxWidth: 760, aspectRatio: 2.2 }}
      margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" stroke="#3d4550" interval={0} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="#3d4550" width={40} />
      <Bar dataKey="score" fill={seriesStyle(0).color} isAnimationActive={false}>
        <LabelList
          dataKey="score"
          position="top"
          fill="#1f2328"
          formatter={(value) => (typeof value === 'number' ? formatScore(value) : '')}
        />
      </Bar>
    </BarChart>
  );
}
