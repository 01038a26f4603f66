/** Line-chart markers in distinct shapes, so lines differ by more than colour. */
import type { MarkerShape } from './series-style';

interface SeriesMarkerProps {
  cx?: number;
  cy?: number;
  shape: MarkerShape;
  color: string;
  size?: number;
}

export function SeriesMarker({ cx, cy, shape, color, size = 5 }: SeriesMarkerProps) {
  if (cx === undefined || cy === undefined) return null;
  const s = size;
  const common = { fill: color, stroke: '#fff', strokeWidth: 1 };
  switch (shape) {
    case 'square':
      return <rect x={cx - s} y={cy - s} width={s * 2} height={s * 2} {...common} />;
    case 'triangle':
      return (
        <path
          d={`M${cx},${cy - s * 1.2} L${cx + s * 1.1},${cy + s} L${cx - s * 1.1},${cy + s} Z`}
          {...common}
        />
      );
    case 'diamond':
      return (
        <path
          d={`M${cx},${cy - s * 1.3} L${cx + s * 1.3},${cy} L${cx},${cy + s * 1.3} L${cx - s * 1.3},${cy} Z`}
          {...common}
        />
      );
    case 'cross':
      return (
        <path
          d={`M${cx - s},${cy - s} L${cx + s},${cy + s} M${cx + s},${cy - s} L${cx - s},${cy + s}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    case 'star':
      return (
        <path
          d={`M${cx},${cy - s * 1.3} L${cx + s * 0.4},${cy - s * 0.3} L${cx + s * 1.3},${cy - s * 0.3} L${cx + s * 0.6},${cy + s * 0.3} L${cx + s * 0.9},${cy + s * 1.3} L${cx},${cy + s * 0.7} L${cx - s * 0.9},${cy + s * 1.3} L${cx - s * 0.6},${cy + s * 0.3} L${cx - s * 1.3},${cy - s * 0.3} L${cx - s * 0.4},${cy - s * 0.3} Z`}
          {...common}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}
