/** The kk locale: its act and reglament parts. */
import type { Locale } from '../index.ts';
import { act } from './act.ts';
import { reglament } from './reglament.ts';
import { ownLetters, stem } from './words.ts';

export const kk: Locale = { lang: 'kk', act, reglament, stem, ownLetters };
