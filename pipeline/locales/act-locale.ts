/**
 * What a language contributes to the act header, act references and dates: its phrases as RegExp
 * values (flags fixed where each is defined), its word-order choices, and its reference and date
 * finders. The shared algorithms of pipeline/extract/act ask these and never the language code.
 *
 * Guarantees to the code that uses it: every RegExp has the `u` flag and neither `g` nor `y`, so
 * `test` and `exec` keep no state between calls (code that scans for every match makes a global copy,
 * pipeline/shared/regex.ts); every RegExp is case-insensitive unless its comment says why not.
 */
import type { EntryIntoForce, Language } from '../../schemas/gold.ts';
import type { Annotation } from '../shared/annotation.ts';
import type { ActRef, ReferenceContext } from '../extract/act/reference.ts';

/** Where a language puts a phrase's details relative to the word the phrase turns on. */
type DetailsOrder = 'before' | 'after';

/** One entry-into-force rule and the phrase that states it; `date` is the rule completed by a nearby date. */
interface EntryIntoForcePhrase {
  rule: Exclude<EntryIntoForce, `date:${string}`> | 'date';
  pattern: RegExp;
}

/** A date written with a month word ("4 августа 2015 года" / "2015 жылғы 4 тамыздағы"). */
export interface DateWriting {
  /** Which list of pipeline/lexicon/months.json names the months. */
  months: Language;
  /** The date; its parts are the groups `parts` names. */
  wordDate: RegExp;
  /** Which groups of `wordDate` hold year, month word and day: the languages order them differently. */
  parts: { year: number; month: number; day: number };
}

export interface ActLocale {
  // ---- finders ----
  /** Act references in text[start, end): the language orders kind, issuer, region, date and number its own way. */
  findReferences(text: string, start: number, end: number, context?: ReferenceContext): Annotation<ActRef>[];
  /** How the language writes a date with a month word. */
  dates: DateWriting;

  // ---- header zone ----
  /** The preamble's opening words: the header ends where the preamble starts. */
  preambleStart: RegExp;
  /** The operative verb in capitals ("ПОСТАНОВЛЯЕТ"): case-sensitive, the header ends there at the latest. */
  operativeVerb: RegExp;
  /** The registration note of the carried act ("Зарегистрировано в Департаменте юстиции ..."). */
  registration: RegExp;
  /** A status banner saying the act is repealed ("Утративший силу"). */
  statusBanner: RegExp;
  /** Another status word the page prints at the end of the title ("Действующий"): not part of the title. */
  otherStatusAtEnd: RegExp;

  // ---- word order of the header ----
  /** The act line opens with its kind ("Постановление акимата ... № 272") or closes with it ("... № 272 қаулысы."). */
  actLineKind: 'first' | 'last';
  /** How the act line ends when it closes with its kind: the kind word in the nominative ("қаулысы."), unlike a title naming an act. */
  kindClosingActLine: RegExp | null;
  /** How far an act line may run into the registration note that follows it (a number glued to the note's first word). */
  actLineOverlapWithRegistration: number;
  /** Where the registration date and number stand relative to the registration verb ("тіркелді" comes last). */
  registrationDetails: DetailsOrder;
  /** Where a date stands relative to the phrase it dates ("с 1 января 2016 года" / "2016 жылғы 1 қаңтардан бастап"). */
  dateBesidePhrase: DetailsOrder;
  /** Where the entry-into-force rule stands relative to its verb ("вводится в действие по истечении ..." / "... қолданысқа енгізіледі"). */
  ruleBesideVerb: DetailsOrder;
  /** Where a note names the amending acts relative to its verb; `either` reads the whole sentence. */
  amendingActsBesideVerb: 'after' | 'either';

  // ---- entry into force ----
  /** A clause about entry into force or taking effect (scanned from a position). */
  entryIntoForceClause: RegExp;
  /** The verb of taking effect ("вводится в действие"): it decides over entering into force. */
  takesEffect: RegExp;
  /** The verb of entering into force ("вступает в силу"). */
  entersIntoForce: RegExp;
  /** The rules, most specific first: the first whose phrase matches wins. */
  entryIntoForce: readonly EntryIntoForcePhrase[];

  // ---- notes and relations ----
  /** A footnote heading at a line start ("Сноска."): footnotes speak of other acts or of amendments. */
  footnote: RegExp;
  /** A note saying the act (or a part of it) was repealed by another act ("Утратило силу ..."). */
  repealedBy: RegExp;
  /** A note saying the act was amended by other acts ("С изменениями, внесенными ..."). */
  amendedBy: RegExp;
  /** A title of an amending act ("О внесении изменений ..."). */
  amendsTitle: RegExp;
  /** An operative point that amends another act ("Внести в постановление ..."). */
  amendsPoint: RegExp;
  /** An operative point that repeals other acts ("признать утратившим силу ..."). */
  repealsPoint: RegExp;
  /** A repealing point that names its acts in an appendix ("согласно приложению"). */
  appendixReference: RegExp;
  /** Heading of the appendix listing the repealed acts (searched from the point on). */
  repealsListHeading: RegExp;
  /** A part of an act ("Пункт 3", "3-тармақ"): a note about it amends the act rather than repealing it. */
  partWord: RegExp;
  /** The word that says an amended act was published ("опубликованное от ..."). */
  publishedWord: RegExp;
}
