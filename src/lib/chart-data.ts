/**
 * The numbers behind a chart, once: the frame shows them as its "Show as table" alternative and
 * exports them as CSV and JSON, so the table, the files and the chart never disagree.
 */
import type { ReactNode } from 'react';

/** A raw value: text, a number in the column's unit, or null when there is none (never 0). */
export type ChartValue = string | number | null;

/**
 * How a column's values read: `label` and `text` as they are; `score` 0–100 points;
 * `scoreChange` signed points; `count` a whole number; `percent` 0–100; `rank` 1 = first;
 * `year` without grouping.
 */
export type ChartColumnKind =
  'label' | 'text' | 'score' | 'scoreChange' | 'count' | 'percent' | 'rank' | 'year';

export interface ChartColumn {
  id: string;
  /** The column's name without its unit: files add the unit (`unit` or the kind's) to it. */
  header: string;
  kind: ChartColumnKind;
  /** The unit a file's header names, e.g. "points, 0–100"; the kind's unit when left out. */
  unit?: string;
  /** What a missing value means here, shown in its cell; "no score" when left out. */
  missingLabel?: string;
}

export interface ChartRow {
  id: string;
  /** One raw value per column. */
  values: readonly ChartValue[];
  /** Why a cell's value is missing, where it differs by row (e.g. "no assessment"). */
  missingLabels?: readonly (string | undefined)[];
  /** How a cell shows on screen when plain formatting is not enough, e.g. a rating's symbol. */
  display?: readonly (ReactNode | undefined)[];
  /** E.g. to highlight a row; the highlight must also be said in a cell's words. */
  className?: string | undefined;
}

export interface ChartData {
  columns: readonly ChartColumn[];
  rows: readonly ChartRow[];
}

export const numericKinds: ReadonlySet<ChartColumnKind> = new Set([
  'score',
  'scoreChange',
  'count',
  'percent',
  'rank',
  'year',
]);
