/**
 * Whether a workbook can be made under the app's Content-Security-Policy. write-excel-file zips
 * with fflate's asynchronous zip(), which deflates any part of 160,000 bytes or more in a Web
 * Worker made from a blob: URL; the policy (worker-src 'self', README "Security headers")
 * blocks that worker and the zip never finishes, so the export would wait for ever. A table
 * whose parts might reach that size is refused at once instead, by a generous estimate of the
 * two parts that grow with it: the table's sheet and its shared strings (every other part is a
 * few hundred bytes).
 */
import type { ChartValue } from '../chart-data';

/** fflate deflates a part this large or larger in a worker (fflate 0.8, `zip`). */
export const WORKER_FREE_PART_BYTES = 160_000;

/**
 * Upper bounds of write-excel-file's markup, in bytes: around the sheet (XML declaration,
 * namespaces, frozen pane) and per column (its width); around a row besides its number
 * (<row r=""></row>); around a cell besides its row number and value
 * (<c r="ABC" s="12" t="s"><v></v></c>); around a shared string
 * (<si><t xml:space="preserve"></t></si>).
 */
const SHEET_BYTES = 1_500;
const COLUMN_BYTES = 64;
const ROW_BYTES = 16;
const CELL_BYTES = 36;
const STRING_BYTES = 36;
/** What escaping adds to a character at most (" becomes &quot;). */
const ESCAPE_BYTES = 5;
const xmlSpecial = /[&<>"']/g;

/** The table's sheet and shared strings parts as at most this many bytes. */
export interface WorkbookPartEstimate {
  sheetBytes: number;
  sharedStringBytes: number;
}

const utf8 = new TextEncoder();

/** Generous estimates of the two growing parts of a workbook holding `rows` (header first). */
export function estimateWorkbookParts(
  rows: readonly (readonly ChartValue[])[],
): WorkbookPartEstimate {
  const strings = new Set<string>();
  for (const row of rows)
    for (const value of row) if (typeof value === 'string') strings.add(value);
  // A text cell holds its string's index, written in at most this many digits.
  const indexDigits = String(strings.size).length;
  let sheetBytes = SHEET_BYTES + COLUMN_BYTES * (rows[0]?.length ?? 0);
  rows.forEach((row, index) => {
    const rowDigits = String(index + 1).length;
    sheetBytes += ROW_BYTES + rowDigits;
    for (const value of row) {
      if (value === null) continue;
      sheetBytes +=
        CELL_BYTES + rowDigits + (typeof value === 'number' ? String(value).length : indexDigits);
    }
  });
  let sharedStringBytes = SHEET_BYTES;
  for (const text of strings) {
    const specials = text.match(xmlSpecial)?.length ?? 0;
    sharedStringBytes += STRING_BYTES + utf8.encode(text).length + specials * ESCAPE_BYTES;
  }
  return { sheetBytes, sharedStringBytes };
}

/** Whether every part of a workbook holding `rows` is deflated without a worker. */
export function fitsWithoutWorker(rows: readonly (readonly ChartValue[])[]): boolean {
  const { sheetBytes, sharedStringBytes } = estimateWorkbookParts(rows);
  return sheetBytes < WORKER_FREE_PART_BYTES && sharedStringBytes < WORKER_FREE_PART_BYTES;
}

/** A table too large to be zipped under the app's policy (`fitsWithoutWorker`). */
export class WorkbookTooLargeError extends Error {
  constructor() {
    super('The table is too large for a workbook made without a worker');
    this.name = 'WorkbookTooLargeError';
  }
}
