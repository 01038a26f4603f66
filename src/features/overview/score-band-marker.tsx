/** A city's marker on the map: its score band's colour and shape, also drawn in the legend. */
import { scoreBandStyle, type ScoreBand } from './score-bands';

export function ScoreBandMarker({ band, x, y }: { band: ScoreBand; x: number; y: number }) {
  const { color, shape } = scoreBandStyle[band];
  const size = 5;
  switch (shape) {
    case 'square':
      return (
        <rect
          x={x - size}
          y={y - size}
          width={size * 2}
          height={size * 2}
          fill={color}
          stroke="#fff"
        />
      );
    case 'triangle':
      return (
        <path
          d={`M${x},${y - size - 1} L${x + size + 1},${y + size} L${x - size - 1},${y + size} Z`}
          fill={color}
          stroke="#fff"
        />
      );
    case 'circle':
      return <circle cx={x} cy={y} r={size} fill={color} stroke="#fff" />;
    case 'ring':
      return <circle cx={x} cy={y} r={size - 1} fill="#fff" stroke={color} strokeWidth={2} />;
  }
}
