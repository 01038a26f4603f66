/**
 * Every catalogue has every English string, with the plural forms its language's rules ask for
 * (Intl.PluralRules: French needs one, many and other; German one and other), and keeps each
 * string's placeholders and markup tags, which the code fills in and renders by name.
 */
import { describe, expect, it } from 'vitest';
import de from './de.json';
import en from './en.json';
import fr from './fr.json';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The keys a language needs for English's keys: each plural base with that language's forms. */
function expectedKeys(english: Map<string, string>, language: string): Map<string, string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Map<string, string>();
  for (const [key, text] of english) {
    if (!pluralSuffix.test(key)) {
      expected.set(key, text);
      continue;
    }
    const base = key.replace(pluralSuffix, '');
    // Placeholders are compared with English's "other", which names them all.
    const other = english.get(`${base}_other`) ?? text;
    for (const category of categories) expected.set(`${base}_${category}`, other);
  }
  return expected;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)/g)].map((m) => m[1]).sort();
const tags = (text: string) =>
  [...text.matchAll(/<\/?([a-zA-Z0-9]+)\s*\/?>/g)].map((m) => m[0]).sort();

describe.each([
  ['fr', fr],
  ['de', de],
])('the %s catalogue', (language, catalogue) => {
  const english = flatten(en);
  const translated = flatten(catalogue);
  const expected = expectedKeys(english, language);

  it('has every string English has, in its own plural forms, and nothing else', () => {
    expect([...translated.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it('keeps every placeholder and markup tag of the English string', () => {
    for (const [key, source] of expected) {
      const text = translated.get(key) ?? '';
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(source),
      });
      expect({ key, tags: tags(text) }).toEqual({ key, tags: tags(source) });
    }
  });

  it('leaves no string empty', () => {
    for (const [key, text] of translated)
      expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
  });
});
