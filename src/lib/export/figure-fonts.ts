/**
 * The app's typeface, embedded in exported figures as data URLs so a PNG or SVG looks like the
 * screen in any viewer. The Latin Extended file is added only when the figure's text needs it
 * (e.g. "Kraków", "Gdańsk"); each file is fetched once per session.
 */
import latinExtUrl from '@fontsource-variable/source-sans-3/files/source-sans-3-latin-ext-wght-normal.woff2?url';
import latinUrl from '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2?url';
import { env } from '../env';

export const FIGURE_FONT_FAMILY = 'Source Sans 3 Variable';
export const FIGURE_FONT_STACK = `'${FIGURE_FONT_FAMILY}', 'Source Sans 3', Arial, sans-serif`;

/** The Latin Extended file's main ranges (Latin Extended-A/B, IPA, Latin Extended Additional). */
const latinExtended = /[\u0100-\u02ff\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/u;

/** The files' ranges as @fontsource declares them, so each character comes from its file. */
const latin = {
  url: latinUrl,
  unicodeRange:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
};
const latinExt = {
  url: latinExtUrl,
  unicodeRange:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
};

const dataUrls = new Map<string, Promise<string>>();

async function fetchDataUrl(url: string): Promise<string> {
  // A static file of the build, not data: it does not go through the DataSource, but has the
  // same time limit (its body included), so an export or a round pack never waits on it for ever.
  const abort = new AbortController();
  const timer = setTimeout(() => {
    abort.abort();
  }, env.apiTimeoutMs);
  try {
    // eslint-disable-next-line no-restricted-globals
    const response = await fetch(url, { signal: abort.signal });
    if (!response.ok) throw new Error(`Font ${url}: HTTP ${String(response.status)}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = '';
    // In slices: String.fromCharCode takes a limited number of arguments.
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return `data:font/woff2;base64,${btoa(binary)}`;
  } finally {
    clearTimeout(timer);
  }
}

function dataUrlOf(url: string): Promise<string> {
  let pending = dataUrls.get(url);
  if (!pending) {
    pending = fetchDataUrl(url);
    pending.catch(() => dataUrls.delete(url));
    dataUrls.set(url, pending);
  }
  return pending;
}

/** @font-face rules for the figure's text, to put in the SVG's own <style>. */
export async function figureFontCss(text: string): Promise<string> {
  const faces = latinExtended.test(text) ? [latin, latinExt] : [latin];
  const sources = await Promise.all(faces.map((face) => dataUrlOf(face.url)));
  return faces
    .map(
      (face, index) =>
        `@font-face{font-family:'${FIGURE_FONT_FAMILY}';font-style:normal;font-weight:200 900;src:url(${sources[index] ?? ''}) format('woff2');unicode-range:${face.unicodeRange};}`,
    )
    .join('\n');
}
