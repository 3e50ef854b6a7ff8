/**
 * Lexicon lookups for act references: act kinds, issuers and regions found at word starts in a
 * window of text, with their positions. Built once from pipeline/lexicon/{acts,regions}.json.
 */
import type { ActKind, Issuer, Language, RegionId } from '../../../schemas/gold.ts';
import { actsLexicon, regionsLexicon } from '../../lexicon/index.ts';

export interface Found<T> {
  value: T;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

function stemRegex(stems: string[]): RegExp {
  // Longest first, so a more specific stem wins at the same position; a stem starts at a word start.
  const sorted = [...stems].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\d])(?:${sorted.join('|')})\\p{L}*`, 'giu');
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
    const word = m[0].toLowerCase().replace(/\s+/g, ' ');
    const hit = t.lookup.find((l) => word.startsWith(l.stem));
    if (hit) out.push({ value: hit.value, start: start + m.index!, end: start + m.index! + m[0].length });
  }
  return out;
}

export const findKinds = (text: string, start: number, end: number, lang: Language): Found<ActKind>[] => findAll(kinds(lang), text, start, end);
export const findIssuers = (text: string, start: number, end: number, lang: Language): Found<Issuer>[] => findAll(issuers(lang), text, start, end);
/** Regions in either language: Kazakh texts cite Russian names and vice versa. */
/** Districts share their adjective with a region ("Жамбылского района" of Almaty region): not a region. */
const DISTRICT_AFTER = /^\s*(?:район|ауда)/iu;
export const findRegions = (text: string, start: number, end: number, lang: Language): Found<RegionId>[] => {
  const other: Language = lang === 'ru' ? 'kk' : 'ru';
  return [...findAll(regions(lang), text, start, end), ...findAll(regions(other), text, start, end)]
    .filter((r) => !DISTRICT_AFTER.test(text.slice(r.end, r.end + 12)))
    .sort((a, b) => a.start - b.start);
};

export const NATIONAL_ISSUERS: ReadonlySet<Issuer> = new Set(['government', 'ministry']);

/**
 * "№ 142", "№А-9/406", "№ 14/2", "№ 5-VI", "№ ҚР ДСМ-175/2020", older texts' "N 204": the number as
 * printed, spaces removed.
 * An upper-case abbreviation joins the number only when a token with a digit follows it.
 */
export const NUMBER_AFTER = /^\s*(?:№|N(?=\s*\d))\s*((?:\p{Lu}{2,}\s+(?=[\p{L}\d/-]*\d))*[\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+)*)/u;

/** A registration note of a cited act ("зарегистрирован в Министерстве юстиции ... № 11342" / "... № 21478 болып тіркелген"). */
export const REGISTRATION_BEFORE = /зарегистрир\p{L}*[^.;()\n]*$/iu;
export const REGISTRATION_AFTER = /^\s*(?:болып\s+)?тіркел/iu;
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
  if (to - from > 600) return false;
  const gap = text.slice(from, to).replace(/\([^()]*\)/gu, '');
  return gap.length < 40 && !/[.]\s+\p{Lu}|\n/u.test(gap);
}

/**
 * A number the PDF moved into the note after the date: "от 25.09.2020 (вводится в действие по истечении
 * десяти № 68-291 календарных дней ...)". A parenthesised entry-into-force note names no number of its
 * own, so a "№" inside it is the displaced number of the act dated right before it.
 */
export function displacedNumber(text: string, dateEnd: number, end: number): string | null {
  const paren = /^\s*\(([^()\n]{0,400})\)/u.exec(text.slice(dateEnd, Math.min(end, dateEnd + 420)));
  if (!paren || !/(вводится|вступает|қолданысқа|күшіне)/iu.test(paren[1])) return null;
  const at = paren[1].search(/№|N(?=\s*\d)/u);
  if (at < 0) return null;
  const num = NUMBER_AFTER.exec(paren[1].slice(at));
  return num ? cleanNumber(num[1]) : null;
}
