/**
 * A rating's symbol drawn as SVG shapes, not as a character: ● ◐ ○ are missing from most text
 * typefaces, so as characters they would change shape from one viewer of an exported figure
 * to the next. "?" and "–" are in the app's typeface, but are drawn as shapes too, alike.
 */
import type { RatingCell } from '../domain/rating-distribution';

interface RatingSymbolProps {
  cell: RatingCell;
  cx: number;
  cy: number;
  ink: string;
  /** The symbol's radius, in the SVG's units. */
  size?: number;
}

export function RatingSymbol({ cell, cx, cy, ink, size = 6 }: RatingSymbolProps) {
  const r = size;
  switch (cell) {
    case 'fully':
      return <circle cx={cx} cy={cy} r={r} fill={ink} />;
    case 'partly':
      return (
        <g>
          <circle cx={cx} cy={cy} r={r - 0.75} fill="none" stroke={ink} strokeWidth={1.5} />
          <path d={`M${cx},${cy - r} A${r},${r} 0 0 0 ${cx},${cy + r} Z`} fill={ink} />
        </g>
      );
    case 'not_at_all':
      return <circle cx={cx} cy={cy} r={r - 0.75} fill="none" stroke={ink} strokeWidth={1.5} />;
    case 'not_applicable':
      return <line x1={cx - r} y1={cy} x2={cx + r} y2={cy} stroke={ink} strokeWidth={1.75} />;
    case 'not_assessed':
      return (
        <path
          d={`M${cx - r * 0.55},${cy - r * 0.45} A${r * 0.55},${r * 0.55} 0 1 1 ${cx},${cy + r * 0.15} L${cx},${cy + r * 0.45} M${cx},${cy + r * 0.75} L${cx},${cy + r}`}
          fill="none"
          stroke={ink}
          strokeWidth={1.75}
        />
      );
    case 'unanswered':
      return <circle cx={cx} cy={cy} r={r * 0.3} fill={ink} />;
    case 'no_assessment':
      return null;
  }
}
