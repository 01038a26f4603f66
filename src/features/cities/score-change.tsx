import { useTranslation } from 'react-i18next';
import { wholePoints } from '../../domain/scoring';
import { formatScore, formatScoreChange, formatYear } from '../../lib/format';

/**
 * A change in overall score as an arrow and a signed number ("▲ +8"), with the same said in
 * words for screen readers; the direction never rests on colour.
 */
interface ScoreChangeProps {
  change: number | null;
  /** The year the change is counted from; null when there is no earlier round. */
  sinceYear: number | null;
}

export function ScoreChange({ change, sinceYear }: ScoreChangeProps) {
  const { t } = useTranslation();
  if (change === null || sinceYear === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('cities.change.missing')}</span>
      </>
    );
  }
  // In whole points, rounded as the number is shown: a shown 0 is never a rise or a fall.
  const points = wholePoints(change);
  const year = formatYear(sinceYear);
  const [symbol, words] =
    points > 0
      ? ['▲', t('cities.change.up', { count: points, points: formatScore(points), year })]
      : points < 0
        ? ['▼', t('cities.change.down', { count: -points, points: formatScore(-points), year })]
        : ['=', t('cities.change.same', { year })];
  return (
    <>
      <span aria-hidden="true">
        {symbol} {formatScoreChange(points)}
      </span>
      <span className="visually-hidden">{words}</span>
    </>
  );
}
