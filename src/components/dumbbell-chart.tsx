/**
 * A dumbbell chart: one row per entry with its value at two moments (e.g. two rounds) as two
 * markers of different shape and colour, joined by a bar. A missing value has no marker, and a
 * row missing either value has no bar — nothing is drawn at 0. The tooltip follows the keyboard.
 */
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { tooltipItemStyle } from './chart-tooltip-style';
import { useNarrowChart } from './chart-width';
import { SeriesLegend } from './series-legend';
import { SeriesMarker } from './series-marker';
import { seriesStyle } from './series-style';
import { inSeriesOrder } from './tooltip-order';

export interface DumbbellRow {
  id: string;
  label: string;
  from: number | null;
  to: number | null;
}

interface DumbbellChartProps {
  title: string;
  rows: readonly DumbbellRow[];
  fromName: string;
  toName: string;
  formatValue: (value: number) => string;
  missingLabel: string;
  valueAxisLabel: string;
  categoryAxisLabel: string;
}

const ROW_HEIGHT = 32;
/** Room for a name wrapped onto two lines. */
const NARROW_ROW_HEIGHT = 40;

export function DumbbellChart({
  title,
  rows,
  fromName,
  toName,
  formatValue,
  missingLabel,
  valueAxisLabel,
  categoryAxisLabel,
}: DumbbellChartProps) {
  const data = rows.map((row) => ({
    ...row,
    span: row.from !== null && row.to !== null ? [row.from, row.to].sort((a, b) => a - b) : null,
  }));
  // Narrow: the names get a third of the width and wrap, so the rows keep the rest.
  const narrow = useNarrowChart();
  const labelWidth = narrow ? 96 : 170;
  const ends = [
    { key: 'from', name: fromName, style: seriesStyle(0) },
    { key: 'to', name: toName, style: seriesStyle(1) },
  ] as const;
  return (
    <div className="chart-with-legend">
      <ComposedChart
        responsive
        title={title}
        layout="vertical"
        data={data}
        style={{
          width: '100%',
          maxWidth: 860,
          height: rows.length * (narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT) + 72,
        }}
        margin={{ top: 8, right: narrow ? 12 : 24, bottom: 28, left: narrow ? 0 : 8 }}
      >
        <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          stroke="#3d4550"
          label={{ value: valueAxisLabel, position: 'insideBottom', offset: -16, fill: '#3d4550' }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          interval={0}
          stroke="#3d4550"
          tick={{ fill: '#1f2328', ...(narrow && { fontSize: 12, width: labelWidth - 28 }) }}
          label={{ value: categoryAxisLabel, angle: -90, position: 'insideLeft', fill: '#3d4550' }}
        />
        <Tooltip
          itemSorter={inSeriesOrder}
          itemStyle={tooltipItemStyle}
          formatter={(value) => (typeof value === 'number' ? formatValue(value) : missingLabel)}
        />
        <Bar
          dataKey="span"
          barSize={4}
          fill="#6b7480"
          tooltipType="none"
          legendType="none"
          isAnimationActive={false}
        />
        {ends.map(({ key, name, style }) => (
          <Line
            key={key}
            dataKey={key}
            name={name}
            stroke="none"
            isAnimationActive={false}
            activeDot={false}
            dot={({ cx, cy, value, index }) =>
              typeof value === 'number' ? (
                <SeriesMarker
                  key={index}
                  cx={cx}
                  cy={cy}
                  shape={style.marker}
                  color={style.color}
                  size={6}
                />
              ) : (
                <g key={index} />
              )
            }
          />
        ))}
      </ComposedChart>
      <SeriesLegend series={ends.map(({ key, name }) => ({ id: key, name }))} kind="marker" />
    </div>
  );
}
