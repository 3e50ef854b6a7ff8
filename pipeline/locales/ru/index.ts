/** The ru locale: its act and reglament parts. */
import type { Locale } from '../index.ts';
import { act } from './act.ts';
import { reglament } from './reglament.ts';
import { stem } from './words.ts';

export const ru: Locale = { lang: 'ru', act, reglament, stem, ownLetters: null };
