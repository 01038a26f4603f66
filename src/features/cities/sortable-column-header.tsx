import type { CityTableColumn, CityTableSort } from '../../domain/city-table';

interface SortableColumnHeaderProps {
  column: CityTableColumn;
  label: string;
  sort: CityTableSort;
  numeric?: boolean;
  onSort: (column: CityTableColumn) => void;
}

/**
 * A column header that sorts the table: a real button (so Tab, Enter and Space work) inside a
 * header cell whose aria-sort tells screen readers which column is sorted and which way.
 */
export function SortableColumnHeader({
  column,
  label,
  sort,
  numeric = false,
  onSort,
}: SortableColumnHeaderProps) {
  const active = sort.column === column;
  const icon = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <th
      scope="col"
      aria-sort={active ? sort.direction : undefined}
      className={numeric ? 'numeric' : undefined}
    >
      <button
        type="button"
        className={active ? 'sort-button sort-button--active' : 'sort-button'}
        onClick={() => {
          onSort(column);
        }}
      >
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {icon}
        </span>
      </button>
    </th>
  );
}
