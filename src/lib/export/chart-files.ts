/**
 * Every file a chart can be exported as, made in the browser: PNG (2× the screen, or print
 * size), SVG, CSV and JSON. Loaded only when someone exports, with papaparse and the figure
 * code. The round pack makes its files with the same function.
 */
import type { ChartColumn, ChartData } from '../chart-data';
import { chartCsv } from './chart-csv';
import type { ChartFileFormat } from './chart-file-formats';
import { chartExport } from './chart-json';
import { figureFileName, type FigureName } from './figure-file-name';
import { composeFigure, figurePng, type FigureText } from './figure-svg';

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
  signal?: AbortSignal;
}

export interface ChartFile {
  fileName: string;
  contents: Blob;
}

export async function makeChartFile(request: ChartFileRequest): Promise<ChartFile> {
  const { format, text, data, name, unitOf, signal } = request;
  switch (format) {
    case 'csv':
      return {
        fileName: figureFileName(name, 'csv'),
        contents: new Blob([chartCsv(data, unitOf)], { type: 'text/csv;charset=utf-8' }),
      };
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
      const fileName = figureFileName(name, 'png');
      return {
        fileName: format === 'png' ? fileName : fileName.replace(/\.png$/, '_print.png'),
        contents: await figurePng(figure, width),
      };
    }
  }
}
