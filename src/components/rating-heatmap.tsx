/**
 * A heatmap of ratings: one row per city, one column per commitment, each cell coloured and
 * marked with its rating's symbol (never colour alone). Drawn as one scalable SVG rather than
 * through recharts, which has no heatmap and slows down with many marks; callers page long
 * lists. Focus the heatmap and move with the arrow keys (Home and End for a row's ends): the
 * tooltip names the city, the commitment and the rating, as it does under the mouse.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RatingCell } from '../domain/rating-distribution';
import { useNarrowChart } from './chart-width';
import { RatingLegend } from './rating-legend';
import { ratingCellStyles } from './rating-style';
import { RatingSymbol } from './rating-symbol';

export interface HeatmapRow {
  id: string;
  label: string;
  /** One cell per column, in the columns' order. */
  cells: readonly RatingCell[];
}

export interface HeatmapColumn {
  id: string;
  label: string;
  /** The column's full name, for the tooltip. */
  description: string;
  /** Columns of one group sit together, with a gap before the next group. */
  group: string;
}

interface RatingHeatmapProps {
  title: string;
  rows: readonly HeatmapRow[];
  columns: readonly HeatmapColumn[];
  cellLabel: (cell: RatingCell) => string;
  rowAxisLabel: string;
  columnAxisLabel: string;
  legend: readonly { cell: RatingCell; label: string }[];
}

const LABEL_WIDTH = 230;
const CELL_WIDTH = 46;
const CELL_HEIGHT = 30;
const GROUP_GAP = 8;
const HEADER_HEIGHT = 52;
const MAX_LABEL_LENGTH = 28;
/** On narrow screens the heatmap is drawn no smaller than this share of its size. */
const NARROW_SCALE = 0.7;

interface Position {
  row: number;
  column: number;
}

function shortLabel(label: string): string {
  return label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label;
}

export function RatingHeatmap({
  title,
  rows,
  columns,
  cellLabel,
  rowAxisLabel,
  columnAxisLabel,
  legend,
}: RatingHeatmapProps) {
  const [active, setActive] = useState<Position | null>(null);
  const narrow = useNarrowChart();
  // On a phone the heatmap scrolls sideways in its frame: a cell reached by the keyboard is
  // brought into view there (a cell under the mouse is in view already).
  const activeOutline = useRef<SVGRectElement>(null);
  const revealActive = useRef(false);
  useEffect(() => {
    if (!revealActive.current) return;
    revealActive.current = false;
    activeOutline.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  const groups = [...new Set(columns.map((column) => column.group))];
  const columnX = columns.map(
    (column, index) => LABEL_WIDTH + index * CELL_WIDTH + groups.indexOf(column.group) * GROUP_GAP,
  );
  const width = (columnX.at(-1) ?? LABEL_WIDTH) + CELL_WIDTH + 4;
  const height = HEADER_HEIGHT + rows.length * CELL_HEIGHT + 4;
  // Scaled to a phone's width its labels would be a few pixels high: there it keeps most of its
  // size and scrolls sideways in its frame, which the keyboard reaches (the heatmap takes focus).
  const minWidth = narrow ? Math.round(width * NARROW_SCALE) : undefined;
  const rowY = (index: number) => HEADER_HEIGHT + index * CELL_HEIGHT;

  const activeRow = active ? rows[active.row] : undefined;
  const activeColumn = active ? columns[active.column] : undefined;
  const activeCell = active ? activeRow?.cells[active.column] : undefined;

  function move(event: KeyboardEvent<SVGSVGElement>) {
    const current = active ?? { row: 0, column: 0 };
    const last = { row: rows.length - 1, column: columns.length - 1 };
    const next = ((): Position | null => {
      switch (event.key) {
        case 'ArrowRight':
          return { ...current, column: Math.min(current.column + 1, last.column) };
        case 'ArrowLeft':
          return { ...current, column: Math.max(current.column - 1, 0) };
        case 'ArrowDown':
          return { ...current, row: Math.min(current.row + 1, last.row) };
        case 'ArrowUp':
          return { ...current, row: Math.max(current.row - 1, 0) };
        case 'Home':
          return { ...current, column: 0 };
        case 'End':
          return { ...current, column: last.column };
        default:
          return null;
      }
    })();
    if (event.key === 'Escape') {
      setActive(null);
      return;
    }
    if (!next) return;
    event.preventDefault();
    revealActive.current = true;
    setActive(next);
  }

  return (
    <div className="chart-with-legend rating-heatmap__frame">
      <div className="rating-heatmap" style={{ maxWidth: width, minWidth }}>
        <svg
          className="rating-heatmap__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="application"
          aria-label={title}
          tabIndex={0}
          onKeyDown={move}
          onFocus={() => {
            setActive((current) => current ?? (rows.length > 0 ? { row: 0, column: 0 } : null));
          }}
          onBlur={() => {
            setActive(null);
          }}
          onMouseLeave={() => {
            setActive(null);
          }}
        >
          <text x={4} y={HEADER_HEIGHT - 10} className="rating-heatmap__axis-label">
            {rowAxisLabel}
          </text>
          <text
            x={(LABEL_WIDTH + width) / 2}
            y={16}
            textAnchor="middle"
            className="rating-heatmap__axis-label"
          >
            {columnAxisLabel}
          </text>
          {columns.map((column, index) => (
            <text
              key={column.id}
              x={(columnX[index] ?? 0) + CELL_WIDTH / 2}
              y={HEADER_HEIGHT - 10}
              textAnchor="middle"
              className="rating-heatmap__column-label"
            >
              {column.label}
            </text>
          ))}
          {rows.map((row, rowIndex) => (
            <g key={row.id}>
              <text
                x={LABEL_WIDTH - 8}
                y={rowY(rowIndex) + CELL_HEIGHT / 2 + 5}
                textAnchor="end"
                className="rating-heatmap__row-label"
              >
                {shortLabel(row.label)}
              </text>
              {row.cells.map((cell, columnIndex) => {
                const style = ratingCellStyles[cell];
                const x = (columnX[columnIndex] ?? 0) + 1;
                const y = rowY(rowIndex) + 1;
                return (
                  <g
                    key={columns[columnIndex]?.id ?? columnIndex}
                    onMouseEnter={() => {
                      setActive({ row: rowIndex, column: columnIndex });
                    }}
                  >
                    <rect
                      x={x}
                      y={y}
                      width={CELL_WIDTH - 2}
                      height={CELL_HEIGHT - 2}
                      fill={style.fill}
                      stroke={style.border === 'none' ? 'none' : '#6b7480'}
                      strokeDasharray={style.border === 'dashed' ? '3 2' : undefined}
                    />
                    <RatingSymbol
                      cell={cell}
                      cx={x + (CELL_WIDTH - 2) / 2}
                      cy={y + (CELL_HEIGHT - 2) / 2}
                      ink={style.ink}
                    />
                  </g>
                );
              })}
            </g>
          ))}
          {active && (
            <rect
              ref={activeOutline}
              x={(columnX[active.column] ?? 0) - 1}
              y={rowY(active.row) - 1}
              width={CELL_WIDTH + 2}
              height={CELL_HEIGHT + 2}
              fill="none"
              stroke="#1f2328"
              strokeWidth={3}
              pointerEvents="none"
            />
          )}
        </svg>
        {active && activeRow && activeColumn && activeCell && (
          <div
            className="rating-heatmap__tooltip"
            role="status"
            aria-live="polite"
            style={{
              left: `${(((columnX[active.column] ?? 0) + CELL_WIDTH / 2) / width) * 100}%`,
              top: `${(rowY(active.row) / height) * 100}%`,
            }}
          >
            <strong>{activeRow.label}</strong>
            <br />
            {activeColumn.label} {activeColumn.description}
            <br />
            {cellLabel(activeCell)}
          </div>
        )}
      </div>
      <RatingLegend entries={legend} />
    </div>
  );
}
