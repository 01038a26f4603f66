/**
 * One horizontal bar per entry, in the order given (e.g. a ranking), each labelled with its
 * value. A 0 is a labelled stub; an entry without a value keeps its row, with a dashed empty stub
 * and the words for why (e.g. "no score") where the bar would start (see BarValueMark). The
 * tooltip follows the keyboard.
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { BarValueMark } from './bar-value-mark';
import { tooltipItemStyle } from './chart-tooltip-style';
import { ChartPatterns, seriesPatternId } from './chart-patterns';
import { useNarrowChart } from './chart-width';
import { SeriesLegend } from './series-legend';

export interface RankedBar {
  id: string;
  label: string;
  value: number | null;
  /** Why the value is missing, e.g. "no assessment"; the chart's missingLabel if not given. */
  missingLabel?: string;
}

interface RankedBarChartProps {
  title: string;
  bars: readonly RankedBar[];
  /** The one series' name, for the legend and tooltip, e.g. "Overall score, 2022". */
  seriesName: string;
  formatValue: (value: number) => string;
  missingLabel: string;
  valueAxisLabel: string;
  categoryAxisLabel: string;
}

const ROW_HEIGHT = 30;
/** Room for a name wrapped onto two lines. */
const NARROW_ROW_HEIGHT = 40;

export function RankedBarChart({
  title,
  bars,
  seriesName,
  formatValue,
  missingLabel,
  valueAxisLabel,
  categoryAxisLabel,
}: RankedBarChartProps) {
  const prefix = useId().replaceAll(':', '');
  // Narrow: the names get a third of the width and wrap, so the bars keep the rest.
  const narrow = useNarrowChart();
  const labelWidth = narrow ? 96 : 190;
  const labelOf = (bar: RankedBar | undefined) =>
    typeof bar?.value === 'number' ? formatValue(bar.value) : (bar?.missingLabel ?? missingLabel);
  return (
    <div className="chart-with-legend">
      <BarChart
        responsive
        title={title}
        layout="vertical"
        data={[...bars]}
        style={{
          width: '100%',
          maxWidth: 860,
          height: bars.length * (narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT) + 72,
        }}
        margin={{ top: 8, right: narrow ? 40 : 56, bottom: 28, left: narrow ? 0 : 8 }}
        barCategoryGap="20%"
      >
        <ChartPatterns prefix={prefix} count={1} />
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
          itemStyle={tooltipItemStyle}
          formatter={(_value, _name, item) =>
            labelOf(
              bars.find((bar) => bar.id === (item.payload as { id?: unknown } | undefined)?.id),
            )
          }
        />
        <Bar
          // A missing value keeps its row (as 0) so that its mark can say it is missing.
          dataKey={(bar: RankedBar) => bar.value ?? 0}
          name={seriesName}
          fill={`url(#${seriesPatternId(prefix, 0)})`}
          stroke="#1f2328"
          strokeWidth={0.5}
          isAnimationActive={false}
          shape={(shape: BarShapeProps) => {
            const bar = bars[shape.originalDataIndex];
            return (
              <BarValueMark
                key={shape.originalDataIndex}
                bar={shape}
                value={bar?.value ?? null}
                missingLabel={bar?.missingLabel ?? missingLabel}
                formatValue={formatValue}
                orientation="row"
                labelAll
              />
            );
          }}
        />
      </BarChart>
      <SeriesLegend
        series={[{ id: 'value', name: seriesName }]}
        kind="fill"
        patternPrefix={prefix}
      />
    </div>
  );
}
