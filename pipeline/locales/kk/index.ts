/** The kk locale: its act, reglament and text parts. */
import type { Locale } from '../index.ts';
import { act } from './act.ts';
import { reglament } from './reglament.ts';
import { ownLetters, stem } from './words.ts';
import { text } from './text.ts';

export const kk: Locale = { lang: 'kk', act, reglament, text, stem, ownLetters };
