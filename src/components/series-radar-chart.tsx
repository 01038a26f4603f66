/**
 * A radar ("spider") chart of up to twelve series over a few axes, e.g. cities' scores per role.
 * Recharts draws a missing value at the centre, which reads as 0; here a missing value is a
 * gap: the outline breaks there, the shape is not filled, no marker is drawn, and the words for
 * why (e.g. "Utrecht: no score") stand on its axis near the centre. A 0 keeps its marker there.
 * Series differ by dash and marker shape as well as colour; the tooltip follows the keyboard.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import { tooltipItemStyle } from './chart-tooltip-style';
import { useNarrowChart } from './chart-width';
import { SeriesLegend } from './series-legend';
import { SeriesMarker } from './series-marker';
import { seriesStyle } from './series-style';
import { inSeriesOrder } from './tooltip-order';

export interface RadarSeries {
  id: string;
  name: string;
  /** Value per axis id; null where the series has none. */
  values: Readonly<Record<string, number | null>>;
  /** Said on an axis where the series has no value, naming it, e.g. "Utrecht: no score". */
  missingLabel: string;
}

interface SeriesRadarChartProps {
  /** The chart's name for screen readers, e.g. its title. */
  title: string;
  axes: readonly { id: string; label: string }[];
  series: readonly RadarSeries[];
  formatValue: (value: number) => string;
  missingLabel: string;
  /** Says what the distance from the centre measures, e.g. "score (0–100)". */
  valueAxisLabel: string;
}

interface RadarPoint {
  x: number;
  y: number;
  value: unknown;
}

interface GappedPolygonProps {
  points?: readonly RadarPoint[];
  stroke?: string;
  strokeDasharray?: string;
  fill?: string;
  fillOpacity?: number;
}

const hasValue = (point: RadarPoint | undefined): point is RadarPoint =>
  typeof point?.value === 'number';

/** The outline, broken wherever a value is missing; filled only when nothing is missing. */
function GappedPolygon({
  points = [],
  stroke,
  strokeDasharray,
  fill,
  fillOpacity,
}: GappedPolygonProps) {
  const complete = points.length > 0 && points.every(hasValue);
  const segments = points.flatMap((point, index) => {
    const next = points[(index + 1) % points.length];
    return hasValue(point) && hasValue(next) && points.length > 1
      ? [`M${point.x},${point.y}L${next.x},${next.y}`]
      : [];
  });
  return (
    <g className="recharts-radar-polygon">
      {complete && (
        <path
          d={`M${points.map((point) => `${point.x},${point.y}`).join('L')}Z`}
          fill={fill}
          fillOpacity={fillOpacity}
          stroke="none"
        />
      )}
      <path
        d={segments.join('')}
        fill="none"
        stroke={stroke}
        strokeWidth={2}
        strokeDasharray={strokeDasharray}
      />
    </g>
  );
}

/** How far from the centre the first missing-value label on an axis stands, and the next. */
const MISSING_LABEL_OFFSET = 22;
const MISSING_LABEL_STEP = 15;

/**
 * The words for a missing value, on its axis: recharts puts the point at the centre, so the
 * label goes out along the axis' angle (recharts starts at 12 o'clock and turns clockwise).
 */
function MissingValueLabel({
  cx = 0,
  cy = 0,
  axisIndex,
  axisCount,
  order,
  text,
}: {
  cx: number | undefined;
  cy: number | undefined;
  axisIndex: number;
  axisCount: number;
  /** Which of the series missing on this axis this is, so that labels do not overlap. */
  order: number;
  text: string;
}) {
  const angle = ((90 - (axisIndex * 360) / axisCount) * Math.PI) / 180;
  const distance = MISSING_LABEL_OFFSET + order * MISSING_LABEL_STEP;
  const cos = Math.cos(angle);
  return (
    <text
      x={cx + distance * cos}
      y={cy - distance * Math.sin(angle)}
      textAnchor={cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle'}
      dominantBaseline="central"
      fill="#3d4550"
      fontSize={12}
      fontStyle="italic"
    >
      {text}
    </text>
  );
}

export function SeriesRadarChart({
  title,
  axes,
  series,
  formatValue,
  missingLabel,
  valueAxisLabel,
}: SeriesRadarChartProps) {
  const data = axes.map((axis) => ({
    label: axis.label,
    ...Object.fromEntries(series.map((entry) => [entry.id, entry.values[axis.id] ?? null])),
  }));
  const single = series.length === 1;
  const missingOn = axes.map((axis) => series.filter((entry) => entry.values[axis.id] == null));
  // Narrow: a square plot, smaller axis names that wrap, and less margin around them.
  const narrow = useNarrowChart();
  return (
    <div className="chart-with-legend">
      <RadarChart
        responsive
        title={title}
        data={data}
        outerRadius={narrow ? '80%' : '72%'}
        style={{ width: '100%', maxWidth: 640, aspectRatio: narrow ? 1 : 1.25 }}
        margin={
          narrow
            ? { top: 24, right: 8, bottom: 24, left: 8 }
            : { top: 16, right: 48, bottom: 16, left: 48 }
        }
      >
        <PolarGrid stroke="#9aa3ad" />
        <PolarAngleAxis
          dataKey="label"
          tick={{ fill: '#1f2328', ...(narrow ? { fontSize: 12, width: 80 } : { fontSize: 14 }) }}
        />
        <PolarRadiusAxis
          angle={90}
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={{ fill: '#3d4550', fontSize: 12 }}
          stroke="#6b7480"
        />
        <Tooltip
          itemSorter={inSeriesOrder}
          itemStyle={tooltipItemStyle}
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : missingLabel)}
        />
        {series.map((entry, index) => {
          const style = seriesStyle(index);
          return (
            <Radar
              key={entry.id}
              dataKey={entry.id}
              name={entry.name}
              stroke={style.color}
              strokeDasharray={style.dash || undefined}
              fill={style.color}
              fillOpacity={single ? 0.2 : 0}
              isAnimationActive={false}
              shape={(props: GappedPolygonProps) => <GappedPolygon {...props} />}
              dot={({ cx, cy, value, index: at }) =>
                typeof value === 'number' ? (
                  <SeriesMarker
                    key={at}
                    cx={cx}
                    cy={cy}
                    shape={style.marker}
                    color={style.color}
                    size={4}
                  />
                ) : (
                  <MissingValueLabel
                    key={at}
                    cx={cx}
                    cy={cy}
                    axisIndex={at}
                    axisCount={axes.length}
                    order={missingOn[at]?.indexOf(entry) ?? 0}
                    text={entry.missingLabel}
                  />
                )
              }
            />
          );
        })}
      </RadarChart>
      <p className="chart-axis-note">{valueAxisLabel}</p>
      <SeriesLegend series={series} kind="line" />
    </div>
  );
}
