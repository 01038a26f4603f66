/**
 * A chart's numbers as CSV for spreadsheets: RFC 4180 quoting and CRLF line ends (papaparse),
 * UTF-8 with a byte-order mark so accented city names open correctly, a header row naming each
 * column's unit, missing values empty (never 0), averages to one decimal place. Text that begins with = + - @, a tab or a
 * carriage return is prefixed with an apostrophe so that no spreadsheet runs it as a formula;
 * numbers stay numbers, so a change of -5 is still the number -5.
 */
import Papa from 'papaparse';
import type { ChartColumn, ChartData } from '../chart-data';
import { exportedValues } from './exported-values';

const BYTE_ORDER_MARK = '\uFEFF';

/** Papaparse's own pattern ends in `.*$`, which misses text with a line break after the =. */
const formulaStart = /^[=+\-@\t\r]/;

export function columnHeading(column: ChartColumn, unitOf: (column: ChartColumn) => string) {
  const unit = column.unit ?? unitOf(column);
  return unit ? `${column.header} (${unit})` : column.header;
}

export function chartCsv(data: ChartData, unitOf: (column: ChartColumn) => string): string {
  const csv = Papa.unparse(
    {
      fields: data.columns.map((column) => columnHeading(column, unitOf)),
      data: exportedValues(data),
    },
    { newline: '\r\n', escapeFormulae: formulaStart },
  );
  return `${BYTE_ORDER_MARK}${csv}\r\n`;
}
