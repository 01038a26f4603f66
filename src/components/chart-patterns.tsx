/** SVG fill patterns for bar series, so bars differ by texture as well as by colour. */
import { seriesStyle } from './series-style';

const overlays = [
  null,
  <path key="diagonal" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth="1.6" />,
  <circle key="dots" cx="4" cy="4" r="1.6" fill="#fff" />,
  <path key="cross" d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" strokeWidth="1.2" />,
  <path key="horizontal" d="M0,4 H8" stroke="#fff" strokeWidth="1.6" />,
  <path key="vertical" d="M4,0 V8" stroke="#fff" strokeWidth="1.6" />,
];

export function seriesPatternId(prefix: string, index: number): string {
  return `${prefix}-series-${index}`;
}

export function ChartPatterns({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => {
        const { color } = seriesStyle(index);
        return (
          <pattern
            key={index}
            id={seriesPatternId(prefix, index)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            <rect width="8" height="8" fill={color} />
            {overlays[index % overlays.length]}
          </pattern>
        );
      })}
    </defs>
  );
}
