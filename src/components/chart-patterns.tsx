/** SVG fill patterns for bar series, so bars differ by texture as well as by colour. */
import { seriesStyle } from './series-style';

const overlays = [
  null,
  <path key="diagonal" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#fff" strokeWidth="1.6" />,
  <circle key="dots" cx="4" cy="4" r="1.6" fill="#fff" />,
  <path key="cross" d="M0,0 L8,8 M8,0 L0,8" stroke="#fff" strokeWidth="1.2" />,
  <path key="horizontal" d="M0,4 H8" stroke="#fff" strokeWidth="1.6" />,
  <path key="vertical" d="M4,0 V8" stroke="#fff" strokeWidth="1.6" />,
  <path key="back-diagonal" d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke="#fff" strokeWidth="1.6" />,
  <path key="grid" d="M0,4 H8 M4,0 V8" stroke="#fff" strokeWidth="1" />,
  <circle key="large-dots" cx="4" cy="4" r="2.6" fill="#fff" />,
  <path key="zigzag" d="M0,6 L2,2 L4,6 L6,2 L8,6" fill="none" stroke="#fff" strokeWidth="1.2" />,
  <path key="checker" d="M0,0 H4 V4 H0 Z M4,4 H8 V8 H4 Z" fill="#fff" fillOpacity="0.7" />,
  <path key="bricks" d="M0,0.5 H8 M0,4.5 H8 M2,0.5 V4.5 M6,4.5 V8" stroke="#fff" strokeWidth="1" />,
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
