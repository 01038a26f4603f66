/** A plain, accessible table: the text alternative of every chart, and the app's list tables. */
import { useId, type ReactNode } from 'react';
import { TableScroll } from './table-scroll';

export interface DataTableColumn {
  id: string;
  header: string;
  /** Right-aligns numbers so they compare at a glance. */
  numeric?: boolean;
  /** Text people wrote (e.g. an example): may break anywhere, so a pasted address wraps. */
  userText?: boolean;
}

export interface DataTableRow {
  id: string;
  /** One cell per column; the first is the row's header. */
  cells: readonly ReactNode[];
  /** E.g. to highlight a row; the highlight must also be said in a cell's words. */
  className?: string | undefined;
}

interface DataTableProps {
  caption: string;
  columns: readonly DataTableColumn[];
  rows: readonly DataTableRow[];
}

export function DataTable({ caption, columns, rows }: DataTableProps) {
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.className}>
              {row.cells.map((cell, index) => {
                const column = columns[index];
                const className = column?.numeric
                  ? 'numeric'
                  : column?.userText
                    ? 'user-text'
                    : undefined;
                return index === 0 ? (
                  <th key={column?.id ?? index} scope="row" className={className}>
                    {cell}
                  </th>
                ) : (
                  <td key={column?.id ?? index} className={className}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
