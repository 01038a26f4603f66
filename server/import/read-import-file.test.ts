import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importCsv, importRow, importXlsx } from './test-files';
import { importColumns, IMPORT_MAX_ROWS } from '../../src/domain/import-rows';
import {
  decodeCsvText,
  ImportFileRefused,
  importFileKindOf,
  MAX_UNPACKED_BYTES,
  readCsvRows,
  readXlsxRows,
} from './read-import-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The refusal a read ends with, or 'read' when it reads. */
async function outcome(read: Promise<unknown>): Promise<string> {
  try {
    await read;
    return 'read';
  } catch (error) {
    if (error instanceof ImportFileRefused) return error.refusal;
    throw error;
  }
}

const ghent = importRow({ city: 'Gent', round: 2015, commitment: 'PM1', rating: 'fully' });

describe('readCsvRows', () => {
  it('reads UTF-8, with or without its byte-order mark, quoted values and line breaks kept', async () => {
    const text = importCsv([
      importRow({ city: 'Łódź', round: 2015, commitment: 'PM1', evidence: 'A, "quoted"\nline' }),
    ]);
    const expected = [
      [...importColumns],
      importRow({
        city: 'Łódź',
        round: '2015',
        commitment: 'PM1',
        evidence: 'A, "quoted"\nline',
      }),
    ];
    expect(await readCsvRows(utf8(text))).toEqual(expected);
    expect(await readCsvRows(utf8(`\uFEFF${text}\r\n`))).toEqual(expected);
  });

  it('refuses Windows-1252, UTF-16, other encodings and binary files, saying which', async () => {
    // "Genève" in Windows-1252: è is one byte, 0xE8, invalid in UTF-8.
    const windows1252 = Uint8Array.from([...utf8('city,round\nGen'), 0xe8, ...utf8('ve,2015\n')]);
    expect(await outcome(readCsvRows(windows1252))).toBe('windows_1252');
    // 0x81 is undefined in Windows-1252.
    expect(await outcome(readCsvRows(Uint8Array.from([0x63, 0x81, 0xe8])))).toBe('not_utf8');
    expect(await outcome(readCsvRows(Uint8Array.from([0xff, 0xfe, 0x63, 0])))).toBe('utf16');
    expect(await outcome(readCsvRows(Uint8Array.from([0x63, 0, 0x64])))).toBe('not_csv');
    expect(await outcome(readCsvRows(await importXlsx([ghent])))).toBe('not_csv');
  });

  it('refuses a file cut inside a quoted value, and an empty one', async () => {
    const text = importCsv([importRow({ city: 'Ghent', evidence: 'long, "quoted" text' })]);
    expect(await outcome(readCsvRows(utf8(text.slice(0, text.indexOf('quoted')))))).toBe(
      'truncated',
    );
    expect(await outcome(readCsvRows(utf8('')))).toBe('empty');
  });

  it(`reads ${String(IMPORT_MAX_ROWS)} data rows and refuses one more`, async () => {
    const rows = (count: number) =>
      utf8(`${importColumns.join(',')}\n${'Ghent,2015,PM1,fully,,,,,,,\n'.repeat(count)}`);
    expect((await readCsvRows(rows(IMPORT_MAX_ROWS))).length).toBe(IMPORT_MAX_ROWS + 1);
    expect(await outcome(readCsvRows(rows(IMPORT_MAX_ROWS + 1)))).toBe('too_many_rows');
  });
});

/** The workbook with its first sheet's XML changed by `edit`. */
function withSheet(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  const name = Object.keys(parts).find((part) => part.startsWith('xl/worksheets/'));
  if (!name) throw new Error('no sheet');
  parts[name] = strToU8(edit(strFromU8(parts[name] ?? new Uint8Array())));
  return zipSync(parts);
}

/** Sets the uncompressed size the central directory declares for every part. */
function declaringSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at < copy.length - 4; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe('readXlsxRows', () => {
  it('reads the first sheet as text: a year typed as a number is "2015"', async () => {
    expect(await readXlsxRows(await importXlsx([ghent]))).toEqual([
      [...importColumns],
      importRow({ city: 'Gent', round: '2015', commitment: 'PM1', rating: 'fully' }),
    ]);
  });

  it('refuses what is not an XLSX workbook, or is cut short', async () => {
    const workbook = await importXlsx([ghent]);
    expect(await outcome(readXlsxRows(utf8('city,round\n')))).toBe('not_xlsx');
    expect(await outcome(readXlsxRows(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1])))).toBe('xls');
    expect(await outcome(readXlsxRows(workbook.slice(0, workbook.length / 2)))).toBe('truncated');
    const scrambled = workbook.slice();
    scrambled.fill(7, 40, 400);
    expect(await outcome(readXlsxRows(scrambled))).toBe('damaged');
  });

  it('refuses a workbook that declares more than it may unpack to, before inflating it', async () => {
    const bomb = declaringSize(await importXlsx([ghent]), MAX_UNPACKED_BYTES);
    expect(await outcome(readXlsxRows(bomb))).toBe('unpacked_too_large');
  });

  it('never unpacks a part past the size it declares', async () => {
    const lying = declaringSize(await importXlsx([ghent]), 10);
    expect(await outcome(readXlsxRows(lying))).toBe('damaged');
  });

  it('refuses far-off rows and columns before parsing the sheet', async () => {
    const workbook = await importXlsx([ghent]);
    const farRow = withSheet(workbook, (xml) =>
      xml.replace(
        '</sheetData>',
        `<row r="${String(IMPORT_MAX_ROWS + 2)}"><c r="A${String(IMPORT_MAX_ROWS + 2)}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>`,
      ),
    );
    expect(await outcome(readXlsxRows(farRow))).toBe('too_many_rows');
    const farColumn = withSheet(workbook, (xml) =>
      xml.replace(
        '</sheetData>',
        '<row r="9"><c r="XFD9" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
    );
    expect(await outcome(readXlsxRows(farColumn))).toBe('too_many_columns');
  });

  it('does not expand entities a DOCTYPE declares', async () => {
    const workbook = withSheet(await importXlsx([ghent]), (xml) =>
      xml
        .replace(
          '<worksheet',
          '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet',
        )
        .replace('>Gent<', '>&b;<'),
    );
    const outcomeOrRows = await readXlsxRows(workbook).catch((error: unknown) => error);
    const text = JSON.stringify(outcomeOrRows);
    expect(text).not.toContain('aaaaaaaaaa');
  });
});

describe('importFileKindOf', () => {
  it('reads CSV and XLSX media types, parameters and case aside', () => {
    expect(importFileKindOf('text/csv; charset=utf-8')).toBe('csv');
    expect(
      importFileKindOf('Application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ).toBe('xlsx');
    expect(importFileKindOf('application/json')).toBeNull();
    expect(importFileKindOf(undefined)).toBeNull();
  });

  it('decodes plain UTF-8 text', () => {
    expect(decodeCsvText(utf8('Gent'))).toBe('Gent');
  });
});
