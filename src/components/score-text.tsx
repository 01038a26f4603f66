import { useTranslation } from 'react-i18next';
import { formatScore } from '../lib/format';

/**
 * A 0–100 score as table text; a missing score in words, "no score", as chart tables say it —
 * never as 0, never a bare dash that reads as nothing.
 */
export function ScoreText({ score }: { score: number | null | undefined }) {
  const { t } = useTranslation();
  if (score === null || score === undefined) {
    return <span className="missing-value">{t('scores.missing')}</span>;
  }
  return <>{formatScore(score)}</>;
}
