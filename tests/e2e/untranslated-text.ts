/**
 * Finds text on a page that did not come through the i18n catalogue, in the pseudo-locale
 * (src/lib/pseudo-locale.ts): there every catalogue string is bracketed ⟦…⟧, so what is left
 * once the brackets are taken out is either data (city and people's names, evidence, numbers,
 * dates, country names from Intl) or a string someone forgot to translate.
 */
import type { Page } from '@playwright/test';

/**
 * Words the app shows on purpose in no particular language: the switch's own language names,
 * the charter's commitment codes (PM1…BU3) and the API's address in the settings (/api).
 */
const wordsInEveryLanguage = ['English', 'Français', 'Deutsch', 'PM', 'SP', 'EM', 'BU', 'api'];

/** Every word in the strings of a JSON value: data the API sent, which is not translated. */
function collectWords(value: unknown, words: Set<string>) {
  if (typeof value === 'string') {
    for (const word of value.match(/\p{L}+/gu) ?? []) words.add(word);
    if (/^[A-Z]{2}$/.test(value)) {
      // A country code: the page names the country through Intl, in British English.
      const country = new Intl.DisplayNames('en-GB', { type: 'region' }).of(value) ?? '';
      for (const word of country.match(/\p{L}+/gu) ?? []) words.add(word);
    }
    if (/^[a-z]{2,3}$/.test(value)) {
      // A language code (a city's own languages): named through Intl as well.
      const language = new Intl.DisplayNames('en-GB', { type: 'language' }).of(value) ?? '';
      for (const word of language.match(/\p{L}+/gu) ?? []) words.add(word);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collectWords(item, words);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectWords(item, words);
  }
}

/** Month and weekday names as Intl writes dates in the pseudo-locale's British English. */
function dateWords(): string[] {
  const words: string[] = [];
  for (const month of Array.from({ length: 12 }, (_, index) => index)) {
    const date = new Date(Date.UTC(2026, month, 1));
    for (const style of ['short', 'long'] as const) {
      words.push(new Intl.DateTimeFormat('en-GB', { month: style }).format(date));
      words.push(new Intl.DateTimeFormat('en-GB', { weekday: style }).format(date));
    }
  }
  return words;
}

/**
 * Starts collecting the data a page receives from the API, before it navigates. `allowed()`
 * gives the words a page may show without brackets.
 */
export function collectDataWords(page: Page): { allowed: () => Set<string> } {
  const words = new Set<string>([...wordsInEveryLanguage, ...dateWords()]);
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    if (!(response.headers()['content-type'] ?? '').includes('json')) return;
    pending.push(
      response.json().then(
        (body: unknown) => {
          collectWords(body, words);
        },
        () => undefined,
      ),
    );
  });
  return { allowed: () => words };
}

/** A piece of text with no catalogue brackets around it, and where it was shown. */
export interface UntranslatedText {
  text: string;
  where: string;
}

/**
 * Visible text, accessible names (aria-label, title, placeholder, alt) and the document's
 * title that are neither in brackets nor made of allowed words.
 */
export async function findUntranslatedText(
  page: Page,
  allowed: Set<string>,
): Promise<UntranslatedText[]> {
  const shown = await page.evaluate(() => {
    const pieces: { text: string; where: string }[] = [];
    const describe = (element: Element) => {
      const classes = element.getAttribute('class')?.trim().split(/\s+/).join('.');
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, [hidden]')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      const text = node.textContent?.trim() ?? '';
      if (text) pieces.push({ text, where: describe(parent) });
    }
    for (const element of document.body.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (!element.checkVisibility() && !element.matches('svg, svg *')) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = element.getAttribute(attribute)?.trim();
        if (text) pieces.push({ text, where: `${describe(element)}[${attribute}]` });
      }
    }
    pieces.push({ text: document.title, where: 'document title' });
    return pieces;
  });

  const untranslated: UntranslatedText[] = [];
  for (const piece of shown) {
    let rest = piece.text;
    // Catalogue strings nest when one is interpolated into another: take the innermost first.
    for (let previous = ''; previous !== rest;) {
      previous = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    const words = rest.match(/\p{L}{2,}/gu) ?? [];
    if (words.some((word) => !allowed.has(word) && !isPseudoWord(word))) untranslated.push(piece);
  }
  return untranslated;
}

/**
 * A word of a catalogue string whose brackets are in another text node (a string with a link
 * inside is split around it): every letter the pseudo-locale accents is accented.
 */
function isPseudoWord(word: string): boolean {
  return /[áéíóúýçñšžÁÉÍÓÚÝÇÑŠŽ]/.test(word) && !/[aeiouycnszAEIOUYCNSZ]/.test(word);
}
