import { useTranslation } from 'react-i18next';
import { formatScore } from '../../lib/format';

/** A 0–100 score in a table cell; a missing one is a dash on screen and words when read. */
export function ScoreCell({ score }: { score: number | null }) {
  const { t } = useTranslation();
  return (
    <td className="numeric">
      {score === null ? (
        <>
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{t('cities.noScore')}</span>
        </>
      ) : (
        formatScore(score)
      )}
    </td>
  );
}
