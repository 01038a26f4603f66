/**
 * One bar, drawn so that a 0 and a missing value never look alike or like nothing: a value
 * above 0 is a bar; a 0 is a short filled stub with "0" beside it; a missing value is a dashed,
 * empty stub with the words for why (e.g. "no score", "no assessment") at its place. Recharts
 * draws nothing for either, which a reader cannot tell from a bar that failed to load. Styles
 * are SVG attributes, so exported figures (which copy the SVG) show the same marks.
 * Used as a recharts Bar's `shape`; the bar's geometry must treat a missing value as 0, so that
 * recharts keeps its place.
 */
import type { BarShapeProps } from 'recharts';

/** How long the stub of a 0 or a missing value is, across the value axis, in pixels. */
const STUB = 4;
const LABEL_GAP = 4;
const INK = '#1f2328';
const MUTED = '#3d4550';

interface BarValueMarkProps {
  /** Recharts' rectangle for the bar, from the baseline to the value (0 when missing). */
  bar: BarShapeProps;
  value: number | null;
  /** Said at the bar's place when the value is missing. */
  missingLabel: string;
  formatValue: (value: number) => string;
  /** Columns grow up from the value axis at the bottom; rows grow right from the left. */
  orientation: 'column' | 'row';
  /** Label values above 0 too (a 0 and a missing value are always labelled). */
  labelAll?: boolean;
}

export function BarValueMark({
  bar,
  value,
  missingLabel,
  formatValue,
  orientation,
  labelAll = false,
}: BarValueMarkProps) {
  const { x, y, width, height, fill, stroke, strokeWidth } = bar;
  const column = orientation === 'column';
  const missing = value === null;
  const drawn = value !== null && value > 0;
  // A stub sits on the baseline: the bottom of a column, the left end of a row.
  const rect = drawn
    ? { x, y, width, height }
    : column
      ? { x, y: y + height - STUB, width, height: STUB }
      : { x, y, width: STUB, height };
  const label = missing ? missingLabel : drawn && !labelAll ? null : formatValue(value);
  const labelStyle = missing
    ? { fill: MUTED, fontSize: 12, fontStyle: 'italic' }
    : { fill: INK, fontSize: 12 };
  return (
    <g className={missing ? 'bar-mark bar-mark--missing' : 'bar-mark'}>
      <rect
        {...rect}
        fill={missing ? '#ffffff' : fill}
        stroke={missing ? MUTED : stroke}
        strokeWidth={missing ? 1 : strokeWidth}
        strokeDasharray={missing ? '3 2' : undefined}
      />
      {label !== null &&
        (column ? (
          // Upright above the bar when missing, so that long words fit a narrow column.
          <text
            x={rect.x + rect.width / 2}
            y={rect.y - LABEL_GAP}
            textAnchor={missing ? 'start' : 'middle'}
            dominantBaseline={missing ? 'central' : 'auto'}
            transform={
              missing
                ? `rotate(-90 ${String(rect.x + rect.width / 2)} ${String(rect.y - LABEL_GAP)})`
                : undefined
            }
            {...labelStyle}
          >
            {label}
          </text>
        ) : (
          <text
            x={rect.x + rect.width + LABEL_GAP}
            y={rect.y + rect.height / 2}
            dominantBaseline="central"
            {...labelStyle}
          >
            {label}
          </text>
        ))}
    </g>
  );
}
