/**
 * One locale per language, as LexNLP has a parser class per language: everything a language
 * contributes to extraction (its patterns, search windows, word-order choices) in one typed object.
 * Shared code asks `localeOf(doc.language)` and never branches on the language code.
 *
 * Guarantees: every Language of schemas/gold.ts has a locale; a locale holds data and matchers
 * only, never the shared algorithms that use them.
 */
import type { Language } from '../../schemas/gold.ts';
import type { ActLocale } from './act-locale.ts';
import type { ReglamentLocale } from './reglament-locale.ts';
import type { TextLocale } from './text-locale.ts';
import { ru } from './ru/index.ts';
import { kk } from './kk/index.ts';

export type { ActLocale } from './act-locale.ts';
export type { ReglamentLocale } from './reglament-locale.ts';
export type { TextLocale } from './text-locale.ts';

export interface Locale {
  lang: Language;
  /** The act header, act references and dates. */
  act: ActLocale;
  /** Reglament structure, steps, durations, roles and terms. */
  reglament: ReglamentLocale;
  /** A word's stem, so that case endings fall away when names are compared (the service catalog). */
  stem(word: string): string;
  /** Letters only this language writes: a name with one is in this language, whatever its document's. Null if it has none. */
  ownLetters: RegExp | null;
  /** The text as written: compounds, for the normalizer's line breaks. */
  text: TextLocale;
}

const LOCALES: Record<Language, Locale> = { ru, kk };

export const localeOf = (lang: Language): Locale => LOCALES[lang];

/** The locale whose own letters the words show, else the locale of `lang`. */
export const localeOfWords = (words: string, lang: Language): Locale =>
  Object.values(LOCALES).find((l) => l.ownLetters?.test(words)) ?? LOCALES[lang];
