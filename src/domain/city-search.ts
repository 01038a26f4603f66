/**
 * Finding a city by what someone types: any of its names, in any case, with or without the
 * accents and special letters of its language, so "warszawa" finds Warsaw, "munchen" and
 * "muenchen" München, "lodz" Łódź and "kobenhavn" København. Both the cities list and the
 * compare page's city picker search through here.
 */
import type { City } from './city';

/**
 * Letters that Unicode's decompositions leave whole: a stroke, a bar or a ligature is part of
 * the letter, not a combining mark that NFKD splits off (as it does the accents of é, ü or ą).
 * Each folds to the letters a reader types without them, as in the ASCII spellings these
 * languages use themselves (ß → ss, æ → ae, þ → th). Lower case only: the text is lower-cased
 * first (Ł → ł, ẞ → ß). The final sigma folds to σ, since lower-casing picks ς or σ by the
 * letter's place in the text, and a name's part must fold as it does within the name.
 */
const letterFolds: Readonly<Record<string, string>> = {
  ł: 'l', // Polish, Sorbian: Łódź
  ø: 'o', // Danish, Norwegian: København
  đ: 'd', // Croatian, Serbian, Bosnian, Vietnamese: Đakovo
  ð: 'd', // Icelandic, Faroese: Garðabær
  ħ: 'h', // Maltese: Ħamrun
  ŧ: 't', // Northern Sami
  ı: 'i', // Turkish, Azerbaijani dotless i: Diyarbakır
  ß: 'ss', // German: Straße (and capital ẞ, lower-cased to ß)
  æ: 'ae', // Danish, Norwegian, Icelandic: Næstved
  œ: 'oe', // French: Œuilly
  þ: 'th', // Icelandic: Þorlákshöfn
  ĸ: 'k', // the old Greenlandic kra
  ς: 'σ', // Greek final sigma
  '\u2018': "'", // ‘ left single quotation mark, typed for an apostrophe
  '\u2019': "'", // ’ right single quotation mark, the typographic apostrophe: L’Aquila
  '\u02bc': "'", // ʼ modifier letter apostrophe, also what NFKD makes of ŉ
};
const foldedLetters = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'gu');

/**
 * Text as search compares it: lower case, without accents (NFKD then without combining marks),
 * with the letters above folded and compatibility forms (ligatures such as ﬁ, full-width
 * letters) made plain. "SAO" finds "São Paulo", "lodz" "Łódź", "strasse" "Straße".
 */
export function searchableText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(foldedLetters, (letter) => letterFolds[letter] ?? letter);
}

/**
 * Umlauts and rings spelled out, as German, Danish, Norwegian and Swedish write them without
 * those letters (Muenchen, Koebenhavn, Aarhus for Århus): a second way to find a name.
 */
const spelledOutLetters: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  å: 'aa',
  ø: 'oe',
};

/** The text as searchableText folds it with umlauts and rings spelled out: "muenchen". */
function spelledOutText(text: string): string {
  return searchableText(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[äöüåø]/gu, (letter) => spelledOutLetters[letter] ?? letter),
  );
}

/**
 * Every form in which a search can find the city, computed once per list: each of its names
 * (English and every other language) folded by searchableText, and with umlauts spelled out
 * where that differs; each form once.
 */
export function citySearchForms(city: Pick<City, 'name' | 'names'>): readonly string[] {
  const names = [city.name, ...Object.values(city.names)];
  return [...new Set(names.flatMap((name) => [searchableText(name), spelledOutText(name)]))];
}

/** Whether one of the forms contains `needle`, a query already folded by searchableText. */
export function searchFormsInclude(forms: readonly string[], needle: string): boolean {
  return forms.some((form) => form.includes(needle));
}
