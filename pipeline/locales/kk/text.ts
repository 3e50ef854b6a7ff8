/** Kazakh words as written: the compounds whose hyphen stays when a line break falls on it. */
import type { TextLocale } from '../text-locale.ts';

/**
 * A relational adjective in -тық/-тік/-лық/-лік/-дық/-дік before a noun or adjective
 * ("әлеуметтік-еңбек", "ақпараттық-коммуникациялық"), or a pair word whose first part is a whole word
 * of its own ("жер-су", "іс-қимыл", "өзін-өзі", "ата-ана").
 */
const COMPOUND = /^(?:\p{L}{3,}[тлд][ыі][қк]|жер|іс|өзін|ата)-\p{L}{2,}$/iu;

export const text: TextLocale = { hyphenation: { compound: COMPOUND } };
