/** SVG fill patterns for rating charts: each rating's colour with its own texture on top. */
import type { ReactNode } from 'react';
import { ratingCells, type RatingCell } from '../domain/rating-distribution';
import { ratingCellStyles, type RatingCellStyle } from './rating-style';

export function ratingPatternId(prefix: string, cell: RatingCell): string {
  return `${prefix}-rating-${cell}`;
}

function overlay(kind: RatingCellStyle['overlay'], ink: string): ReactNode {
  const line = { stroke: ink, strokeWidth: 1.2, strokeOpacity: 0.75 };
  switch (kind) {
    case 'dots':
      return <circle cx="4" cy="4" r="1.4" fill={ink} fillOpacity={0.75} />;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...line} />;
    case 'horizontal':
      return <path d="M0,4 H8" {...line} />;
    case 'cross':
      return <path d="M0,0 L8,8 M8,0 L0,8" {...line} />;
    case 'vertical':
      return <path d="M4,0 V8" {...line} />;
    case 'back-diagonal':
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" {...line} />;
    case 'none':
      return null;
  }
}

export function RatingPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      {ratingCells.map((cell) => {
        const style = ratingCellStyles[cell];
        return (
          <pattern
            key={cell}
            id={ratingPatternId(prefix, cell)}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
          >
            <rect width="8" height="8" fill={style.fill} />
            {overlay(style.overlay, style.ink)}
          </pattern>
        );
      })}
    </defs>
  );
}
