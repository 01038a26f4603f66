/**
 * Change between two rounds: each city's chosen score in an earlier round and in the round
 * shown, as a dumbbell. A city without a score in either round has no change — it is said,
 * not drawn as 0. Long lists are paged.
 */
import { useId } from 'react';
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import type { Round } from '../../domain/round';
import { scoreSummary, wholePoints } from '../../domain/scoring';
import { useScoreRows } from '../../data/query-hooks';
import { formatCount, formatScore, formatScoreChange, formatYear } from '../../lib/format';
import type { CompareSort } from '../../lib/address-state/compare';
import type { CompareViewProps } from './compare-view-props';
import {
  byScoreDescending,
  changeStartRound,
  countChanges,
  measureScore,
  pageOf,
  rowsByCity,
} from './comparison';
import { pageNote } from './page-note';
import { PaginationNav } from './pagination-nav';
import { MeasureSelect, SortSelect } from './view-options';

const DumbbellChart = lazyWithPreload(async () => ({
  default: (await import('../../components/dumbbell-chart')).DumbbellChart,
}));

/** Fetches the view's chart code ahead of its data (see src/data/page-prefetch.ts). */
export function preloadChangeCharts(): Promise<unknown> {
  return DumbbellChart.preload();
}

const sorts: readonly CompareSort[] = ['change', 'score', 'name'];

export function ChangeView(props: CompareViewProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const { round, rounds, state, update } = props;
  const earlier = rounds.filter((candidate) => candidate.year < round.year);
  const from = changeStartRound(rounds, round, state.fromRoundId);
  if (!from) {
    return (
      <p className="empty-state">
        {t('compare.change.noEarlier', { year: formatYear(round.year) })}
      </p>
    );
  }
  return (
    <>
      <div className="view-options">
        <div className="field field--inline">
          <label htmlFor={selectId}>{t('compare.fromRoundLabel')}</label>
          <select
            id={selectId}
            value={from.id}
            onChange={(event) => {
              update({ fromRoundId: event.target.value });
            }}
          >
            {earlier.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t('rounds.name', { year: formatYear(candidate.year) })}
              </option>
            ))}
          </select>
        </div>
        <MeasureSelect
          value={state.measure}
          onChange={(measure) => {
            update({ measure });
          }}
        />
        <SortSelect
          value={state.sort && sorts.includes(state.sort) ? state.sort : 'change'}
          options={sorts}
          onChange={(sort) => {
            update({ sort });
          }}
        />
      </div>
      <ChangeFrame {...props} from={from} />
    </>
  );
}

function ChangeFrame({
  members,
  round,
  from,
  state,
  update,
  selectionLabel,
  selectionName,
}: CompareViewProps & { from: Round }) {
  const { t, i18n } = useTranslation();
  const earlierRows = rowsByCity(useScoreRows({ roundId: from.id, status: 'approved' }));
  const collator = new Intl.Collator(i18n.language);
  const fromYear = formatYear(from.year);
  const toYear = formatYear(round.year);
  const measure = t(`compare.measures.${state.measure}`);
  const sort = state.sort && sorts.includes(state.sort) ? state.sort : 'change';

  const entries = members.map(({ city, name, row, summary }) => {
    const earlierRow = earlierRows.get(city.id);
    const before = measureScore(
      earlierRow ? scoreSummary(earlierRow.ratings) : null,
      state.measure,
    );
    const after = measureScore(summary, state.measure);
    return {
      city,
      name,
      before,
      after,
      change: before === null || after === null ? null : after - before,
      assessedBefore: earlierRow !== undefined,
      assessedAfter: row !== undefined,
    };
  });
  const byName = (a: (typeof entries)[number], b: (typeof entries)[number]) =>
    collator.compare(a.name, b.name);
  const sorted = [...entries].sort((a, b) => {
    if (sort === 'name') return byName(a, b);
    const key = sort === 'change' ? 'change' : 'after';
    return byScoreDescending(a[key], b[key]) || byName(a, b);
  });
  const page = pageOf(sorted, state.page);

  // Judged in whole points, as the numbers are shown.
  const counts = countChanges(entries.map((entry) => entry.change));
  const largest = entries
    .filter((entry) => entry.change !== null)
    .sort((a, b) => byScoreDescending(a.change, b.change))[0];
  const missing = entries.length - counts.compared;
  const summary =
    counts.compared === 0
      ? t('compare.change.summaryNone', { from: fromYear, to: toYear })
      : [
          t('compare.change.summary', {
            from: fromYear,
            to: toYear,
            improved: formatCount(counts.improved),
            compared: formatCount(counts.compared),
            declined: formatCount(counts.declined),
            unchanged: formatCount(counts.unchanged),
          }),
          largest && wholePoints(largest.change ?? 0) > 0
            ? t('compare.change.summaryLargest', {
                city: largest.name,
                change: formatScoreChange(largest.change ?? 0),
              })
            : '',
          missing > 0
            ? t('compare.change.summaryMissing', { count: missing, number: formatCount(missing) })
            : '',
        ]
          .filter(Boolean)
          .join(' ');
  const title = t('compare.change.title', { measure, from: fromYear, to: toYear });
  // The chart says in words where a marker is missing.
  const dumbbellLabel = ({ name, before, after }: (typeof entries)[number]) => {
    if (before === null && after === null) {
      return t('compare.change.labelMissingBoth', { city: name });
    }
    if (before === null || after === null) {
      return t('compare.change.labelMissingOne', {
        city: name,
        year: before === null ? fromYear : toYear,
      });
    }
    return name;
  };

  // A table cell says why it is empty: no assessment that round, or nothing scored in it.
  const missingLabel = (assessed: boolean) =>
    assessed ? t('scores.missing') : t('scores.noAssessment');

  return (
    <>
      <ChartFrame
        interactive
        title={title}
        subtitle={t('compare.subtitleChange', {
          from: fromYear,
          to: toYear,
          selection: selectionLabel,
        })}
        summary={summary}
        note={pageNote(t, page)}
        data={{
          columns: [
            { id: 'city', header: t('compare.cityAxis'), kind: 'label' },
            { id: 'from', header: fromYear, kind: 'score' },
            { id: 'to', header: toYear, kind: 'score' },
            { id: 'change', header: t('compare.change.changeColumn'), kind: 'scoreChange' },
          ],
          rows: page.items.map((entry) => ({
            id: entry.city.id,
            values: [entry.name, entry.before, entry.after, entry.change],
            missingLabels: [
              undefined,
              missingLabel(entry.assessedBefore),
              missingLabel(entry.assessedAfter),
              t('compare.change.missingChange'),
            ],
          })),
        }}
        figure={{
          page: 'compare',
          chart: `change-${state.measure}-since-${String(from.year)}`,
          round: round.year,
          selection: selectionName,
        }}
      >
        <DumbbellChart
          title={title}
          rows={page.items.map((entry) => ({
            id: entry.city.id,
            label: dumbbellLabel(entry),
            from: entry.before,
            to: entry.after,
          }))}
          fromName={fromYear}
          toName={toYear}
          formatValue={formatScore}
          missingLabel={t('scores.missing')}
          valueAxisLabel={t('scores.score')}
          categoryAxisLabel={t('compare.cityAxis')}
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
