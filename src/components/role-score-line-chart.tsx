/** Line chart: a score per charter role, round by round (an average, or one city). Loaded lazily with recharts. */
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { SeriesMarker } from './series-marker';
import { seriesStyle } from './series-style';
import type { RoleId } from '../domain/charter';

export interface RoleAveragePoint {
  roundLabel: string;
  scores: Record<RoleId, number | null>;
}

interface RoleAverageChartProps {
  points: readonly RoleAveragePoint[];
  roles: readonly { id: RoleId; label: string }[];
  formatScore: (score: number) => string;
}

export function RoleAverageChart({ points, roles, formatScore }: RoleAverageChartProps) {
  const data = points.map((point) => ({ roundLabel: point.roundLabel, ...point.scores }));
  return (
    <LineChart
      responsive
      accessibilityLayer={false}
      data={data}
      style={{ width: '100%', maxWidth: 760, aspectRatio: 1.9 }}
      margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
      <XAxis dataKey="roundLabel" stroke="#3d4550" />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="#3d4550" width={40} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? formatScore(value) : value)} />
      <Legend itemSorter={null} height={36} />
      {roles.map((role, index) => {
        const style = seriesStyle(index);
        return (
          <Line
            key={role.id}
            dataKey={role.id}
            name={role.label}
            stroke={style.color}
            strokeWidth={2.5}
            strokeDasharray={style.dash}
            legendType="plainline"
            isAnimationActive={false}
            dot={(props) => (
              <SeriesMarker
                key={props.key ?? undefined}
                cx={props.cx}
                cy={props.cy}
                shape={style.marker}
                color={style.color}
              />
            )}
          />
        );
      })}
    </LineChart>
  );
}
