/**
 * The round pack: every chart of a round's overview and key-trends pages as a PNG (2× screen
 * size) and its numbers as CSV, with a contents file, in one ZIP (fflate). Made one file at a
 * time, reporting progress, and stops between files when cancelled.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ChartColumn } from '../chart-data';
import type { CollectedFigure } from './chart-export-content';
import type { ChartFileFormat } from './chart-file-formats';
import { makeChartFile } from './chart-files';

const packFormats: readonly ChartFileFormat[] = ['png', 'csv'];

export interface RoundPackOptions {
  source: { sourceLine: string; sampleNote: string | undefined; exportedAt: Date };
  unitOf: (column: ChartColumn) => string;
  /** The contents file's text, from the files made and the figure each shows. */
  contents: (files: readonly { fileName: string; title: string }[]) => string;
  contentsFileName: string;
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

export function roundPackFileCount(figureCount: number): number {
  return figureCount * packFormats.length;
}

export async function buildRoundPack(
  figures: readonly CollectedFigure[],
  options: RoundPackOptions,
): Promise<Blob> {
  const { source, signal } = options;
  const total = roundPackFileCount(figures.length);
  const entries: Zippable = {};
  const made: { fileName: string; title: string }[] = [];
  for (const figure of figures) {
    const content = figure.content();
    for (const format of packFormats) {
      signal.throwIfAborted();
      const file = await makeChartFile({
        format,
        chartArea: figure.chartArea,
        text: { ...content, source: source.sourceLine, sampleNote: source.sampleNote },
        data: content.data,
        name: content.name,
        sampleData: source.sampleNote !== undefined,
        exportedAt: source.exportedAt,
        unitOf: options.unitOf,
        signal,
      });
      let fileName = file.fileName;
      for (let copy = 2; fileName in entries; copy += 1) {
        fileName = file.fileName.replace(/(\.[a-z]+)$/, `-${String(copy)}$1`);
      }
      // PNGs are compressed already; deflating them again costs time and saves nothing.
      entries[fileName] = [
        new Uint8Array(await file.contents.arrayBuffer()),
        { level: format === 'png' ? 0 : 6 },
      ];
      made.push({ fileName, title: content.title });
      options.onProgress(made.length, total);
    }
  }
  signal.throwIfAborted();
  entries[options.contentsFileName] = strToU8(options.contents(made));
  const zipped = zipSync(entries);
  return new Blob(
    [new Uint8Array(zipped.buffer as ArrayBuffer, zipped.byteOffset, zipped.length)],
    {
      type: 'application/zip',
    },
  );
}
