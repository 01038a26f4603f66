import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChartFrame } from '../../components/chart-frame';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import { approvedAssessments, defaultChartRound } from '../../domain/aggregation';
import { roleIds } from '../../domain/charter';
import { sortRoundsByYear } from '../../domain/round';
import { scoreSummary } from '../../domain/scoring';
import { useCities, useRounds, useScoreRows } from '../../data/query-hooks';
import { formatCount, formatList, formatScore, formatYear } from '../../lib/format';
import {
  MAX_COMPARED_CITIES,
  parseCompareParams,
  serializeCompareParams,
  type CompareSelection,
} from './compare-params';

const CompareChart = lazy(async () => ({
  default: (await import('./compare-chart')).CompareChart,
}));

export function ComparePage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const selection = parseCompareParams(searchParams);
  const rounds = sortRoundsByYear(useRounds());
  const approved = approvedAssessments(useScoreRows());
  const cities = useCities();
  const roundsWithData = rounds.filter((round) => approved.some((a) => a.roundId === round.id));
  const round =
    roundsWithData.find((candidate) => candidate.id === selection.roundId) ??
    defaultChartRound(roundsWithData);
  const inRound = approved.filter((assessment) => assessment.roundId === round?.id);
  const available = cities
    .filter((city) => inRound.some((assessment) => assessment.cityId === city.id))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  const chosen = available.filter((city) => selection.cityIds.includes(city.id));
  const summaries = new Map(
    chosen.map((city) => {
      const assessment = inRound.find((candidate) => candidate.cityId === city.id);
      return [city.id, scoreSummary(assessment?.ratings ?? {})];
    }),
  );

  function update(next: Partial<CompareSelection>) {
    setSearchParams(serializeCompareParams({ ...selection, ...next }), { replace: true });
  }

  function toggleCity(cityId: string, checked: boolean) {
    const cityIds = checked
      ? [...selection.cityIds, cityId]
      : selection.cityIds.filter((id) => id !== cityId);
    update({ cityIds });
  }

  const year = formatYear(round?.year ?? 0);
  const leader = [...chosen].sort(
    (a, b) => (summaries.get(b.id)?.overall ?? -1) - (summaries.get(a.id)?.overall ?? -1),
  )[0];
  const leaderScore = leader ? summaries.get(leader.id)?.overall : null;
  const text = (score: number | null | undefined) =>
    score === null || score === undefined ? '–' : formatScore(score);

  return (
    <>
      <PageHeading title={t('compare.title')} />
      <p className="lead">{t('compare.intro')}</p>
      {!round ? (
        <p>{t('compare.noData')}</p>
      ) : (
        <div className="compare-layout">
          <div className="compare-controls">
            <RoundSelect
              rounds={roundsWithData}
              value={round.id}
              onChange={(roundId) => {
                update({ roundId });
              }}
            />
            <fieldset className="city-picker">
              <legend>{t('compare.cityPicker', { max: formatCount(MAX_COMPARED_CITIES) })}</legend>
              <ul className="choice-list choice-list--compact">
                {available.map((city) => {
                  const checked = selection.cityIds.includes(city.id);
                  return (
                    <li key={city.id}>
                      <label>
                        <input
                          type="checkbox"
                          checked={checked}
                          disabled={!checked && chosen.length >= MAX_COMPARED_CITIES}
                          onChange={(event) => {
                            toggleCity(city.id, event.target.checked);
                          }}
                        />
                        {city.name}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          </div>
          {chosen.length === 0 ? (
            <p className="empty-state">{t('compare.chooseCities', { year })}</p>
          ) : (
            <ChartFrame
              title={t('compare.chartTitle', { year })}
              summary={
                leader && leaderScore !== null && leaderScore !== undefined
                  ? t('compare.chartSummary', {
                      cities: formatList(chosen.map((city) => city.name)),
                      year,
                      leader: leader.name,
                      score: formatScore(leaderScore),
                    })
                  : t('compare.chartSummaryEmpty', { year })
              }
              table={{
                columns: [
                  { id: 'city', header: t('cities.columns.city') },
                  ...roleIds.map((role) => ({
                    id: role,
                    header: t(`roles.${role}.name`),
                    numeric: true,
                  })),
                  { id: 'overall', header: t('scores.overall'), numeric: true },
                ],
                rows: chosen.map((city) => {
                  const summary = summaries.get(city.id);
                  return {
                    id: city.id,
                    cells: [
                      city.name,
                      ...roleIds.map((role) => text(summary?.byRole[role])),
                      text(summary?.overall),
                    ],
                  };
                }),
              }}
            >
              <CompareChart
                formatScore={formatScore}
                cities={chosen}
                groups={roleIds.map((role) => ({
                  roleLabel: t(`roles.${role}.short`),
                  scores: Object.fromEntries(
                    chosen.map((city) => [city.id, summaries.get(city.id)?.byRole[role] ?? null]),
                  ),
                }))}
              />
            </ChartFrame>
          )}
        </div>
      )}
    </>
  );
}
