import { useTranslation } from 'react-i18next';
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
  const points = Math.round(change);
  const year = formatYear(sinceYear);
  const [symbol, words] =
    points > 0
      ? ['▲', t('cities.change.up', { points: formatScore(points), year })]
      : points < 0
        ? ['▼', t('cities.change.down', { points: formatScore(-points), year })]
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
