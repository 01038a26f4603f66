/**
 * Where an embedded chart lives, and the way back: `/embed/<page>/<chart>?<the page's state>`,
 * e.g. `/embed/compare/heatmap?round=2022&cities=ghent,oslo&view=heatmap`. The page's own
 * address state is carried over untouched, so the embed shows exactly what its author saw; the
 * page key is the full view's path (`overview` standing for `/`, which has no segment).
 */

/** An address as the router gives it. */
export interface Address {
  pathname: string;
  search: string;
}

const EMBED_PREFIX = '/embed';
/** The overview's embed key: its own path, `/`, has no segment to name it by. */
const OVERVIEW_KEY = 'overview';

/** Full views whose charts may be embedded: `/`, `/compare`, `/trends` and `/cities/<id>`. */
function isEmbeddableView(segments: readonly string[]): boolean {
  const [first, second, ...rest] = segments;
  if (first === undefined) return true;
  if (rest.length > 0) return false;
  if (first === 'cities') return second !== undefined;
  return second === undefined && (first === 'compare' || first === 'trends');
}

function segmentsOf(pathname: string): string[] {
  return pathname.split('/').filter(Boolean);
}

/** The embed address of a chart on the page at `view`, or null if that page is not embeddable. */
export function embedPathFor(view: Address, chart: string): string | null {
  const segments = segmentsOf(view.pathname);
  if (!isEmbeddableView(segments)) return null;
  const page = segments.length === 0 ? [OVERVIEW_KEY] : segments;
  return `${EMBED_PREFIX}/${[...page, encodeURIComponent(chart)].join('/')}${view.search}`;
}

/** The full view an embed address shows a chart of, with the same state. */
export function fullViewPathFor(embed: Address): string {
  const page = segmentsOf(embed.pathname).slice(1, -1);
  const path = page.length === 1 && page[0] === OVERVIEW_KEY ? '' : page.join('/');
  return `/${path}${embed.search}`;
}

/** What another site pastes to show the chart: a responsive iframe. */
export interface EmbedSnippet {
  /** The embed's absolute address. */
  src: string;
  /** The iframe's accessible name: the chart's title. */
  title: string;
  /** In CSS pixels; the width is always the host's column. */
  height: number;
}

/** Room for the title, summary, a chart, its buttons and caption at a phone's width. */
export const EMBED_HEIGHT = 640;

function attributeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The HTML another site pastes. The inline style is the host page's business (the snippet is
 * text here, never part of this app's DOM); it removes the browser's default iframe border.
 */
export function embedSnippet({ src, title, height }: EmbedSnippet): string {
  return (
    `<iframe src="${attributeText(src)}" title="${attributeText(title)}" width="100%" ` +
    `height="${String(height)}" style="border:0" loading="lazy"></iframe>`
  );
}
