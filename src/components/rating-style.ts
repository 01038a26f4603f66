/**
 * How ratings look in heatmaps and rating charts. Colour runs from dark blue (fully) through
 * light blue (partly) to orange (not at all) — apart for every common colour-vision deficiency
 * — and every rating also has a symbol (the same as beside rating words) and a fill pattern,
 * so no rating is told by colour alone. A missing answer is white: outlined when the city's
 * assessment has no rating, dashed when there is no assessment at all.
 */
import type { RatingCell } from '../domain/rating-distribution';

export interface RatingCellStyle {
  fill: string;
  /** Colour of the symbol (components/rating-symbol) drawn on the fill (4.5:1 or more against it). */
  ink: string;
  /** Pattern drawn over the fill in rating charts, in `ink` colour. */
  overlay: 'none' | 'dots' | 'diagonal' | 'horizontal' | 'cross' | 'vertical' | 'back-diagonal';
  border: 'none' | 'solid' | 'dashed';
}

export const ratingCellStyles: Record<RatingCell, RatingCellStyle> = {
  fully: { fill: '#0b4f8a', ink: '#ffffff', overlay: 'none', border: 'none' },
  partly: { fill: '#7fb4e0', ink: '#1f2328', overlay: 'dots', border: 'none' },
  not_at_all: { fill: '#f2b866', ink: '#1f2328', overlay: 'diagonal', border: 'none' },
  not_applicable: {
    fill: '#e3e6ea',
    ink: '#1f2328',

    overlay: 'horizontal',
    border: 'none',
  },
  not_assessed: { fill: '#bfc5cc', ink: '#1f2328', overlay: 'cross', border: 'none' },
  unanswered: {
    fill: '#ffffff',
    ink: '#1f2328',

    overlay: 'vertical',
    border: 'solid',
  },
  no_assessment: {
    fill: '#ffffff',
    ink: '#4a535e',

    overlay: 'back-diagonal',
    border: 'dashed',
  },
};
