/**
 * Import files built in tests only (docs/import.md): CSV as UTF-8 text and XLSX written with
 * write-excel-file, from rows of cells; numbers stay numbers in the workbook, as a year typed
 * into Excel does.
 */
import Papa from 'papaparse';
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import { importColumns, type ImportColumn } from '../../src/domain/import-rows';

/** A data row from the columns given by name, the others empty, in the template's order. */
export function importRow(
  cells: Partial<Record<ImportColumn, string | number>>,
): (string | number)[] {
  return importColumns.map((column) => cells[column] ?? '');
}

/** The header and `rows` as CSV text (comma-separated, quoted where needed). */
export function importCsv(rows: readonly (readonly (string | number)[])[]): string {
  return Papa.unparse([[...importColumns], ...rows.map((row) => row.map(String))]);
}

/** The header and `rows` as the bytes of an XLSX workbook with one sheet. */
export async function importXlsx(
  rows: readonly (readonly (string | number)[])[],
): Promise<Uint8Array> {
  const cell = (value: string | number): Cell =>
    typeof value === 'number' ? { value, type: Number } : value === '' ? null : { value };
  const blob = await writeXlsxFile([
    { data: [[...importColumns].map(cell), ...rows.map((row) => row.map(cell))] },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
