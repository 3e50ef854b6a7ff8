/**
 * Lexicon lookups for act references: act kinds, issuers and regions found at word starts in a
 * window of text, with their positions. Built once from pipeline/lexicon/{acts,regions}.json.
 */
import { Language, type ActKind, type Issuer, type RegionId } from '../../../schemas/gold.ts';
import { actsLexicon, regionsLexicon } from '../../lexicon/index.ts';

export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

function stemRegex(stems: string[]): RegExp {
  // Longest first, so a more specific stem wins at the same position; where a stem may start is
  // decided by wordStart (a case-insensitive pattern cannot tell capitals from small letters).
  const sorted = [...stems].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?:${sorted.join('|')})\\p{L}*`, 'giu');
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const isLower = (c: string) => c !== c.toUpperCase();
const isUpper = (c: string) => c !== c.toLowerCase();

/**
 * Whether a word starts at text[i]: after no letter or digit, or where a capital follows a small letter,
 * as when a copied page glues its status banner to the act line ("Утративший силуПостановление",
 * "Күшін жойғанҚостанай").
 */
function wordStart(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before === undefined || !LETTER_OR_DIGIT.test(before)) return true;
  return isLower(before) && isUpper(text[i] ?? '');
}

interface Table<T> {
  regex: RegExp;
  lookup: Array<{ stem: string; value: T }>;
}

function table<T>(entries: Array<{ value: T; stems: string[] }>): Table<T> {
  const lookup = entries.flatMap((e) => e.stems.map((stem) => ({ stem: stem.toLowerCase().replace(/\s+/g, ' '), value: e.value })));
  lookup.sort((a, b) => b.stem.length - a.stem.length);
  return { regex: stemRegex(lookup.map((l) => l.stem)), lookup };
}

const cache = new Map<string, Table<unknown>>();
function cached<T>(key: string, make: () => Table<T>): Table<T> {
  if (!cache.has(key)) cache.set(key, make() as Table<unknown>);
  return cache.get(key) as Table<T>;
}

const kinds = (lang: Language) => cached(`kinds-${lang}`, () => table(actsLexicon().kinds.map((k) => ({ value: k.kind, stems: k[lang] }))));
const issuers = (lang: Language) => cached(`issuers-${lang}`, () => table(actsLexicon().issuers.map((k) => ({ value: k.issuer, stems: k[lang] }))));
const regions = (lang: Language) => cached(`regions-${lang}`, () => table(regionsLexicon().regions.map((r) => ({ value: r.id, stems: r[lang] }))));

function findAll<T>(t: Table<T>, text: string, start: number, end: number): Found<T>[] {
  const out: Found<T>[] = [];
  const window = text.slice(start, end);
  t.regex.lastIndex = 0;
  for (const m of window.matchAll(t.regex)) {
    if (!wordStart(text, start + m.index!)) continue;
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const hit = t.lookup.find((l) => word.startsWith(l.stem));
    if (hit) out.push({ value: hit.value, start: start + m.index!, end: start + m.index! + m[0].length });
  }
  return out;
}

export const findKinds = (text: string, start: number, end: number, lang: Language): Found<ActKind>[] => findAll(kinds(lang), text, start, end);
export const findIssuers = (text: string, start: number, end: number, lang: Language): Found<Issuer>[] => findAll(issuers(lang), text, start, end);
/** Districts share their adjective with a region ("Жамбылского района" of Almaty region): not a region. Either
 * language's word, since regions are looked up in both. */
const DISTRICT_AFTER = /^\s*(?:район|ауда)/iu;
/** How far after a region's adjective the word "district" may follow. */
const DISTRICT_WINDOW = 12;
/** Regions by the names of every language, the text's own first: Kazakh texts cite Russian names and vice versa. */
export const findRegions = (text: string, start: number, end: number, lang: Language): Found<RegionId>[] => {
  const languages = [lang, ...Language.options.filter((l) => l !== lang)];
  return languages.flatMap((l) => findAll(regions(l), text, start, end))
    .filter((r) => !DISTRICT_AFTER.test(text.slice(r.end, r.end + DISTRICT_WINDOW)))
    .sort((a, b) => a.start - b.start);
};

export const NATIONAL_ISSUERS: ReadonlySet<Issuer> = new Set(['government', 'ministry']);

/**
 * "№ 142", "№А-9/406", "№ 14/2", "№ 5-VI", "№ ҚР ДСМ-175/2020", older texts' "N 204": the number as
 * printed, spaces removed.
 * An upper-case abbreviation joins the number only when a token with a digit follows it.
 */
export const NUMBER_AFTER = /^\s*(?:№|N(?=\s*\d))\s*((?:\p{Lu}{2,}\s+(?=[\p{L}\d/-]*\d))*[\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+)*)/u;

/** A newspaper issue, not an act: its number is followed by the running number in parentheses
 * ("опубликовано в газете "Дидар" от 11 февраля 2016 года № 17 (17241)", "… № 104 (21955) "Орталық Қазақстан""). */
export const NEWSPAPER_ISSUE_AFTER = /^\s*\(\s*\d{3,}\s*\)/u;
/** Spaces removed, and a word the text glued to the digits left out ("№ 308қаулысымен" → "308"). */
export const cleanNumber = (raw: string) => raw.replace(/\s+/g, '').replace(/(?<=\d)\p{Ll}{3,}$/u, '');

/**
 * Whether [from, to) only separates two items of one list of acts ("; от", " және ", "(вводится в
 * действие ...); от"): short once the items' parenthesised notes are left out.
 */
export function listGap(text: string, from: number, to: number): boolean {
  if (to - from > LIST_GAP_WITH_NOTES) return false;
  const gap = text.slice(from, to).replace(PARENTHESISED, '');
  return gap.length < LIST_GAP && !SENTENCE_BREAK.test(gap);
}
/** The longest gap between two list items, with their notes ("(вводится в действие ...)"). */
const LIST_GAP_WITH_NOTES = 600;
/** The longest gap between two list items once their notes are left out ("; от", " және "). */
const LIST_GAP = 40;
const PARENTHESISED = /\([^()]*\)/gu;
/** A sentence or paragraph break: the items are not of one list. */
const SENTENCE_BREAK = /[.]\s+\p{Lu}|\n/u;

/**
 * A number the PDF moved into the note after the date: "от 25.09.2020 (вводится в действие по истечении
 * десяти № 68-291 календарных дней ...)". A parenthesised entry-into-force note names no number of its
 * own, so a "№" inside it is the displaced number of the act dated right before it.
 */
export function displacedNumber(text: string, dateEnd: number, end: number): string | null {
  const paren = PARENTHESISED_NOTE.exec(text.slice(dateEnd, Math.min(end, dateEnd + NOTE_WINDOW)));
  if (!paren || !ENTRY_INTO_FORCE_VERB.test(paren[1])) return null;
  const at = paren[1].search(NUMBER_SIGN);
  if (at < 0) return null;
  const num = NUMBER_AFTER.exec(paren[1].slice(at));
  return num ? cleanNumber(num[1]) : null;
}
/** A parenthesised note right after a date, on one line. */
const PARENTHESISED_NOTE = /^\s*\(([^()\n]{0,400})\)/u;
/** How far after the date such a note may run (its 400 characters, the parentheses and spaces). */
const NOTE_WINDOW = 420;
/** A verb of entering into force or taking effect, in either language (a Kazakh text may quote a Russian note). */
const ENTRY_INTO_FORCE_VERB = /(вводится|вступает|қолданысқа|күшіне)/iu;
/** A number sign ("№", or "N" before digits in older texts). */
const NUMBER_SIGN = /№|N(?=\s*\d)/u;
