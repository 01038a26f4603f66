/**
 * The ranking: cities by the chosen score, highest first. Equal scores share a rank; cities
 * without a score are listed last, unranked, as "no score" — never as 0. Long lists are paged.
 */
import { lazyWithPreload } from 'react-lazy-with-preload';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { rankByScore, type Ranked } from '../../domain/ranking';
import { unscoredOverallReasons, unscoredReasons } from '../../domain/scoring';
import { formatCount, formatList, formatScore, formatYear } from '../../lib/format';
import type { CompareViewProps } from './compare-view-props';
import { MAX_COMPARED_CITIES } from '../../lib/address-state/compare';
import { measureScore, pageOf, type ComparedCity } from './comparison';
import { missingSentence, unscoredCityList } from './missing-sentence';
import { pageNote } from './page-note';
import { PaginationNav } from './pagination-nav';
import { MeasureSelect } from './view-options';

const RankedBarChart = lazyWithPreload(async () => ({
  default: (await import('../../components/ranked-bar-chart')).RankedBarChart,
}));

/** Fetches the view's chart code ahead of its data (see src/data/page-prefetch.ts). */
export function preloadRankingCharts(): Promise<unknown> {
  return RankedBarChart.preload();
}

export function RankingView({
  members,
  round,
  state,
  update,
  selectionLabel,
  selectionName,
}: CompareViewProps) {
  const { t, i18n } = useTranslation();
  const year = formatYear(round.year);
  const measure = t(`compare.measures.${state.measure}`);
  const collator = new Intl.Collator(i18n.language);
  const ranked = rankByScore(members, (member) => measureScore(member.summary, state.measure), {
    tieBreak: (a, b) => collator.compare(a.name, b.name),
  });
  const page = pageOf(ranked, state.page);
  const title = t('compare.ranking.title', { measure, year });

  const leaders = ranked.filter((entry) => entry.rank === 1);
  const unscored = ranked.filter((entry) => entry.rank === null).length;
  const topScore = leaders[0]?.score;
  const lead =
    topScore === undefined || topScore === null
      ? t('compare.ranking.summaryNone', { measure, year })
      : leaders.length > 1
        ? t('compare.ranking.summaryTied', {
            leaders: formatList(leaders.map((entry) => entry.item.name)),
            score: formatScore(topScore),
          })
        : t('compare.ranking.summaryLeader', {
            leader: leaders[0]?.item.name ?? '',
            score: formatScore(topScore),
          });
  const summary = [lead, unscored > 0 && topScore != null ? unscoredSummary() : '']
    .filter(Boolean)
    .join(' ');

  /** Few cities are named, with why they have no score; many are counted. */
  function unscoredSummary(): string {
    if (members.length > MAX_COMPARED_CITIES) {
      return t('compare.ranking.summaryUnscored', {
        count: unscored,
        number: formatCount(unscored),
      });
    }
    const assessed = ranked.flatMap(({ rank, item: { name, row } }) =>
      rank === null && row
        ? [
            {
              name,
              reasons:
                state.measure === 'overall'
                  ? unscoredOverallReasons(row.ratings)
                  : unscoredReasons(row.ratings, state.measure),
            },
          ]
        : [],
    );
    return [
      assessed.length > 0
        ? t('compare.ranking.summaryUnscoredList', {
            measure,
            cities: unscoredCityList(t, assessed),
          })
        : '',
      missingSentence(t, members, year),
      t('compare.ranking.summaryUnrankedLast'),
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** A tie is said in words ("=3"); an unscored city has no rank, read as "unranked". */
  function rankDisplay(entry: Ranked<ComparedCity>) {
    return entry.rank !== null && entry.tied
      ? t('compare.ranking.rankTied', { rank: formatCount(entry.rank) })
      : undefined;
  }

  /** A city without an approved assessment has none to score; otherwise nothing counted. */
  function missingLabel(entry: Ranked<ComparedCity>): string {
    return entry.item.row ? t('scores.missing') : t('scores.noAssessment');
  }

  function barLabel(entry: Ranked<ComparedCity>): string {
    const city = entry.item.name;
    if (entry.rank === null) return t('compare.ranking.barLabelUnranked', { city });
    const rank = formatCount(entry.rank);
    return entry.tied
      ? t('compare.ranking.barLabelTied', { rank, city })
      : t('compare.ranking.barLabel', { rank, city });
  }

  return (
    <>
      <div className="view-options">
        <MeasureSelect
          value={state.measure}
          onChange={(next) => {
            update({ measure: next });
          }}
        />
      </div>
      <ChartFrame
        interactive
        title={title}
        subtitle={t('compare.subtitle', { round: year, selection: selectionLabel })}
        summary={summary}
        note={pageNote(t, page)}
        data={{
          columns: [
            { id: 'city', header: t('compare.cityAxis'), kind: 'label' },
            {
              id: 'rank',
              header: t('compare.ranking.rank'),
              kind: 'rank',
              missingLabel: t('compare.ranking.unranked'),
            },
            { id: 'score', header: measure, kind: 'score' },
          ],
          rows: page.items.map((entry) => ({
            id: entry.item.city.id,
            values: [entry.item.name, entry.rank, entry.score],
            missingLabels: [undefined, undefined, missingLabel(entry)],
            display: [undefined, rankDisplay(entry)],
          })),
        }}
        figure={{
          page: 'compare',
          chart: `ranking-${state.measure}`,
          round: round.year,
          selection: selectionName,
        }}
      >
        <RankedBarChart
          title={title}
          bars={page.items.map((entry) => ({
            id: entry.item.city.id,
            label: barLabel(entry),
            value: entry.score,
            missingLabel: missingLabel(entry),
          }))}
          seriesName={t('compare.ranking.seriesName', { measure, year })}
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
