/**
 * Every signatory city in one list for a chosen round: status, approved scores and change
 * since the round before, searchable, filterable and sortable, with all of it in the URL.
 * Built for thousands of cities: rows are computed once per round and sorted once per order,
 * the search is deferred so typing stays responsive, and the table renders only the rows in
 * view, each re-rendered only when it changes.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { RoundSelect } from '../../components/round-select';
import {
  buildCityTableRows,
  cityRoundStatuses,
  filterCityRows,
  publishedCityRoundStatuses,
  sortCityRows,
  type CityRoundStatus,
} from '../../domain/city-table';
import { chooseRound } from '../../domain/round';
import type { ScoreRow } from '../../domain/score-row';
import { canSeeWorkInProgress } from '../../domain/permissions';
import { useCitiesAndRounds, useScoreRowsOfRounds, useViewer } from '../../data/query-hooks';
import { formatCount, formatCountries, formatYear } from '../../lib/format';
import { CityFilters } from './city-filters';
import { CityTable } from './city-table';
import {
  hasFilters,
  nextSort,
  parseCitiesView,
  serializeCitiesView,
  withoutFilters,
  type CitiesView,
} from '../../lib/address-state/cities';
import { useSearchAddress } from './use-search-address';
import { useUrlSearchText } from './use-url-search-text';

/** One empty list for a round without rows, so the memoised table rows keep their identity. */
const noScoreRows: readonly ScoreRow[] = [];

export function CitiesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [cities, rounds] = useCitiesAndRounds();
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();

  const collator = useMemo(
    () => new Intl.Collator(language, { sensitivity: 'base', numeric: true }),
    [language],
  );
  const countryNames = useMemo(
    () =>
      formatCountries(
        cities.map((city) => city.countryCode),
        language,
      ),
    [cities, language],
  );
  const countries = useMemo(
    () =>
      [...countryNames]
        .map(([code, name]) => ({ code, name }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    [countryNames, collator],
  );
  const countryCodes = useMemo(() => new Set(countryNames.keys()), [countryNames]);
  // A country without cities is not offered, so a link naming one is read as "all countries".
  const view = parseCitiesView(searchParams, countryCodes);
  const [searchText, setSearchText] = useUrlSearchText(view.query);
  const deferredSearch = useDeferredValue(searchText);

  // The default round is left out of the address, so choosing it gives the plain address.
  const defaultRound = chooseRound(rounds, null, 'complete');
  const round = chooseRound(rounds, view.roundId, 'complete');
  const previousRound = round ? rounds[rounds.indexOf(round) - 1] : undefined;
  const [roundRows = noScoreRows, previousRows = noScoreRows] = useScoreRowsOfRounds(
    [round?.id, previousRound?.id].filter((id) => id !== undefined),
  );

  const tableRows = useMemo(
    () =>
      round
        ? buildCityTableRows({
            cities,
            round,
            previousRound,
            rows: roundRows,
            previousRows,
            countryName: (code) => countryNames.get(code) ?? code,
            language,
          })
        : [],
    [cities, round, previousRound, roundRows, previousRows, countryNames, language],
  );
  const { countryCode, status, minScore, maxScore } = view;
  const { column, direction } = view.sort;
  // Sorted once per order, then filtered: a filter keeps the order, so a keystroke in the
  // search costs one pass over the rows instead of a sort of thousands.
  const sortedRows = useMemo(
    () => sortCityRows(tableRows, { column, direction }, collator),
    [tableRows, column, direction, collator],
  );
  const shownRows = useMemo(
    () =>
      filterCityRows(sortedRows, {
        query: deferredSearch,
        countryCode,
        status,
        minScore,
        maxScore,
      }),
    [sortedRows, deferredSearch, countryCode, status, minScore, maxScore],
  );

  const addressSearch = useSearchAddress(view, setSearchParams);
  /** Discrete changes are history entries of their own, applied at once. */
  function showView(next: CitiesView) {
    // Carries the typed text itself (changeView), so a search not yet in the address is kept.
    addressSearch.cancel();
    setSearchParams(serializeCitiesView(next), { flushSync: true, preventScrollReset: true });
  }
  function changeView(change: Partial<CitiesView>) {
    showView({ ...view, query: searchText, ...change });
  }
  function changeSearch(text: string) {
    setSearchText(text);
    addressSearch.write(text);
  }

  const statusLabel = (value: CityRoundStatus) =>
    value === 'none' || value === 'not_in_round'
      ? t(`cities.statuses.${value}`)
      : t(`assessmentStatus.${value}`);

  if (!round) {
    return (
      <>
        <PageHeading title={t('cities.title')} />
        <p className="empty-state">{t('cities.noRounds')}</p>
      </>
    );
  }

  const year = formatYear(round.year);
  return (
    <>
      <PageHeading title={t('cities.title')} roundYear={round.year} />
      <p className="lead">{t('cities.intro')}</p>
      <RoundSelect
        rounds={rounds}
        value={round.id}
        onChange={(roundId) => {
          changeView({ roundId: roundId === defaultRound?.id ? null : roundId });
        }}
      />
      <CityFilters
        view={view}
        searchText={searchText}
        countries={countries}
        statusLabel={statusLabel}
        statuses={canSeeWorkInProgress(viewer) ? cityRoundStatuses : publishedCityRoundStatuses}
        canClear={hasFilters({ ...view, query: searchText })}
        onSearchChange={changeSearch}
        onChange={changeView}
        onClear={() => {
          setSearchText('');
          showView(withoutFilters(view));
        }}
      />
      <p role="status" className="city-count">
        {t('cities.count', {
          count: cities.length,
          shown: formatCount(shownRows.length),
          total: formatCount(cities.length),
        })}
      </p>
      <CityTable
        caption={
          previousRound
            ? t('cities.tableCaption', { year, previousYear: formatYear(previousRound.year) })
            : t('cities.tableCaptionFirstRound', { year })
        }
        rows={shownRows}
        sort={view.sort}
        onSort={(sortColumn) => {
          changeView({ sort: nextSort(view.sort, sortColumn) });
        }}
        changeSinceYear={previousRound?.year ?? null}
        stale={deferredSearch !== searchText}
      />
      {shownRows.length === 0 && <p className="empty-state">{t('cities.empty')}</p>}
    </>
  );
}
