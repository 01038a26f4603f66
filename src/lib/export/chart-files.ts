/**
 * Every file a chart can be exported as, made in the browser: PNG (2× the screen, or print
 * size), SVG, CSV (comma-separated, or for Excel in Europe), XLSX and JSON. Loaded only when
 * someone exports, with papaparse and the figure code; the workbook library only when someone
 * asks for a workbook. The round pack makes its files with the same function.
 */
import type { ChartColumn, ChartData } from '../chart-data';
import { chartCsv, chartCsvForExcelEurope } from './chart-csv';
import type { ChartFileFormat } from './chart-file-formats';
import { chartExport } from './chart-json';
import { figureFileName, type FigureName } from './figure-file-name';
import { composeFigure, figurePng, type FigureText } from './figure-svg';
import type { WorkbookWords } from './chart-xlsx';
import { WorkbookTooLargeError } from './workbook-size';

/** Print size: wide enough for a full A4 page at 200 dpi and more. */
export const PRINT_WIDTH = 2400;

export interface ChartFileRequest {
  format: ChartFileFormat;
  /** Where the chart is drawn; needed for images only. */
  chartArea: () => Promise<Element>;
  text: FigureText;
  data: ChartData;
  name: FigureName;
  sampleData: boolean;
  exportedAt: Date;
  unitOf: (column: ChartColumn) => string;
  /** The workbook's sheet names and labels, in the UI's language; needed for XLSX only. */
  workbookWords?: WorkbookWords | undefined;
  signal?: AbortSignal;
}

export interface ChartFile {
  fileName: string;
  contents: Blob;
}

const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether `makeChartFile` failed because the table is too large for an XLSX workbook. */
export function tooLargeForWorkbook(error: unknown): boolean {
  return error instanceof WorkbookTooLargeError;
}

/** One file of the chart, in `request.format`, named after what it shows. */
export async function makeChartFile(request: ChartFileRequest): Promise<ChartFile> {
  const { format, text, data, name, unitOf, signal } = request;
  switch (format) {
    case 'csv':
      return {
        fileName: figureFileName(name, 'csv'),
        contents: new Blob([chartCsv(data, unitOf)], { type: CSV_TYPE }),
      };
    case 'csv-excel-eu':
      return {
        fileName: figureFileName(name, 'csv', 'excel-eu'),
        contents: new Blob([chartCsvForExcelEurope(data, unitOf)], { type: CSV_TYPE }),
      };
    case 'xlsx': {
      if (!request.workbookWords) throw new Error('A workbook needs its words');
      const { chartWorkbook } = await import('./chart-xlsx');
      const workbook = await chartWorkbook(
        data,
        { ...text, exportedAt: request.exportedAt },
        request.workbookWords,
        unitOf,
      );
      return {
        fileName: figureFileName(name, 'xlsx'),
        contents: new Blob([workbook], { type: XLSX_TYPE }),
      };
    }
    case 'json': {
      const contents = chartExport(
        data,
        {
          title: text.title,
          subtitle: text.subtitle,
          note: text.note,
          source: text.source,
          exportedAt: request.exportedAt,
          sampleData: request.sampleData,
        },
        unitOf,
      );
      return {
        fileName: figureFileName(name, 'json'),
        contents: new Blob([`${JSON.stringify(contents, null, 2)}\n`], {
          type: 'application/json',
        }),
      };
    }
    case 'svg': {
      const figure = await composeFigure(await request.chartArea(), text, signal);
      return {
        fileName: figureFileName(name, 'svg'),
        contents: new Blob([figure.svg], { type: 'image/svg+xml' }),
      };
    }
    case 'png':
    case 'png-print': {
      const figure = await composeFigure(await request.chartArea(), text, signal);
      const width = format === 'png' ? figure.width * 2 : PRINT_WIDTH;
      return {
        fileName: figureFileName(name, 'png', format === 'png' ? undefined : 'print'),
        contents: await figurePng(figure, width),
      };
    }
  }
}
