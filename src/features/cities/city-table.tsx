/**
 * The cities list as one real table, however long. Above a few dozen rows only the rows in
 * view (and a margin) are in the DOM, between two spacer rows that keep the scroll height;
 * aria-rowcount and aria-rowindex tell screen readers how many rows there are and where each
 * one sits, and the header row stays in place.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScoreText } from '../../components/score-text';
import { SigningPeriodText } from '../../components/signing-period-text';
import { roleIds } from '../../domain/charter';
import type {
  CityRoundStatus,
  CityTableColumn,
  CityTableRow,
  CityTableSort,
} from '../../domain/city-table';
import { formatYear } from '../../lib/format';
import { paths } from '../../lib/paths';
import { ScoreChange } from './score-change';
import { SortableColumnHeader } from './sortable-column-header';

/** Shorter lists are rendered whole: cheap, and simplest for every assistive technology. */
const VIRTUALIZE_ABOVE = 60;
/** Matches the row height set in styles.css, so the first estimate is already right. */
const ROW_HEIGHT = 41;

interface CityTableProps {
  caption: string;
  rows: readonly CityTableRow[];
  sort: CityTableSort;
  onSort: (column: CityTableColumn) => void;
  /** The year of the round the change is counted from; null in a first round. */
  changeSinceYear: number | null;
  /** True while the rows still reflect an earlier search: shown dimmed. */
  stale: boolean;
}

export function CityTable({ caption, rows, sort, onSort, changeSinceYear, stale }: CityTableProps) {
  const { t } = useTranslation();
  const captionId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualize = rows.length > VIRTUALIZE_ABOVE;
  // The app does not run the React Compiler, which is what this rule protects; the virtualizer
  // re-renders this component itself whenever the rows in view change.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtualize,
  });

  const items = virtualize
    ? virtualizer.getVirtualItems().map(({ index, start, end }) => ({ index, start, end }))
    : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const spaceAbove = virtualize ? (items[0]?.start ?? 0) : 0;
  const spaceBelow = virtualize ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const columnCount = 6 + roleIds.length;

  const header = (column: CityTableColumn, label: string, numeric = false) => (
    <SortableColumnHeader
      key={column}
      column={column}
      label={label}
      sort={sort}
      numeric={numeric}
      onSort={onSort}
    />
  );

  return (
    <div
      ref={scrollRef}
      className={stale ? 'city-table-scroll city-table-scroll--stale' : 'city-table-scroll'}
      role="region"
      aria-labelledby={captionId}
      // The frame scrolls both ways: keyboard users scroll it once it has focus (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="data-table city-table" aria-rowcount={rows.length + 1}>
        <caption id={captionId}>{caption}</caption>
        {/* Fixed widths: otherwise columns would resize as other rows scroll into view. */}
        <colgroup>
          <col className="city-table__col--city" />
          <col className="city-table__col--text" />
          <col className="city-table__col--text" />
          <col className="city-table__col--text" />
          <col className="city-table__col--number" span={2} />
          <col className="city-table__col--role" span={roleIds.length} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {header('city', t('cities.columns.city'))}
            {header('country', t('cities.columns.country'))}
            {header('signed', t('cities.columns.signed'))}
            {header('status', t('cities.columns.status'))}
            {header('overall', t('cities.columns.overall'), true)}
            {header(
              'change',
              changeSinceYear === null
                ? t('cities.columns.changeFirstRound')
                : t('cities.columns.change', { year: formatYear(changeSinceYear) }),
              true,
            )}
            {roleIds.map((role) => header(role, t(`roles.${role}.short`), true))}
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
              <CityRow
                key={row.city.id}
                row={row}
                index={index}
                measureRef={virtualize ? virtualizer.measureElement : undefined}
                changeSinceYear={changeSinceYear}
              />
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

interface CityRowProps {
  row: CityTableRow;
  index: number;
  measureRef: ((element: Element | null) => void) | undefined;
  changeSinceYear: number | null;
}

/** One city's row; memoised, so a new search re-renders only the rows that change. */
const CityRow = memo(function CityRow({ row, index, measureRef, changeSinceYear }: CityRowProps) {
  const { t } = useTranslation();
  const statusLabel = (status: CityRoundStatus) =>
    status === 'none' || status === 'not_in_round'
      ? t(`cities.statuses.${status}`)
      : t(`assessmentStatus.${status}`);
  return (
    <tr aria-rowindex={index + 2} data-index={index} ref={measureRef}>
      <th scope="row">
        <Link to={paths.city(row.city.id)}>{row.name}</Link>
        {/* Past results stay listed; the mark says the city takes no part in rounds now. */}
        {row.city.archived && <span className="city-table__archived"> {t('cities.archived')}</span>}
      </th>
      <td>{row.countryName}</td>
      <td>
        <SigningPeriodText period={row.city.signed} />
      </td>
      <td>{statusLabel(row.status)}</td>
      <td className="numeric">
        <ScoreText score={row.overall} />
      </td>
      <td className="numeric">
        <ScoreChange change={row.change} sinceYear={changeSinceYear} />
      </td>
      {roleIds.map((role) => (
        <td key={role} className="numeric">
          <ScoreText score={row.byRole[role]} />
        </td>
      ))}
    </tr>
  );
});
