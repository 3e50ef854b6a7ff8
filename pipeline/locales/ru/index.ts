/** The ru locale: its act, reglament and text parts. */
import type { Locale } from '../index.ts';
import { act } from './act.ts';
import { reglament } from './reglament.ts';
import { stem } from './words.ts';
import { text } from './text.ts';

export const ru: Locale = { lang: 'ru', act, reglament, text, stem, ownLetters: null };
