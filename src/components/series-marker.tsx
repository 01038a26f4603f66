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
  /** Hollow shapes: a white centre inside a thick outline in the series' colour. */
  const open = { fill: '#fff', stroke: color, strokeWidth: 2.5 };
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
    case 'triangle-down':
      return (
        <path
          d={`M${cx},${cy + s * 1.2} L${cx + s * 1.1},${cy - s} L${cx - s * 1.1},${cy - s} Z`}
          {...common}
        />
      );
    case 'plus':
      return (
        <path
          d={`M${cx - s * 1.2},${cy} H${cx + s * 1.2} M${cx},${cy - s * 1.2} V${cy + s * 1.2}`}
          stroke={color}
          strokeWidth={2.5}
        />
      );
    case 'hexagon': {
      const corners = Array.from({ length: 6 }, (_, index) => {
        const angle = (Math.PI / 3) * index;
        return `${cx + s * 1.15 * Math.cos(angle)},${cy + s * 1.15 * Math.sin(angle)}`;
      });
      return <path d={`M${corners.join(' L')} Z`} {...common} />;
    }
    case 'circle-open':
      return <circle cx={cx} cy={cy} r={s} {...open} />;
    case 'square-open':
      return <rect x={cx - s} y={cy - s} width={s * 2} height={s * 2} {...open} />;
    case 'diamond-open':
      return (
        <path
          d={`M${cx},${cy - s * 1.3} L${cx + s * 1.3},${cy} L${cx},${cy + s * 1.3} L${cx - s * 1.3},${cy} Z`}
          {...open}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}
