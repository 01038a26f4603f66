/**
 * The bench's floor for a keystroke in the cities list's search (issue 17): the app's list of
 * the 2,000 cities of the synthetic set, with no app around it (no router, data layer, store,
 * i18n or validation), filtered by plain React state on each keystroke.
 *
 * What stays the same as the app's cities page (src/features/cities/city-table.tsx): the rows
 * and their text (./city-list-json.ts makes them at build time with the app's code, served as
 * `cities.json`), the search's matching (each city's search forms against the typed text folded
 * by `searchableText`), the same @tanstack/react-virtual settings, the same markup per row, and
 * the app's font and stylesheet. The bench times one keystroke on it as on the app's
 * (scripts/bench/measurements.mjs).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { searchableText } from '../../src/domain/city-search';
import type { BareCityList, BareCityRow } from './city-list-json';
import '@fontsource-variable/source-sans-3';
import '../../src/app/styles.css';

/** As the app's table: its virtualizer's settings and row height (city-table.tsx). */
const ROW_HEIGHT = 41;
const OVERSCAN = 12;

const count = new Intl.NumberFormat('en-GB');

function Score({ text, missing }: { text: string | null; missing: string }) {
  return text === null ? <span className="missing-value">{missing}</span> : <>{text}</>;
}

function CityTable({ list, rows }: { list: BareCityList; rows: readonly BareCityRow[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- as in the app's table
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const spaceAbove = items[0]?.start ?? 0;
  const spaceBelow = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = list.columns.length;
  return (
    <div
      ref={scrollRef}
      className="city-table-scroll"
      role="region"
      aria-label={list.caption}
      // As the app's frame: keyboard users scroll it once it has focus.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="data-table city-table" aria-rowcount={rows.length + 1}>
        <caption>{list.caption}</caption>
        <colgroup>
          <col className="city-table__col--city" />
          <col className="city-table__col--text" />
          <col className="city-table__col--text" />
          <col className="city-table__col--text" />
          <col className="city-table__col--number" span={2} />
          <col className="city-table__col--role" span={columnCount - 6} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {list.columns.map((column, index) => (
              <th key={column} scope="col" className={index >= 4 ? 'numeric' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spaceAbove > 0 && (
            <tr aria-hidden="true" className="city-table__spacer">
              <td colSpan={columnCount} style={{ height: spaceAbove }} />
            </tr>
          )}
          {items.map(({ index }) => {
            const row = rows[index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                aria-rowindex={index + 2}
                data-index={index}
                ref={virtualizer.measureElement}
              >
                <th scope="row">
                  <a href={`/cities/${row.id}`}>{row.name}</a>
                  {row.archived && <span className="city-table__archived"> {list.archived}</span>}
                </th>
                <td>{row.countryName}</td>
                <td>{row.signed}</td>
                <td>{row.status}</td>
                <td className="numeric">
                  <Score text={row.overall} missing={list.missingScore} />
                </td>
                <td className="numeric">
                  <span aria-hidden="true">{row.change?.shown ?? '–'}</span>
                  <span className="visually-hidden">{row.change?.words ?? list.missingChange}</span>
                </td>
                {row.byRole.map((score, role) => (
                  <td key={role} className="numeric">
                    <Score text={score} missing={list.missingScore} />
                  </td>
                ))}
              </tr>
            );
          })}
          {spaceBelow > 0 && (
            <tr aria-hidden="true" className="city-table__spacer">
              <td colSpan={columnCount} style={{ height: spaceBelow }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function CitiesList({ list }: { list: BareCityList }) {
  const [search, setSearch] = useState('');
  const needle = searchableText(search.trim());
  const rows =
    needle === ''
      ? list.rows
      : list.rows.filter((row) => row.searchForms.some((form) => form.includes(needle)));
  const total = list.rows.length;
  return (
    <main>
      <h1>{list.title}</h1>
      <form
        role="search"
        className="city-filters"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <div className="form-field">
          <label htmlFor="search">{list.searchLabel}</label>
          <input
            id="search"
            type="search"
            autoComplete="off"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
            }}
          />
        </div>
      </form>
      <p role="status" className="city-count">
        {(total === 1 ? list.count.one : list.count.other)
          .replace('{{shown}}', count.format(rows.length))
          .replace('{{total}}', count.format(total))}
      </p>
      <CityTable list={list} rows={rows} />
    </main>
  );
}

const response = await fetch(`${import.meta.env.BASE_URL}cities.json`);
if (!response.ok) throw new Error(`cities.json answered ${String(response.status)}`);
const list = (await response.json()) as BareCityList;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <CitiesList list={list} />
  </StrictMode>,
);
