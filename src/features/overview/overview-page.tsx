/**
 * The overview for one reporting round (chosen in the URL): key figures, averages per role
 * across rounds, where the round stands, key-trend adoption and a map of the cities.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { ScoreText } from '../../components/score-text';
import { canReviewAssessments } from '../../domain/permissions';
import type { Round } from '../../domain/round';
import { hasWorkInProgress } from '../../domain/round-progress';
import { wholePoints } from '../../domain/scoring';
import { useViewer } from '../../data/query-hooks';
import { formatCount, formatScoreChange, formatYear } from '../../lib/format';
import { OverviewCharts } from './overview-charts';
import { parseOverviewParams, serializeOverviewParams } from '../../lib/address-state/overview';
import { useOverviewFigures } from './use-overview-figures';

interface OverviewPageProps {
  /** The app's way into a member's own assessment, shown first. */
  myAssessment?: ReactNode;
  /** The action that downloads the round's figures and data as one file. */
  roundPack?: (round: Round, includeUnapproved: boolean) => ReactNode;
}

export function OverviewPage({ myAssessment, roundPack }: OverviewPageProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const includeUnapprovedId = useId();
  const selection = parseOverviewParams(searchParams);
  const mayIncludeUnapproved = canReviewAssessments(viewer);
  const includeUnapproved = mayIncludeUnapproved && selection.includeUnapproved;
  const figures = useOverviewFigures(selection.roundId, includeUnapproved);
  const { rounds, round, cities, progress, selectedAverage, previous, change } = figures;
  const year = formatYear(round?.year ?? 0);

  function update(next: Partial<typeof selection>) {
    // A new round or basis is a new view: back returns to the previous one.
    setSearchParams(serializeOverviewParams({ ...selection, ...next }));
  }

  return (
    <>
      <PageHeading title={t('overview.title')} roundYear={round?.year} />
      <p className="lead">{t('overview.intro')}</p>
      {myAssessment}
      <div className="view-controls">
        {round && (
          <RoundSelect
            rounds={rounds}
            value={round.id}
            onChange={(roundId) => {
              update({ roundId });
            }}
          />
        )}
        {mayIncludeUnapproved && (
          <div className="choice chart-option">
            <input
              type="checkbox"
              id={includeUnapprovedId}
              checked={includeUnapproved}
              onChange={(event) => {
                update({ includeUnapproved: event.target.checked });
              }}
            />
            <label htmlFor={includeUnapprovedId}>{t('overview.includeUnapproved')}</label>
          </div>
        )}
        {round && roundPack?.(round, includeUnapproved)}
      </div>
      <dl className="key-figures">
        <div>
          <dt>{t('overview.figures.signatories')}</dt>
          <dd>{formatCount(cities.length)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.expected', { year })}</dt>
          <dd>{formatCount(progress.expectedCities)}</dd>
        </div>
        {hasWorkInProgress(progress) && (
          <div>
            <dt>{t('overview.figures.submitted', { year })}</dt>
            <dd>{formatCount(progress.submitted)}</dd>
          </div>
        )}
        <div>
          <dt>{t('overview.figures.approved', { year })}</dt>
          <dd>{formatCount(progress.approved)}</dd>
        </div>
        <div>
          <dt>{t('overview.figures.average', { year })}</dt>
          <dd>
            <ScoreText score={selectedAverage} />
            {change !== null && previous && (
              <span className="key-figures__change">
                {' '}
                <span aria-hidden="true">
                  {wholePoints(change) > 0 ? '▲' : wholePoints(change) < 0 ? '▼' : '='}
                </span>{' '}
                {t('overview.figures.change', {
                  change: formatScoreChange(change),
                  year: formatYear(previous.round.year),
                })}
              </span>
            )}
          </dd>
        </div>
      </dl>
      <OverviewCharts figures={figures} includeUnapproved={includeUnapproved} />
    </>
  );
}
