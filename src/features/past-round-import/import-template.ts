/**
 * The import template (docs/import.md) as files to download: the header row and two example
 * rows, as CSV (UTF-8 with a byte-order mark, so Excel opens accents right) or as an XLSX
 * workbook. Both writers load only when someone downloads a template.
 */
import { importTemplateRows } from '../../domain/import-rows';
import { CSV_MEDIA_TYPE } from '../../domain/import-preview';

/** The template as CSV text in a Blob. */
export async function importTemplateCsv(): Promise<Blob> {
  const { default: Papa } = await import('papaparse');
  const text = Papa.unparse(importTemplateRows.map((row) => [...row]));
  return new Blob(['\uFEFF', text, '\r\n'], { type: `${CSV_MEDIA_TYPE};charset=utf-8` });
}

/** The template as an XLSX workbook; the round is a number, as a year typed into Excel is. */
export async function importTemplateXlsx(): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const [header = [], ...examples] = importTemplateRows;
  const roundColumn = header.indexOf('round');
  return writeXlsxFile([
    {
      sheet: 'Import',
      data: [
        header.map((name) => ({ value: name, fontWeight: 'bold' as const })),
        ...examples.map((row) =>
          row.map((value, column) =>
            value === ''
              ? null
              : column === roundColumn
                ? { value: Number(value), type: Number }
                : { value },
          ),
        ),
      ],
      stickyRowsCount: 1,
    },
  ]).toBlob();
}
