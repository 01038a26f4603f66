/**
 * Writes a Brotli copy (`<file>.br`, quality 11) beside each text file of the bundle the server
 * sends compressed: scripts, styles, SVG and JSON of 1 kB or more (not `public/`'s files, copied
 * as they are). The Node server (server/static-site.ts) sends that copy to a browser that accepts
 * Brotli: 13 % fewer bytes than gzip for the overview's first scripts (README "Deployment"),
 * compressed once at build time instead of at every request. Others still get gzip, made per
 * request. Node's own zlib does the compressing: nothing to install.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompress, constants } from 'node:zlib';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const compress = promisify(brotliCompress);

/** What is worth a compressed copy: text, as browsers fetch it; below 1 kB a copy saves little. */
const compressible = /\.(js|mjs|css|svg|json)$/;
const minBytes = 1024;

/** Writes `<file>.br` for each of `fileNames` (paths in `outDir`) worth compressing; answers those written. */
export async function precompressFiles(
  outDir: string,
  fileNames: readonly string[],
): Promise<string[]> {
  const written: string[] = [];
  await Promise.all(
    fileNames
      // Dot-named folders are the build's bookkeeping (Vite's manifest), which is never served.
      .filter((fileName) => compressible.test(fileName) && !fileName.startsWith('.'))
      .map(async (fileName) => {
        const content = await readFile(join(outDir, fileName));
        if (content.length < minBytes) return;
        const brotli = await compress(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        });
        await writeFile(join(outDir, `${fileName}.br`), brotli);
        written.push(`${fileName}.br`);
      }),
  );
  return written.sort();
}

/** The build's compressed copies, written once the bundle is on disk. */
export function precompress(): Plugin {
  return {
    name: 'charter-monitor:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (!options.dir) return;
      await precompressFiles(options.dir, Object.keys(bundle));
    },
  };
}
