/**
 * Line chart over reporting rounds, one line per series (a role's score, a trend's count);
 * lines differ by colour, dash and marker. A missing value is a gap in its line, with the words
 * for why (e.g. "Buyer: no score") at its round, above the axis. Loaded lazily with recharts.
 */
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, usePlotArea } from 'recharts';
import { useNarrowChart } from './chart-width';
import { SeriesLegend } from './series-legend';
import { SeriesMarker } from './series-marker';
import { seriesStyle } from './series-style';
import { inSeriesOrder } from './tooltip-order';

export interface RoundPoint {
  roundLabel: string;
  /** Value by series id. */
  values: Record<string, number | null>;
}

interface RoundLineSeries {
  id: string;
  label: string;
  /** Said at a round where the series has no value, e.g. "Buyer: no score"; series that
   * always have one (counts) need none. */
  missingLabel?: string;
}

interface RoundLineChartProps {
  points: readonly RoundPoint[];
  series: readonly RoundLineSeries[];
  formatValue: (value: number) => string;
  /** A fixed 0–100 axis for scores; counts let the axis follow the data. */
  scale: 'score' | 'count';
  valueAxisLabel: string;
}

const LABEL_STEP = 15;

/** The words for a missing value at its round, stacked up from the axis when several miss. */
function MissingPointLabel({ cx, order, text }: { cx: number; order: number; text: string }) {
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <text
      x={cx}
      y={plot.y + plot.height - 8 - order * LABEL_STEP}
      textAnchor="middle"
      fill="#3d4550"
      fontSize={12}
      fontStyle="italic"
    >
      {text}
    </text>
  );
}

const NARROW_PLOT_HEIGHT = 260;

export function RoundLineChart({
  points,
  series,
  formatValue,
  scale,
  valueAxisLabel,
}: RoundLineChartProps) {
  const data = points.map((point) => ({ roundLabel: point.roundLabel, ...point.values }));
  const labelledMissing = points.map((point) =>
    series.filter((entry) => entry.missingLabel && point.values[entry.id] == null),
  );
  // Narrow: a taller plot. The legend is the app's own list below it, which wraps as text does.
  const narrow = useNarrowChart();
  return (
    <div>
      <LineChart
        responsive
        data={data}
        style={
          narrow
            ? { width: '100%', height: NARROW_PLOT_HEIGHT }
            : { width: '100%', maxWidth: 760, aspectRatio: 1.9 }
        }
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" />
        <XAxis dataKey="roundLabel" stroke="#3d4550" />
        <YAxis
          {...(scale === 'score'
            ? { domain: [0, 100], ticks: [0, 25, 50, 75, 100] }
            : { allowDecimals: false })}
          stroke="#3d4550"
          width={56}
          label={{ value: valueAxisLabel, angle: -90, position: 'insideLeft', fill: '#3d4550' }}
        />
        <Tooltip
          itemSorter={inSeriesOrder}
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : value)}
        />
        {series.map((entry, index) => {
          const style = seriesStyle(index);
          return (
            <Line
              key={entry.id}
              dataKey={entry.id}
              name={entry.label}
              stroke={style.color}
              strokeWidth={2.5}
              strokeDasharray={style.dash}
              legendType="plainline"
              isAnimationActive={false}
              dot={(props) => {
                const order = labelledMissing[props.index]?.indexOf(entry) ?? -1;
                return props.value == null && entry.missingLabel && props.cx !== undefined ? (
                  <MissingPointLabel
                    key={props.key ?? undefined}
                    cx={props.cx}
                    order={Math.max(order, 0)}
                    text={entry.missingLabel}
                  />
                ) : (
                  <SeriesMarker
                    key={props.key ?? undefined}
                    cx={props.cx}
                    cy={props.cy}
                    shape={style.marker}
                    color={style.color}
                  />
                );
              }}
            />
          );
        })}
      </LineChart>
      <SeriesLegend series={series.map(({ id, label }) => ({ id, name: label }))} kind="line" />
    </div>
  );
}
