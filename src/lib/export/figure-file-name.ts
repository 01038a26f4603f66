import { searchableText } from '../../domain/city-search';

/**
 * File names that say what a file holds, e.g.
 * charter-monitor_compare_role-profile_2022_amsterdam-ghent-helsinki.png
 */
export interface FigureName {
  /** The page, e.g. "overview", "compare", "city". */
  page: string;
  /** The chart, e.g. "role-profile", "heatmap". */
  chart: string;
  /** The round's year, when the chart shows one round. */
  round?: number | string | undefined;
  /** What is compared: city names, a group ("all-cities"), a city. */
  selection?: readonly string[] | string | undefined;
}

/** More cities than this are named by their count, to keep names short enough for every disk. */
const MAX_NAMED_CITIES = 6;

/**
 * "Kraków" → "krakow", "Île-de-France" → "ile-de-france", "Łódź" → "lodz": letters folded as
 * search folds them (searchableText), then anything but a-z and 0-9 as one hyphen.
 */
export function slug(text: string): string {
  return searchableText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file's name: "charter-monitor", page, chart, round and selection joined by "_", then
 * `variant` when one chart gives two files of one type (e.g. "print", "excel-eu"), then
 * `.extension`.
 */
export function figureFileName(name: FigureName, extension: string, variant?: string): string {
  const selection =
    typeof name.selection === 'string'
      ? [slug(name.selection)]
      : name.selection && name.selection.length > MAX_NAMED_CITIES
        ? [`${String(name.selection.length)}-cities`]
        : (name.selection ?? []).map(slug);
  const selectionPart = selection.filter(Boolean).join('-');
  const parts = [
    'charter-monitor',
    slug(name.page),
    slug(name.chart),
    name.round === undefined ? '' : slug(String(name.round)),
    selectionPart,
    variant === undefined ? '' : slug(variant),
  ].filter(Boolean);
  return `${parts.join('_')}.${extension}`;
}
