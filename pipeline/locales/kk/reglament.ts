import type { ReglamentLocale } from '../reglament-locale.ts';

export const reglament: ReglamentLocale = {};
