/** The files a chart exports as; a module of its own so the menu can list them without loading the export code. */
export const chartFileFormats = [
  'png',
  'png-print',
  'svg',
  'csv',
  'csv-excel-eu',
  'xlsx',
  'json',
] as const;
export type ChartFileFormat = (typeof chartFileFormats)[number];
