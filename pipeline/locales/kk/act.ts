import type { ActLocale } from '../act-locale.ts';

export const act: ActLocale = {};
