/**
 * Comparing cities: a round, 2 to 12 chosen cities or a group of signatories, and five views
 * of their approved assessments (role profile, bars per role, heatmap, ranking, change). All
 * of it lives in the URL (src/lib/address-state/compare.ts), so a link reopens the same comparison.
 */
import { Suspense, useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import type { City } from '../../domain/city';
import { citiesInGroup, type CityGroup } from '../../domain/city-groups';
import { chooseRound, type Round } from '../../domain/round';
import { useCities, useRounds, useScoreRows } from '../../data/query-hooks';
import { formatCount, formatCountry, formatList, formatYear } from '../../lib/format';
import { useCityName } from '../../lib/use-city-name';
import { ChangeView } from './change-view';
import {
  MIN_COMPARED_CITIES,
  resolveComparedCities,
  serializeGroup,
  type CompareState,
  type CompareView,
} from '../../lib/address-state/compare';
import type { CompareViewProps } from './compare-view-props';
import { CityCombobox } from './city-combobox';
import { compareCities, rowsByCity } from './comparison';
import { GroupPicker } from './group-picker';
import { HeatmapView } from './heatmap-view';
import { ProfileView } from './profile-view';
import { RankingView } from './ranking-view';
import { RoleBarsView } from './role-bars-view';
import { useCompareState } from './use-compare-state';
import { ViewTabs } from './view-tabs';

const views: Record<CompareView, (props: CompareViewProps) => ReactNode> = {
  profile: ProfileView,
  bars: RoleBarsView,
  heatmap: HeatmapView,
  ranking: RankingView,
  change: ChangeView,
};

export function ComparePage() {
  const { t } = useTranslation();
  const [state, update] = useCompareState();
  const rounds = useRounds();
  const round = chooseRound(rounds, state.roundId, 'complete');
  return (
    <>
      <PageHeading title={t('compare.title')} roundYear={round?.year} />
      <p className="lead">{t('compare.intro')}</p>
      {round ? (
        <Comparison round={round} rounds={rounds} state={state} update={update} />
      ) : (
        <p className="empty-state">{t('compare.noRounds')}</p>
      )}
    </>
  );
}

interface ComparisonProps {
  round: Round;
  rounds: readonly Round[];
  state: CompareState;
  update: (patch: Partial<CompareState>) => void;
}

function Comparison({ round, rounds, state, update }: ComparisonProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const cities = useCities();
  const scoreRows = useScoreRows({ roundId: round.id, status: 'approved' });
  const rows = useMemo(() => rowsByCity(scoreRows), [scoreRows]);
  const panelId = useId();
  const tabPrefix = useId();
  const tabId = (view: CompareView) => `${tabPrefix}-${view}`;
  const modeName = useId();
  const cityName = useCityName();
  // Thousands of cities: named, sorted and indexed once per list and language, one collator.
  const byName = useMemo(() => {
    const collator = new Intl.Collator(language);
    return cities
      .map((city) => ({ city, name: cityName(city) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ city }) => city);
  }, [cities, language, cityName]);
  const cityById = useMemo(() => new Map(cities.map((city) => [city.id, city])), [cities]);
  const named = resolveComparedCities(state.cityIds, cityById);
  const chosen: City[] = state.group ? citiesInGroup(byName, state.group) : named.cities;
  const members = compareCities(chosen, rows, cityName);
  const year = formatYear(round.year);

  const groupName = (group: CityGroup) => {
    switch (group.kind) {
      case 'all':
        return t('compare.group.names.all');
      case 'country':
        return t('compare.group.names.country', { country: formatCountry(group.countryCode) });
      case 'signed_before':
        return t('compare.group.names.signed_before', { year: formatYear(group.year) });
    }
  };
  const selectionLabel = state.group
    ? t('compare.selectionGroup', {
        group: groupName(state.group),
        count: chosen.length,
        number: formatCount(chosen.length),
      })
    : formatList(members.map((member) => member.name));
  const selectionName = state.group
    ? state.group.kind === 'all'
      ? 'all-cities'
      : serializeGroup(state.group)
    : members.map((member) => member.name);

  const panel = (() => {
    if (state.group && chosen.length === 0) {
      return <p className="empty-state">{t('compare.group.empty')}</p>;
    }
    if (!state.group && chosen.length < MIN_COMPARED_CITIES) {
      return (
        <p className="empty-state">
          {t('compare.picker.tooFew', {
            count: chosen.length,
            number: formatCount(chosen.length),
            min: formatCount(MIN_COMPARED_CITIES),
          })}
        </p>
      );
    }
    if (state.view !== 'change' && members.every((member) => !member.row)) {
      return <p className="empty-state">{t('compare.noApproved', { year })}</p>;
    }
    const View = views[state.view];
    return (
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <View
          members={members}
          round={round}
          rounds={rounds}
          state={state}
          update={update}
          selectionLabel={selectionLabel}
          selectionName={selectionName}
        />
      </Suspense>
    );
  })();

  return (
    <div className="compare-layout">
      <div className="compare-controls">
        <RoundSelect
          rounds={rounds}
          value={round.id}
          onChange={(roundId) => {
            update({ roundId });
          }}
        />
        <fieldset className="compare-selection">
          <legend>{t('compare.selectionLegend')}</legend>
          <div className="choice-row">
            {(['cities', 'group'] as const).map((mode) => (
              <label key={mode} className="choice">
                <input
                  type="radio"
                  name={modeName}
                  value={mode}
                  checked={(state.group ? 'group' : 'cities') === mode}
                  onChange={() => {
                    update(
                      mode === 'group'
                        ? { group: { kind: 'all' }, cityIds: [] }
                        : { group: null, cityIds: [] },
                    );
                  }}
                />
                {t(`compare.modes.${mode}`)}
              </label>
            ))}
          </div>
          {state.group ? (
            <GroupPicker
              group={state.group}
              cities={cities}
              defaultYear={round.year}
              onChange={(group) => {
                update({ group, cityIds: [] });
              }}
            />
          ) : (
            <CityCombobox
              cities={byName}
              selected={chosen}
              hasScore={(cityId) => rows.has(cityId)}
              year={year}
              onChange={(next) => {
                update({ cityIds: next.map((city) => city.id), group: null });
              }}
            />
          )}
          {!state.group && named.unknownCount > 0 && (
            <p className="notice">
              {t('compare.unknownCities', {
                count: named.unknownCount,
                number: formatCount(named.unknownCount),
              })}
            </p>
          )}
        </fieldset>
      </div>
      <ViewTabs
        view={state.view}
        panelId={panelId}
        tabId={tabId}
        onChange={(view) => {
          update({ view });
        }}
      />
      <div
        className="compare-panel"
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(state.view)}
      >
        {panel}
      </div>
    </div>
  );
}
