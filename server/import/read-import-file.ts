/**
 * Reading an uploaded import file into rows of text cells, or refusing it whole with a reason.
 * CSV through papaparse; XLSX through read-excel-file, behind guards of our own: a spreadsheet
 * is a ZIP of XML, so a small upload can unpack to gigabytes or declare a million rows.
 *
 * - The archive's directory is read first (sizes as declared, nothing inflated): the XML parts
 *   together may declare at most MAX_UNPACKED_BYTES. fflate inflates each part into a buffer of
 *   its declared size, so a part that lies about its size cannot grow past it.
 * - The sheets' row and cell references are counted before any parsing: rows beyond the limit
 *   or cells in far-off columns are refused, since the reader pads every row to the widest.
 * - The parts are handed to read-excel-file re-packed without compression: its own unzip then
 *   only slices, and never starts the Web Worker (from a `blob:` URL) that fflate uses for big
 *   parts, which the app's Content-Security-Policy (`worker-src 'self'`) forbids in the demo.
 * - Its XML parser (saxen) expands only XML's five named entities and character references:
 *   a DOCTYPE's own entities are not expanded, so no "billion laughs".
 *
 * Both libraries are imported lazily: only an import loads them, not the demo's mock API.
 */
import { IMPORT_MAX_ROWS } from '../../src/domain/import-rows';
import type { ImportFileRefusal } from '../../src/domain/import-preview';

/** A whole file refused, with the reason the page shows. */
export class ImportFileRefused extends Error {
  constructor(readonly refusal: ImportFileRefusal) {
    super(`Import file refused: ${refusal}`);
  }
}

/** What the XML parts of one XLSX file may unpack to, together, in bytes (100 MiB). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** The widest sheet read: the template has 11 columns. */
export const MAX_COLUMNS = 64;

/** The file's rows (header first), each cell as text. */
export type ImportFileRows = string[][];

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Bytes Windows-1252 leaves undefined: text that has them is not Windows-1252 either. Latin-1
 * (ISO 8859-1) puts control characters there, which no spreadsheet writes.
 */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * The text of a CSV file: UTF-8, with or without its byte-order mark. Anything else is refused
 * with what it looks like. Windows-1252 is recognised but not decoded: the same bytes are valid
 * ISO 8859-2 or 8859-15 too, and a city name (Łódź, Plzeň) would silently change letters.
 */
export function decodeCsvText(bytes: Uint8Array): string {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) {
    throw new ImportFileRefused('not_csv');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new ImportFileRefused('utf16');
  }
  if (bytes.includes(0)) throw new ImportFileRefused('not_csv');
  try {
    // ignoreBOM false (the default): a leading UTF-8 byte-order mark is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const looksLikeWindows1252 = bytes.every((byte) => !UNDEFINED_IN_WINDOWS_1252.has(byte));
    throw new ImportFileRefused(looksLikeWindows1252 ? 'windows_1252' : 'not_utf8');
  }
}

/** The rows of a CSV file; at most IMPORT_MAX_ROWS data rows are parsed. */
export async function readCsvRows(bytes: Uint8Array): Promise<ImportFileRows> {
  const text = decodeCsvText(bytes);
  const { default: Papa } = await import('papaparse');
  // One row past the limit is enough to know there are too many.
  const result = Papa.parse<string[]>(text, {
    preview: IMPORT_MAX_ROWS + 2,
    skipEmptyLines: false,
  });
  if (result.errors.some((error) => error.code === 'MissingQuotes')) {
    throw new ImportFileRefused('truncated');
  }
  const rows = result.data;
  // A file that ends with a line break gives one empty last row.
  if (rows.length > 0 && rows.at(-1)?.every((cell) => cell === '')) rows.pop();
  return checkRowCount(rows);
}

function checkRowCount(rows: ImportFileRows): ImportFileRows {
  if (rows.length === 0) throw new ImportFileRefused('empty');
  if (rows.length - 1 > IMPORT_MAX_ROWS) throw new ImportFileRefused('too_many_rows');
  return rows;
}

/** Whether the archive's end-of-central-directory record is there: without it, it was cut. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (
      bytes[at] === 0x50 &&
      bytes[at + 1] === 0x4b &&
      bytes[at + 2] === 0x05 &&
      bytes[at + 3] === 0x06
    ) {
      return true;
    }
  }
  return false;
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

/**
 * Refuses a sheet with more rows than the import reads or cells beyond MAX_COLUMNS, from its
 * references alone (`<row r="…">`, `<c r="AB12">`), before the XML is parsed.
 */
function checkSheetExtent(xml: string): void {
  let rows = 0;
  let maxRow = 0;
  for (const match of xml.matchAll(/<row\b[^>]*?\br="(\d+)"|<row\b/g)) {
    rows += 1;
    if (match[1] !== undefined) maxRow = Math.max(maxRow, Number(match[1]));
  }
  if (Math.max(rows, maxRow) - 1 > IMPORT_MAX_ROWS) throw new ImportFileRefused('too_many_rows');
  for (const match of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+)\d+"/g)) {
    const letters = match[1] ?? '';
    let column = 0;
    for (let at = 0; at < letters.length; at += 1)
      column = column * 26 + letters.charCodeAt(at) - 64;
    if (column > MAX_COLUMNS) throw new ImportFileRefused('too_many_columns');
  }
}

/** A cell as read-excel-file gives it, as text: a year typed as a number is "2015". */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The rows of the first sheet of an XLSX file. */
export async function readXlsxRows(bytes: Uint8Array): Promise<ImportFileRows> {
  if (startsWith(bytes, OLE_MAGIC)) throw new ImportFileRefused('xls');
  if (!startsWith(bytes, ZIP_MAGIC)) throw new ImportFileRefused('not_xlsx');
  if (!hasZipEnd(bytes)) throw new ImportFileRefused('truncated');
  const { unzipSync, zipSync, strFromU8 } = await import('fflate');

  let declared = 0;
  let parts: Record<string, Uint8Array>;
  try {
    // First pass: the directory only (every part filtered out, nothing inflated).
    unzipSync(bytes, {
      filter: (file) => {
        if (isXmlPart(file.name)) declared += file.originalSize;
        return false;
      },
    });
    if (declared > MAX_UNPACKED_BYTES) throw new ImportFileRefused('unpacked_too_large');
    parts = unzipSync(bytes, { filter: (file) => isXmlPart(file.name) });
  } catch (error) {
    if (error instanceof ImportFileRefused) throw error;
    throw new ImportFileRefused('damaged');
  }
  for (const [name, content] of Object.entries(parts)) {
    if (name.startsWith('xl/worksheets/')) checkSheetExtent(strFromU8(content));
  }

  const { readSheet } = await import('read-excel-file/universal');
  let sheet: unknown[][];
  try {
    const stored = zipSync(parts, { level: 0 });
    sheet = await readSheet(stored.buffer as ArrayBuffer);
  } catch {
    throw new ImportFileRefused('damaged');
  }
  return checkRowCount(sheet.map((row) => row.map(cellText)));
}

/** Which reader a media type asks for; null for any other type. */
export function importFileKindOf(mediaType: string | undefined): 'csv' | 'xlsx' | null {
  const type = (mediaType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') return 'xlsx';
  return null;
}
