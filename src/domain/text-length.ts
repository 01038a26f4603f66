/**
 * Text limits count characters the way a person sees them: grapheme clusters, so a family
 * emoji (eleven UTF-16 units) or an "é" typed as e + U+0301 is one. String.length counts UTF-16
 * units instead, and would turn "1,995 letters and an emoji" into 2,006. The browser's counter
 * and the API's schemas both count here, so they never disagree about what fits.
 */
import { z } from './zod';

let graphemes: Intl.Segmenter | null = null;

/** How many user-perceived characters (extended grapheme clusters) the text holds. */
export function graphemeLength(text: string): number {
  // Made at first use, not as the module loads: creating a segmenter loads the browser's break
  // rules, 20-50 ms of a page's start before its first paint (issue 17's CPU profile), and most
  // pages count no text. Grapheme boundaries (Unicode's default rules) do not depend on the
  // language.
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text)).length;
}

/**
 * A zod check: at most `max` characters as graphemeLength counts them, e.g.
 * `z.string().check(maxCharacters(500))`. The issue is zod's own "too_big" for strings, so
 * callers that explain limits in the user's language still can.
 */
export function maxCharacters(max: number): z.core.CheckFn<string> {
  return (context) => {
    // A grapheme holds at least one UTF-16 unit, so a short text needs no segmenting.
    if (context.value.length <= max || graphemeLength(context.value) <= max) return;
    context.issues.push({
      code: 'too_big',
      origin: 'string',
      maximum: max,
      inclusive: true,
      input: context.value,
      message: `Too long: at most ${String(max)} characters (an emoji or accented letter counts as one)`,
    });
  };
}
