/**
 * A chart's numbers as an Excel workbook (write-excel-file), for report authors whose Excel
 * misreads CSV: sheet 1 holds the chart's table under a bold, frozen header row, numbers as
 * numeric cells (averages to one decimal place, as in every file), missing values as empty
 * cells (never 0) and text as text cells formatted as text, so "=1+1" stays those characters
 * and never becomes a formula, even when someone edits the cell; sheet 2 says what the table
 * is, as a figure's caption does: title, subtitle, summary, note, source line, sample-data note
 * and the date of export. Loaded only when someone asks for a workbook: the library is not in
 * any page's code. A table of more than about a thousand rows is refused (`workbook-size.ts`
 * says why).
 */
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import type { ChartColumn, ChartData, ChartValue } from '../chart-data';
import { columnHeading } from './chart-csv';
import { exportedValues } from './exported-values';
import { fitsWithoutWorker, WorkbookTooLargeError } from './workbook-size';

/** The workbook's own words, in the UI's language: sheet names and the "About" sheet's labels. */
export interface WorkbookWords {
  dataSheet: string;
  aboutSheet: string;
  title: string;
  subtitle: string;
  summary: string;
  note: string;
  source: string;
  sampleNote: string;
  exportedOn: string;
}

/** What the "About" sheet says of the chart: its caption, as the PNG and SVG give it. */
export interface WorkbookAbout {
  title: string;
  subtitle?: string | undefined;
  /** The chart's one-sentence summary. */
  summary?: string | undefined;
  /** E.g. that the chart shows one page of a larger group. */
  note?: string | undefined;
  /** "Source: Charter Monitor, …, exported …". */
  source: string;
  /** Set when the data is the demo's invented sample. */
  sampleNote?: string | undefined;
  /** When the file was made; the sheet gives its day, in the exporting computer's time zone. */
  exportedAt: Date;
}

/** Excel's cell format for text ("@"), and the date format the export day is shown in. */
const TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';
/** Column widths in characters: wide enough for short numbers, never wider than a screen. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Excel refuses sheet names longer than this or with any of these characters. */
const SHEET_NAME_LENGTH = 31;
const sheetNameForbidden = /[:\\/?*[\]]/g;

function textCell(value: string): Cell {
  return { value, type: String, format: TEXT_FORMAT };
}

function headerCell(value: string): Cell {
  return { value, type: String, fontWeight: 'bold' };
}

/** A translated name Excel accepts: no : \ / ? * [ ], at most 31 characters, never blank. */
function sheetName(name: string, fallback: string): string {
  const cleaned = name
    .replace(sheetNameForbidden, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '')
    .slice(0, SHEET_NAME_LENGTH)
    .trimEnd();
  return cleaned === '' ? fallback : cleaned;
}

/** One width per column, in characters, from its longest cell. */
function columnWidths(rows: readonly (readonly (string | number | null)[])[]) {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((value, index) => {
      const length = value === null ? 0 : String(value).length;
      widths[index] = Math.max(widths[index] ?? MIN_WIDTH, Math.min(length + 2, MAX_WIDTH));
    });
  }
  return widths.map((width) => ({ width }));
}

function dataSheet(
  headings: readonly string[],
  values: readonly (readonly ChartValue[])[],
  name: string,
): Sheet<Blob> {
  const rows: Row[] = [
    headings.map(headerCell),
    ...values.map((row) =>
      row.map((value): Cell => {
        if (value === null) return null;
        return typeof value === 'number' ? { value, type: Number } : textCell(value);
      }),
    ),
  ];
  return {
    sheet: name,
    data: rows,
    columns: columnWidths([headings, ...values]),
    stickyRowsCount: 1,
  };
}

/** The day `at` falls on where it was exported, as the UTC midnight a spreadsheet date is. */
function calendarDay(at: Date): Date {
  return new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()));
}

function aboutSheet(about: WorkbookAbout, words: WorkbookWords, name: string): Sheet<Blob> {
  const lines: [string, string | undefined][] = [
    [words.title, about.title],
    [words.subtitle, about.subtitle],
    [words.summary, about.summary],
    [words.note, about.note],
    [words.source, about.source],
    [words.sampleNote, about.sampleNote],
  ];
  const rows: Row[] = lines.flatMap(([label, text]) =>
    text ? [[headerCell(label), textCell(text)]] : [],
  );
  rows.push([
    headerCell(words.exportedOn),
    { value: calendarDay(about.exportedAt), type: Date, format: DATE_FORMAT },
  ]);
  const labelWidth = Math.max(...lines.map(([label]) => label.length), words.exportedOn.length);
  return {
    sheet: name,
    data: rows,
    columns: [{ width: Math.min(labelWidth + 2, MAX_WIDTH) }, { width: MAX_WIDTH * 2 }],
  };
}

/**
 * The chart's table and caption as an .xlsx workbook: sheet 1 (`words.dataSheet`) the table,
 * sheet 2 (`words.aboutSheet`) the caption. `unitOf` gives the unit a column's header names
 * when the column has none of its own, as for CSV. Rejects with `WorkbookTooLargeError` when
 * the table is too large to be zipped under the app's Content-Security-Policy.
 */
export async function chartWorkbook(
  data: ChartData,
  about: WorkbookAbout,
  words: WorkbookWords,
  unitOf: (column: ChartColumn) => string,
): Promise<Blob> {
  const headings = data.columns.map((column) => columnHeading(column, unitOf));
  const values = exportedValues(data);
  if (!fitsWithoutWorker([headings, ...values])) throw new WorkbookTooLargeError();
  const dataName = sheetName(words.dataSheet, 'Sheet1');
  let aboutName = sheetName(words.aboutSheet, 'Sheet2');
  // Sheet names are unique regardless of case.
  if (aboutName.toLowerCase() === dataName.toLowerCase()) aboutName = 'Sheet2';
  return writeXlsxFile([
    dataSheet(headings, values, dataName),
    aboutSheet(about, words, aboutName),
  ]).toBlob();
}
