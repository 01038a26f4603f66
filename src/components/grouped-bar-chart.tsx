/**
 * Grouped bars on a 0–100 score axis: one group per category (e.g. a role), one bar per series
 * (cities, rounds, the group average); series differ by fill pattern as well as colour. A 0 is a
 * labelled stub and a missing score is labelled at its place (see BarValueMark), never a gap;
 * the tooltip (which follows the keyboard) says the same.
 */
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { BarValueMark } from './bar-value-mark';
import { tooltipItemStyle } from './chart-tooltip-style';
import { ChartPatterns, seriesPatternId } from './chart-patterns';
import { useNarrowChart } from './chart-width';
import { SeriesLegend } from './series-legend';
import { inSeriesOrder } from './tooltip-order';

export interface BarGroup {
  label: string;
  /** Score by series id; null where the series has none. */
  scores: Record<string, number | null>;
  /** Why a score is missing, by series id, e.g. "no assessment"; the chart's missingLabel if not given. */
  missingLabels?: Record<string, string>;
}

interface GroupedBarChartProps {
  title: string;
  groups: readonly BarGroup[];
  series: readonly { id: string; name: string }[];
  formatScore: (score: number) => string;
  /** Said where a score is missing, unless its group says why. */
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
  const missingLabelOf = (group: BarGroup | undefined, seriesId: string) =>
    group?.missingLabels?.[seriesId] ?? missingLabel;
  // Narrow: taller, and category names wrap within their group's width.
  const narrow = useNarrowChart();
  return (
    <div className="chart-with-legend">
      <BarChart
        responsive
        title={title}
        data={[...groups]}
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
          itemSorter={inSeriesOrder}
          itemStyle={tooltipItemStyle}
          formatter={(_value, _name, item, index) => {
            const group = groups.find(
              (candidate) =>
                candidate.label === (item.payload as { label?: unknown } | undefined)?.label,
            );
            const seriesId = series[index]?.id ?? '';
            const score = group?.scores[seriesId] ?? null;
            return score === null ? missingLabelOf(group, seriesId) : formatScore(score);
          }}
        />
        {series.map((entry, index) => (
          <Bar
            key={entry.id}
            // A missing score keeps its place (as 0) so that its mark can say it is missing.
            dataKey={(group: BarGroup) => group.scores[entry.id] ?? 0}
            name={entry.name}
            fill={`url(#${seriesPatternId(prefix, index)})`}
            stroke="#1f2328"
            strokeWidth={0.5}
            isAnimationActive={false}
            shape={(bar: BarShapeProps) => {
              const group = groups[bar.originalDataIndex];
              return (
                <BarValueMark
                  key={bar.originalDataIndex}
                  bar={bar}
                  value={group?.scores[entry.id] ?? null}
                  missingLabel={missingLabelOf(group, entry.id)}
                  formatValue={formatScore}
                  orientation="column"
                />
              );
            }}
          />
        ))}
      </BarChart>
      <SeriesLegend series={series} kind="fill" patternPrefix={prefix} />
    </div>
  );
}
