/**
 * Kazakh words: a word's first letters as its stem (natural has no Kazakh stemmer), so case endings
 * fall away when two names of a service are compared; and the letters only Kazakh Cyrillic has, which
 * mark a Kazakh name in a Russian document.
 */

/** Kazakh adds its endings after a root of about this length ("қызмет-", "көрсет-"). */
const STEM_LENGTH = 6;

export const stem = (word: string): string => word.slice(0, STEM_LENGTH);

/** Letters of Kazakh Cyrillic that Russian lacks. */
export const ownLetters = /[әғқңөұүһі]/;
