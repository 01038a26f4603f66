/**
 * A chart's numbers as CSV for spreadsheets, in two dialects: RFC 4180 (comma-separated,
 * decimal point) and the one Excel reads in a German, French or Dutch locale (semicolons,
 * decimal comma), which otherwise opens a comma-separated file as one column. Both: quoting
 * and CRLF line ends by papaparse, UTF-8 with a byte-order mark so accented city names open
 * correctly, a header row naming each column's unit, missing values empty (never 0), averages
 * to one decimal place. Text that begins with = + - @, a tab or a carriage return is prefixed
 * with an apostrophe (and quoted) so that no spreadsheet runs it as a formula; numbers never
 * are, so a change of -5 is still the number -5 (-5,5 in the European dialect, not text).
 */
import Papa from 'papaparse';
import type { ChartColumn, ChartData } from '../chart-data';
import { decimalComma } from './decimal-comma';
import { exportedValues } from './exported-values';

const BYTE_ORDER_MARK = '\uFEFF';

/** Papaparse's own pattern ends in `.*$`, which misses text with a line break after the =. */
const formulaStart = /^[=+\-@\t\r]/;
/** Text `literalText` has guarded, quoted as papaparse quotes what its own guard changes. */
const guardedText = /^'[=+\-@\t\r]/;

/** How a dialect separates cells and writes a number. */
interface CsvDialect {
  delimiter: ',' | ';';
  number: (value: number) => string;
}

const rfc4180: CsvDialect = { delimiter: ',', number: String };
const excelEurope: CsvDialect = { delimiter: ';', number: decimalComma };

/** A column's header as files give it: "Overall (points, 0–100)", or the name alone. */
export function columnHeading(column: ChartColumn, unitOf: (column: ChartColumn) => string) {
  const unit = column.unit ?? unitOf(column);
  return unit ? `${column.header} (${unit})` : column.header;
}

/**
 * Text a spreadsheet would run as a formula, made literal with a leading apostrophe:
 * "=1+1" → "'=1+1"; any other text as it is.
 */
function literalText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One cell as text: numbers in the dialect, null empty, text guarded against formulas. */
type CsvCell = string | number | null;

function csvTable(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect,
): string {
  const csv = Papa.unparse(
    {
      fields: header.map(literalText),
      data: rows.map((values) =>
        values.map((value) =>
          typeof value === 'number'
            ? dialect.number(value)
            : value === null
              ? ''
              : literalText(value),
        ),
      ),
    },
    {
      delimiter: dialect.delimiter,
      newline: '\r\n',
      quotes: (value: unknown) => typeof value === 'string' && guardedText.test(value),
    },
  );
  return `${BYTE_ORDER_MARK}${csv}\r\n`;
}

function csvOf(
  data: ChartData,
  unitOf: (column: ChartColumn) => string,
  dialect: CsvDialect,
): string {
  return csvTable(
    data.columns.map((column) => columnHeading(column, unitOf)),
    exportedValues(data),
    dialect,
  );
}

/**
 * Any table as RFC 4180 CSV, written as a chart's is: BOM first, CRLF line ends, text that a
 * spreadsheet would run as a formula made literal, null as an empty cell.
 */
export function tableCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvTable(header, rows, rfc4180);
}

/** The chart's table as RFC 4180 CSV (commas, decimal points), BOM first, CRLF line ends. */
export function chartCsv(data: ChartData, unitOf: (column: ChartColumn) => string): string {
  return csvOf(data, unitOf, rfc4180);
}

/**
 * The same table for Excel in a European locale: semicolons, decimal commas without thousands
 * grouping (1234,5), otherwise as `chartCsv`: BOM, CRLF, the same header row and guard.
 */
export function chartCsvForExcelEurope(
  data: ChartData,
  unitOf: (column: ChartColumn) => string,
): string {
  return csvOf(data, unitOf, excelEurope);
}
