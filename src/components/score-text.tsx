import { useTranslation } from 'react-i18next';
import { formatScore } from '../lib/format';

/**
 * A 0–100 score as table text; a missing score as a dash that screen readers hear as
 * "no score" — never as 0.
 */
export function ScoreText({ score }: { score: number | null | undefined }) {
  const { t } = useTranslation();
  if (score === null || score === undefined) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('scores.missing')}</span>
      </>
    );
  }
  return <>{formatScore(score)}</>;
}
