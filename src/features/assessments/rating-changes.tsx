/** The city's ratings against its previous round, commitment by commitment; changes marked in words. */
import { useTranslation } from 'react-i18next';
import { RatingLabel } from '../../components/rating-label';
import { DataTable } from '../../components/data-table';
import type { Assessment } from '../../domain/assessment';
import { ratingChangesSince, type RatingChangeKind } from '../../domain/round-comparison';
import { formatYear } from '../../lib/format';

const changeSymbols: Record<RatingChangeKind, string> = {
  improved: '▲',
  declined: '▼',
  changed: '◆',
  new: '✚',
  unchanged: '',
};

export function RatingChanges({
  current,
  previous,
  currentYear,
  previousYear,
}: {
  current: Assessment;
  previous: Assessment | undefined;
  currentYear: number;
  previousYear: number | undefined;
}) {
  const { t } = useTranslation();
  const changes = ratingChangesSince(previous?.ratings ?? null, current.ratings);
  const changedCount = changes.filter((change) => change.kind !== 'unchanged').length;
  const previousLabel =
    previousYear === undefined ? t('review.noPrevious') : formatYear(previousYear);
  return (
    <section aria-labelledby="rating-changes-title">
      <h2 id="rating-changes-title">
        {previousYear === undefined
          ? t('review.changes.titleNoPrevious')
          : t('review.changes.title', { year: formatYear(previousYear) })}
      </h2>
      <p>{t('review.changes.summary', { count: changedCount })}</p>
      <DataTable
        caption={t('review.changes.caption', {
          from: previousLabel,
          to: formatYear(currentYear),
        })}
        columns={[
          { id: 'commitment', header: t('review.changes.commitment') },
          { id: 'before', header: previousLabel },
          { id: 'after', header: formatYear(currentYear) },
          { id: 'change', header: t('review.changes.change') },
        ]}
        rows={changes.map((change) => ({
          id: change.commitmentId,
          className: change.kind === 'unchanged' ? undefined : 'row--changed',
          cells: [
            `${change.commitmentId} ${t(`commitments.${change.commitmentId}.title`)}`,
            change.before ? <RatingLabel rating={change.before} /> : t('review.changes.none'),
            change.after ? <RatingLabel rating={change.after} /> : t('review.changes.none'),
            change.kind === 'unchanged' ? (
              t('review.changes.kinds.unchanged')
            ) : (
              <strong>
                <span aria-hidden="true">{changeSymbols[change.kind]} </span>
                {t(`review.changes.kinds.${change.kind}`)}
              </strong>
            ),
          ],
        }))}
      />
    </section>
  );
}
