/** Bar chart: how many cities are at each step of a round. */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { seriesStyle } from '../../components/series-style';

export interface ProgressBar {
  label: string;
  count: number;
}

export function RoundProgressChart({ bars }: { bars: readonly ProgressBar[] }) {
  return (
    <BarChart
      responsive
      accessibilityLayer={false}
      data={[...bars]}
      style={{ width: '100%', maxWidth: 760, aspectRatio: 2.4 }}
      margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" stroke="#3d4550" interval={0} />
      <YAxis allowDecimals={false} stroke="#3d4550" width={40} />
      <Bar dataKey="count" fill={seriesStyle(0).color} isAnimationActive={false}>
        <LabelList dataKey="count" position="top" fill="#1f2328" />
      </Bar>
    </BarChart>
  );
}
