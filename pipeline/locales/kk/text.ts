/** Kazakh words as written: the compounds whose hyphen stays when a line break falls on it. */
import type { TextLocale } from '../text-locale.ts';

/**
 * A pair word whose first part is a whole word of its own ("жер-су", "іс-қимыл", "өзін-өзі", "ата-ана"),
 * or a relational adjective in -тық/-тік/-лық/-лік/-дық/-дік before a word ("әлеуметтік-еңбек",
 * "ақпараттық-коммуникациялық") that does not open with a suffix (plural -тар/-лер, genitive -ның,
 * instrumental -мен, dative and locative -да/-ға): "орталық-тарымен" is one word broken before its suffix.
 */
const COMPOUND = /^(?:(?:жер|іс|өзін|ата)-\p{L}{2,}|\p{L}{3,}[тлд][ыі][қк]-(?![тдл][аеыі]р|[нтд][ыі]ң|[мбп]ен|[дт][аеыі]|[ғгқк][аеыі])\p{L}{3,})$/iu;

export const text: TextLocale = { hyphenation: { compound: COMPOUND } };
