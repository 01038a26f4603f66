/**
 * One series of bars, each labelled with its value: a city's role scores, a round's progress.
 * A 0 is a labelled stub and a missing value says so at its place (see BarValueMark).
 */
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { BarValueMark } from './bar-value-mark';
import { useNarrowChart } from './chart-width';
import { seriesStyle } from './series-style';

export interface LabelledBar {
  label: string;
  /** Null where there is none, e.g. a role with nothing assessed. */
  value: number | null;
}

interface LabelledBarChartProps {
  bars: readonly LabelledBar[];
  formatValue: (value: number) => string;
  /** Said at a bar's place when its value is missing. */
  missingLabel: string;
  /** A fixed 0–100 axis for scores; counts let the axis follow the data. */
  scale: 'score' | 'count';
  aspectRatio: number;
  valueAxisLabel: string;
}

export function LabelledBarChart({
  bars,
  formatValue,
  missingLabel,
  scale,
  aspectRatio,
  valueAxisLabel,
}: LabelledBarChartProps) {
  // Narrow: taller, and category names slanted under their bar, so long single words
  // ("Zurückgegeben") never run into their neighbours' on a phone.
  const narrow = useNarrowChart();
  const axisLabel = {
    value: valueAxisLabel,
    angle: -90,
    position: 'insideLeft' as const,
    fill: '#3d4550',
  };
  return (
    <BarChart
      responsive
      data={[...bars]}
      style={{ width: '100%', maxWidth: 760, aspectRatio: narrow ? aspectRatio / 2 : aspectRatio }}
      margin={{ top: 24, right: 16, bottom: 8, left: 0 }}
    >
      <CartesianGrid stroke="#d0d4da" strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="label"
        stroke="#3d4550"
        interval={0}
        height={narrow ? 96 : 30}
        tick={narrow ? { fontSize: 12, angle: -40, textAnchor: 'end' } : true}
      />
      {scale === 'score' ? (
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          stroke="#3d4550"
          width={56}
          label={axisLabel}
        />
      ) : (
        <YAxis allowDecimals={false} stroke="#3d4550" width={56} label={axisLabel} />
      )}
      <Bar
        // A missing value keeps its place (as 0) so that its mark can say it is missing.
        dataKey={(bar: LabelledBar) => bar.value ?? 0}
        fill={seriesStyle(0).color}
        isAnimationActive={false}
        shape={(shape: BarShapeProps) => (
          <BarValueMark
            key={shape.originalDataIndex}
            bar={shape}
            value={bars[shape.originalDataIndex]?.value ?? null}
            missingLabel={missingLabel}
            formatValue={formatValue}
            orientation="column"
            labelAll
          />
        )}
      />
    </BarChart>
  );
}
