/**
 * The legend of a rating chart, as an HTML list: each rating's swatch — its colour with its
 * symbol, or its fill pattern — beside its words.
 */
import { ratingPatternId } from './rating-patterns';
import { ratingCellStyles } from './rating-style';
import { RatingSymbol } from './rating-symbol';
import type { RatingCell } from '../domain/rating-distribution';

interface RatingLegendProps {
  entries: readonly { cell: RatingCell; label: string }[];
  /** Draw swatches with the patterns of the chart's <RatingPatterns prefix>, not symbols. */
  patternPrefix?: string;
}

export function RatingLegend({ entries, patternPrefix }: RatingLegendProps) {
  return (
    <ul className="series-legend">
      {entries.map(({ cell, label }) => {
        const style = ratingCellStyles[cell];
        return (
          <li key={cell}>
            <svg width="24" height="20" viewBox="0 0 24 20" aria-hidden="true" focusable="false">
              <rect
                x="1"
                y="1"
                width="22"
                height="18"
                fill={patternPrefix ? `url(#${ratingPatternId(patternPrefix, cell)})` : style.fill}
                stroke={style.border === 'none' ? '#ffffff' : '#6b7480'}
                strokeDasharray={style.border === 'dashed' ? '3 2' : undefined}
              />
              {!patternPrefix && (
                <RatingSymbol cell={cell} cx={12} cy={10} ink={style.ink} size={5.5} />
              )}
            </svg>
            {label}
          </li>
        );
      })}
    </ul>
  );
}
