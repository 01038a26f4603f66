/**
 * The build's Brotli copies (scripts/precompress-plugin.ts): one beside each script, style, SVG
 * and JSON file of 1 kB or more, decoding to the very bytes of the file; none for small files or
 * other kinds.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { precompressFiles } from '../../scripts/precompress-plugin';

let outDir = '';
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

it('writes a Brotli copy of each text file of 1 kB or more, and only of those', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'precompress-'));
  const script = `export const cities = ${JSON.stringify(Array.from({ length: 200 }, (_, index) => `Łódź ${String(index)}`))};\n`;
  const files = {
    'app.js': script,
    'app.css': `body { margin: 0 }\n${'.page { padding: 1rem }\n'.repeat(60)}`,
    'small.js': 'export {};\n',
    'outline.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0h1"/>'.repeat(80)}</svg>`,
    'font.woff2': 'x'.repeat(4000),
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(outDir, name), content);

  const written = await precompressFiles(outDir, Object.keys(files));

  expect(written).toEqual(['app.css.br', 'app.js.br', 'outline.svg.br']);
  expect((await readdir(outDir)).filter((name) => name.endsWith('.br')).sort()).toEqual(written);
  const copy = await readFile(join(outDir, 'app.js.br'));
  expect(brotliDecompressSync(copy).toString('utf8')).toBe(script);
  expect(copy.length).toBeLessThan(Buffer.byteLength(script) / 4);
});

it('leaves the build’s dot-named bookkeeping alone', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'precompress-'));
  await mkdir(join(outDir, '.vite'));
  await writeFile(
    join(outDir, '.vite', 'manifest.json'),
    JSON.stringify({ entries: 'x'.repeat(2000) }),
  );
  expect(await precompressFiles(outDir, ['.vite/manifest.json'])).toEqual([]);
});
