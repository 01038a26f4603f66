/**
 * The heatmap: cities by commitments, each cell the city's rating as colour and symbol. A group
 * too large for one heatmap is shown a page at a time, after a chart of how the whole group's
 * ratings spread over each commitment, with a note that says so.
 */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { RatingLabel } from '../../components/rating-label';
import {
  commitmentIds,
  commitments,
  type CommitmentId,
  type RatingValue,
} from '../../domain/charter';
import {
  ratingCellOf,
  ratingCells,
  ratingDistribution,
  type RatingCell,
} from '../../domain/rating-distribution';
import { rankByScore } from '../../domain/ranking';
import { formatCount, formatPercent, formatYear } from '../../lib/format';
import type { CompareSort } from '../../lib/address-state/compare';
import type { CompareViewProps } from './compare-view-props';
import { byScoreDescending, pageOf, PAGE_SIZE } from './comparison';
import { pageNote } from './page-note';
import { PaginationNav } from './pagination-nav';
import { SortSelect } from './view-options';

const RatingHeatmap = lazyWithPreload(async () => ({
  default: (await import('../../components/rating-heatmap')).RatingHeatmap,
}));
const RatingDistributionChart = lazyWithPreload(async () => ({
  default: (await import('../../components/rating-distribution-chart')).RatingDistributionChart,
}));

/** Fetches the view's chart code ahead of its data (see src/data/page-prefetch.ts). */
export function preloadHeatmapCharts(): Promise<unknown> {
  return Promise.all([RatingHeatmap.preload(), RatingDistributionChart.preload()]);
}

const sorts: readonly CompareSort[] = ['name', 'score'];

const isRating = (cell: RatingCell): cell is RatingValue =>
  cell !== 'unanswered' && cell !== 'no_assessment';

export function HeatmapView({
  members,
  round,
  state,
  update,
  selectionLabel,
  selectionName,
}: CompareViewProps) {
  const { t, i18n } = useTranslation();
  const year = formatYear(round.year);
  const collator = new Intl.Collator(i18n.language);
  const sort = state.sort && sorts.includes(state.sort) ? state.sort : 'name';
  const sorted = [...members].sort(
    (a, b) =>
      (sort === 'score'
        ? byScoreDescending(a.summary?.overall ?? null, b.summary?.overall ?? null)
        : 0) || collator.compare(a.name, b.name),
  );
  const page = pageOf(sorted, state.page);
  const paged = members.length > PAGE_SIZE;
  const rowByCity = new Map(members.flatMap(({ city, row }) => (row ? [[city.id, row]] : [])));
  const distribution = ratingDistribution(
    members.map(({ city }) => city.id),
    rowByCity,
  );
  const cellLabel = (cell: RatingCell) =>
    isRating(cell) ? t(`ratings.${cell}.label`) : t(`compare.heatmap.cells.${cell}`);
  const parts = ratingCells.map((cell) => ({ cell, label: cellLabel(cell) }));
  const subtitle = t('compare.subtitle', { round: year, selection: selectionLabel });

  const total = (cells: readonly RatingCell[]) =>
    commitmentIds.reduce(
      (sum, id) => sum + cells.reduce((cellSum, cell) => cellSum + distribution[id][cell], 0),
      0,
    );
  const title = t('compare.heatmap.title', { year });
  const summary = t('compare.heatmap.summary', {
    year,
    total: formatCount(members.length * commitmentIds.length),
    number: formatCount(members.length),
    fully: formatCount(total(['fully'])),
    partly: formatCount(total(['partly'])),
    notAtAll: formatCount(total(['not_at_all'])),
    unscored: formatCount(total(['not_applicable', 'not_assessed'])),
    missing: formatCount(total(['unanswered', 'no_assessment'])),
  });

  return (
    <>
      {paged && (
        <>
          <p className="notice">
            {t('compare.heatmap.pageNote', {
              number: formatCount(members.length),
              pageSize: formatCount(PAGE_SIZE),
            })}
          </p>
          <DistributionFrame
            distribution={distribution}
            cityCount={members.length}
            year={year}
            yearNumber={round.year}
            selection={selectionName}
            subtitle={subtitle}
            parts={parts}
          />
        </>
      )}
      <div className="view-options">
        <SortSelect
          value={sort}
          options={sorts}
          onChange={(next) => {
            update({ sort: next });
          }}
        />
      </div>
      <ChartFrame
        interactive
        title={title}
        subtitle={subtitle}
        summary={summary}
        note={pageNote(t, page)}
        data={{
          columns: [
            { id: 'city', header: t('compare.cityAxis'), kind: 'label' },
            ...commitmentIds.map((id) => ({ id, header: id, kind: 'text' as const })),
          ],
          rows: page.items.map(({ city, name, row }) => {
            const cells = commitmentIds.map((id) => ratingCellOf(row, id));
            return {
              id: city.id,
              values: [name, ...cells.map((cell) => (isRating(cell) ? cellLabel(cell) : null))],
              display: [
                undefined,
                ...cells.map((cell, index) =>
                  isRating(cell) ? (
                    <RatingLabel key={commitmentIds[index]} rating={cell} />
                  ) : (
                    <span key={commitmentIds[index]}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{cellLabel(cell)}</span>
                    </span>
                  ),
                ),
              ],
            };
          }),
        }}
        figure={{
          page: 'compare',
          chart: 'heatmap',
          round: round.year,
          selection: selectionName,
        }}
      >
        <RatingHeatmap
          title={title}
          rows={page.items.map(({ city, name, row }) => ({
            id: city.id,
            label: name,
            cells: commitmentIds.map((id) => ratingCellOf(row, id)),
          }))}
          columns={commitments.map((commitment) => ({
            id: commitment.id,
            label: commitment.id,
            description: t(`commitments.${commitment.id}.title`),
            group: commitment.role,
          }))}
          cellLabel={cellLabel}
          rowAxisLabel={t('compare.cityAxis')}
          columnAxisLabel={t('compare.commitmentAxis')}
          legend={parts}
        />
      </ChartFrame>
      <PaginationNav
        page={page}
        onChange={(next) => {
          update({ page: next });
        }}
      />
    </>
  );
}

function DistributionFrame({
  distribution,
  cityCount,
  year,
  yearNumber,
  selection,
  subtitle,
  parts,
}: {
  distribution: ReturnType<typeof ratingDistribution>;
  cityCount: number;
  year: string;
  yearNumber: number;
  selection: readonly string[] | string;
  subtitle: string;
  parts: readonly { cell: RatingCell; label: string }[];
}) {
  const { t } = useTranslation();
  const title = t('compare.heatmap.distributionTitle', { year });
  // In whole percentage points, as the shares are shown.
  const fullyPercent = (id: CommitmentId) =>
    (100 * distribution[id].fully) / Math.max(cityCount, 1);
  const byFully = rankByScore(commitmentIds, fullyPercent);
  const most = byFully.at(0);
  const least = byFully.at(-1);
  return (
    <ChartFrame
      interactive
      title={title}
      subtitle={subtitle}
      summary={t('compare.heatmap.distributionSummary', {
        number: formatCount(cityCount),
        year,
        most: most?.item ?? '',
        mostShare: formatPercent((most?.score ?? 0) / 100),
        least: least?.item ?? '',
        leastShare: formatPercent((least?.score ?? 0) / 100),
      })}
      data={{
        columns: [
          { id: 'commitment', header: t('compare.commitmentAxis'), kind: 'label' },
          ...parts.map(({ cell, label }) => ({
            id: cell,
            header: label,
            kind: 'count' as const,
            unit: t('export.units.cities'),
          })),
        ],
        rows: commitmentIds.map((id) => ({
          id,
          values: [id, ...parts.map(({ cell }) => distribution[id][cell])],
        })),
      }}
      figure={{ page: 'compare', chart: 'rating-spread', round: yearNumber, selection }}
    >
      <RatingDistributionChart
        title={title}
        rows={commitmentIds.map((id) => ({ id, label: id, counts: distribution[id] }))}
        parts={parts}
        formatCount={formatCount}
        formatShare={formatPercent}
        valueAxisLabel={t('compare.heatmap.shareAxis')}
        categoryAxisLabel={t('compare.commitmentAxis')}
      />
    </ChartFrame>
  );
}
