import { useTranslation } from 'react-i18next';
import type { RatingValue } from '../domain/charter';

const symbols: Record<RatingValue, string> = {
  fully: '●',
  partly: '◐',
  not_at_all: '○',
  not_applicable: '–',
  not_assessed: '?',
};

/** A rating as words with a shape beside them; the shape repeats the words, never replaces them. */
export function RatingLabel({ rating }: { rating: RatingValue }) {
  const { t } = useTranslation();
  return (
    <span className={`rating-label rating-label--${rating}`}>
      <span aria-hidden="true">{symbols[rating]}</span> {t(`ratings.${rating}.label`)}
    </span>
  );
}
