/**
 * Act-to-act relations a document states: amends (title or operative point), repeals (operative point,
 * its subpoints, or the appendix list it points to), repealed-by (status line and footnote), amended-by
 * (header notes, footnotes in the body, notes repealing a part of the act). Targets are act keys;
 * duplicates (status line and footnote) are merged, keeping what either says of the target.
 */
import type { EntryIntoForce } from '../../../schemas/gold.ts';
import type { ExtractedRelation, ReferencedAct } from '../../../schemas/extraction.ts';
import type { NormalizedDocument } from '../../normalize/index.ts';
import type { Annotation } from '../../shared/annotation.ts';
import { localeOf, type ActLocale } from '../../locales/index.ts';
import { findDates } from '../common/dates.ts';
import type { ActRef, ReferenceContext } from './reference.ts';
import { cleanNumber } from './vocabulary.ts';
import { paragraphAt, scannerFrom, sentenceStart } from './text.ts';
import { globalOf } from '../../shared/regex.ts';

/** How far after a "repealed by" note its act may be named, and its reference may open. */
const REPEALING_ACT_WINDOW = 400;
const REPEALING_ACT_OPENS_WITHIN = 80;
/** How far after the repealing act its own entry-into-force note may run. */
const REPEALING_RULE_WINDOW = 300;
/** How far past the header zone its notes (status line, footnotes) may start. */
const HEADER_NOTES_WINDOW = 2000;
/** How far after an amended act a later mention of it may carry its registration note. */
const AMENDED_ACT_MENTIONS_WINDOW = 20000;
/** How far after a mention its parenthesised note may open, and run. */
const NOTE_OPENS_WITHIN = 300;
const NOTE_WINDOW = 600;
/** How far after a reference the quoted title of the act may run. */
const TITLE_WINDOW = 400;
/** The end of a note's sentence: a full stop before a capital, or the line's end. */
const SENTENCE_END = /\.\s+\p{Lu}|\n/u;
/** A point of this act ("3. "), not quoted wording. */
const NUMBERED_POINT = /^\s*\d{1,3}\.\s/u;
/** A paragraph that introduces a list: it ends with a colon. */
const ENDS_WITH_COLON = /:\s*$/u;
/** A subpoint line "1) ...". */
const SUBPOINT = /^\s*\d{1,3}\)/u;
/** A list item line "1. " or "1) ". */
const LIST_ITEM = /^\s*\d{1,3}[.)]/u;
/** A number the PDF displaced into a note ("по истечении десяти № 68-291 календарных дней"). */
const DISPLACED_NUMBER = /\s№\s*[\p{L}\d]+(?:[-/][\p{L}\d]+)*/gu;
/** A subpoint number standing alone before a note that replaced its text ("3) Утратило силу ..."). */
const BARE_SUBPOINT_NUMBER = /^["«»“”„]?\d{1,3}\s?[.)]\s*$/u;
/** A quoted title right after a reference, followed by a parenthesis or a word. */
const QUOTED_TITLE = /^\s*["«“]([^\n]*?)["»”](?=\s*(?:\(|\p{L}{4,}))/u;
/** A note about an act's registry entry or publication, in either language (Kazakh texts cite Russian notes and back). */
const REGISTRY_OR_PUBLICATION_NOTE = /(Реестр|тізілім|регистрац|тіркел|опубликован|жарияланған)/iu;
/** A note about an act's registry entry, in either language. */
const REGISTRY_NOTE = /(Реестр|тізілім|регистрац|тіркел)/iu;
/** A number after its sign. */
const SIGNED_NUMBER = /(?:№|N(?=\s*\d))\s*([\p{L}\d]+(?:[-/][\p{L}\d]+)*)/u;

/** How close before a dating phrase a date may end (a space and a case ending's hyphen). */
const DATE_BEFORE_PHRASE_SLACK = 3;

/** The date a phrase at `at` gives: the last one before it where dates precede their phrase, else the first after. */
export function dateNearPhrase<T extends { start: number; end: number }>(dates: T[], at: number, locale: ActLocale): T | undefined {
  return locale.dateBesidePhrase === 'before'
    ? dates.filter((d) => d.end <= at + DATE_BEFORE_PHRASE_SLACK).at(-1)
    : dates.find((d) => d.start >= at);
}

export function extractRelations(
  doc: NormalizedDocument,
  self: string | null,
  actLineEnd: number,
  zoneEnd: number,
  titleEnd: number,
  context: ReferenceContext,
): ExtractedRelation[] {
  const { text } = doc;
  const locale = localeOf(doc.language).act;
  const refsIn = (start: number, end: number) => locale.findReferences(text, start, end, context);
  const out: ExtractedRelation[] = [];
  const seen = new Map<string, ExtractedRelation>();
  const add = (type: ExtractedRelation['type'], ref: Annotation<ActRef>, info?: Partial<ReferencedAct>) => {
    if (!ref.value.key || ref.value.key === self) return;
    const id = `${type}|${ref.value.key}`;
    const existing = seen.get(id);
    if (existing) {
      if (info && existing.targetInfo) Object.assign(existing.targetInfo, Object.fromEntries(Object.entries(info).filter(([, v]) => v != null)));
      return;
    }
    const rel: ExtractedRelation = {
      type,
      target: ref.value.key,
      evidence: doc.span(ref.start, ref.end),
      targetInfo: { key: ref.value.key, title: null, registrationNumber: null, publicationDate: null, entryIntoForce: null, ...info },
    };
    seen.set(id, rel);
    out.push(rel);
  };

  // amends: the references of a title "О внесении изменений в постановление ..." / "... енгізу туралы".
  const title = text.slice(0, titleEnd);
  if (locale.amendsTitle.test(title)) {
    for (const r of refsIn(0, titleEnd)) add('amends', r, amendedActInfo(doc, locale, r, context));
  }

  // repealed-by: the status line and the footnote ("Утратило силу постановлением ..." / "Күші жойылды - ... қаулысымен").
  const notesEnd = footnotesEnd(text, locale, zoneEnd);
  const repealed = locale.repealedBy;
  const partRepeals: number[] = [];
  for (const m of text.slice(actLineEnd, notesEnd).matchAll(globalOf(repealed))) {
    const at = actLineEnd + m.index!;
    // "Пункт 3 утратил силу решением ..." is an amendment of this act (read with the amended-by notes).
    if (isPartNote(text, locale, at)) {
      partRepeals.push(at);
      continue;
    }
    const [, pe] = paragraphAt(text, at);
    const ref = refsIn(at, Math.min(pe, at + REPEALING_ACT_WINDOW))[0];
    if (!ref || ref.start - at > REPEALING_ACT_OPENS_WITHIN) continue;
    const entry = entryRuleNear(text, locale, ref.end, Math.min(pe, ref.end + REPEALING_RULE_WINDOW));
    add('repealed-by', ref, entry ? { entryIntoForce: entry } : undefined);
  }

  // amended-by: "с изменениями, внесенными постановлениями ... от ... № ..., от ... № ..." (several in one note),
  // in the header notes and in the footnotes the body carries after an amended point ("Сноска. Пункт 1 - в
  // редакции решения ..."), and the notes that repeal a part of the act.
  const amended = locale.amendedBy;
  const deepNotes = locale.footnote;
  const noteStarts: number[] = [...text.slice(actLineEnd, notesEnd).matchAll(globalOf(amended))].map((m) => actLineEnd + m.index!);
  for (const n of text.slice(notesEnd).matchAll(globalOf(deepNotes))) {
    const [ps, pe] = paragraphAt(text, notesEnd + n.index! + n[0].length - 1);
    for (const m of text.slice(ps, pe).matchAll(globalOf(amended))) noteStarts.push(ps + m.index!);
    for (const m of text.slice(ps, pe).matchAll(globalOf(repealed))) if (isPartNote(text, locale, ps + m.index!)) partRepeals.push(ps + m.index!);
  }
  for (const at of [...noteStarts, ...partRepeals].sort((x, y) => x - y)) {
    const [, pe] = paragraphAt(text, at);
    const sentenceEnd = text.slice(at, pe).search(SENTENCE_END);
    const end = sentenceEnd > 0 ? at + sentenceEnd + 1 : pe;
    // Where notes name the amending acts before the verb ("... қаулысымен өзгерістер енгізілді") or
    // after it ("Өзгерістер енгізілді - ... қаулыларымен"): take the whole sentence.
    const from = locale.amendingActsBesideVerb === 'either' ? sentenceStart(text, at) : at;
    for (const r of refsIn(from, end)) add('amended-by', r);
  }

  // amends: an operative point "1. Внести в постановление ... следующие изменения:" / "... қаулысына мынадай
  // өзгерістер енгізілсін:", or its subpoints when it names no act itself ("Внести в следующие постановления:").
  for (const m of text.slice(zoneEnd).matchAll(globalOf(locale.amendsPoint))) {
    const at = zoneEnd + m.index!;
    const [ps, pe] = paragraphAt(text, at);
    if (!NUMBERED_POINT.test(text.slice(ps, pe))) continue;
    const named = outsideTitles(text, ps, refsIn(ps, pe));
    for (const r of named) add('amends', r, amendedActInfo(doc, locale, r, context));
    if (named.length === 0 && ENDS_WITH_COLON.test(text.slice(ps, pe))) {
      for (const [is, ie] of subpointsAfter(text, pe)) {
        const first = outsideTitles(text, is, refsIn(ps, ie).filter((r) => r.end > is))[0];
        if (first) add('amends', first, amendedActInfo(doc, locale, first, context));
      }
    }
  }

  // repeals: an operative point "признать утратившим силу постановление ..." / "... күші жойылды деп танылсын",
  // or "Постановление ... признать утратившим силу"; its subpoints "1) от ... № ...;" when it ends with a
  // colon; the appendix list "Перечень утративших силу ..." when it points there.
  for (const m of text.slice(zoneEnd).matchAll(globalOf(locale.repealsPoint))) {
    const at = zoneEnd + m.index!;
    const [ps, pe] = paragraphAt(text, at);
    for (const r of outsideTitles(text, ps, refsIn(ps, pe))) add('repeals', r);
    if (ENDS_WITH_COLON.test(text.slice(ps, pe))) {
      // Items inherit the head's act kind, issuer and region: search from the head, keep the items' acts.
      for (const [is, ie] of subpointsAfter(text, pe)) {
        const first = outsideTitles(text, is, refsIn(ps, ie).filter((r) => r.end > is))[0];
        if (first) add('repeals', first);
      }
    }
    if (locale.appendixReference.test(text.slice(ps, pe))) {
      for (const [is, ie] of appendixListItems(text, locale, pe)) {
        const first = outsideTitles(text, is, refsIn(is, ie))[0];
        if (first) add('repeals', first);
      }
    }
  }
  return out;
}

/** References not inside a quoted title of an earlier act ("№ 98/3 "О внесении изменений в постановление ... № 211/7""). */
function outsideTitles(text: string, from: number, refs: Annotation<ActRef>[]): Annotation<ActRef>[] {
  return refs.filter((r) => {
    const before = text.slice(from, r.start);
    const count = (c: string) => before.split(c).length - 1;
    return count('"') % 2 === 0 && count('«') <= count('»') && count('“') <= count('”') + count('„');
  });
}

/** Subpoint lines "1) ...", "2) ..." right after position `pe` (end of the point that introduces them). */
function subpointsAfter(text: string, pe: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = pe + 1;
  while (s < text.length) {
    const e = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s);
    if (!SUBPOINT.test(text.slice(s, e))) break;
    out.push([s, e]);
    s = e + 1;
  }
  return out;
}

/** Items of the appendix that lists repealed acts ("Перечень утративших силу ..." / "... күші жойылған ... тізбесі"). */
function appendixListItems(text: string, locale: ActLocale, from: number): Array<[number, number]> {
  const heading = scannerFrom(locale.repealsListHeading, from);
  const h = heading.exec(text);
  if (!h) return [];
  const out: Array<[number, number]> = [];
  let s = paragraphAt(text, h.index + h[0].length)[1] + 1;
  while (s < text.length) {
    const e = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s);
    const line = text.slice(s, e);
    if (LIST_ITEM.test(line)) out.push([s, e]);
    else if (out.length > 0) break;
    s = e + 1;
  }
  return out;
}

/** End of the header notes (status line and "Сноска"/"Ескерту" footnotes) after the header zone. */
function footnotesEnd(text: string, locale: ActLocale, zoneEnd: number): number {
  let end = zoneEnd;
  for (const m of text.matchAll(globalOf(locale.footnote))) {
    if (m.index! > zoneEnd + HEADER_NOTES_WINDOW) break;
    end = Math.max(end, paragraphAt(text, m.index! + 1)[1]);
  }
  return end;
}

/** The entry-into-force rule a note states of the act it names: "(вводится в действие с 01.01.2021)". */
function entryRuleNear(text: string, locale: ActLocale, start: number, end: number): EntryIntoForce | null {
  // A number the PDF displaced into the note ("по истечении десяти № 68-291 календарных дней") is left out.
  const window = text.slice(start, end).replace(DISPLACED_NUMBER, '');
  for (const { rule, pattern } of locale.entryIntoForce) {
    const hit = pattern.exec(window);
    if (!hit) continue;
    if (rule !== 'date') return rule;
    const near = dateNearPhrase(findDates(text, locale.dates, start, end), start + hit.index, locale);
    if (near) return `date:${near.value}`;
  }
  return null;
}

/** Whether the note at `at` speaks of a part of the act ("Пункт 3 утратил силу", "3-тармақтың күші жойылды"),
 * or stands in place of one ("3) Утратило силу постановлением ...": the subpoint it repealed). */
export function isPartNote(text: string, locale: ActLocale, at: number): boolean {
  const [ps] = paragraphAt(text, at);
  if (BARE_SUBPOINT_NUMBER.test(text.slice(ps, at))) return true;
  let from = sentenceStart(text, at);
  // "Сноска." / "Ескерту." ends with a dot: the note's sentence starts after it.
  const note = locale.footnote.exec('\n' + text.slice(ps, at));
  if (note && ps + note.index + note[0].length - 1 > from) from = ps + note.index + note[0].length - 1;
  return locale.partWord.test(text.slice(from, at));
}

/**
 * What an amending act says of the act it amends, in the operative point that names it again:
 * "… № 204 "Об утверждении …" (зарегистрированное в Реестре … № 4030, опубликованное от 3 октября
 * 2015 года …)" / "… (… тізілімінде № 4030 тіркелген, 2015 жылғы 3 қазанда … жарияланған)".
 */
function amendedActInfo(doc: NormalizedDocument, locale: ActLocale, ref: Annotation<ActRef>, context: ReferenceContext): Partial<ReferencedAct> {
  const { text } = doc;
  const info: Partial<ReferencedAct> = {};
  const titleMatch = QUOTED_TITLE.exec(text.slice(ref.end, ref.end + TITLE_WINDOW));
  if (titleMatch) info.title = titleMatch[1].replace(/\s+/g, ' ').trim();
  // The mention itself (an operative point) or a later one (the point after a title) carries the note.
  for (const again of locale.findReferences(text, ref.start, Math.min(text.length, ref.end + AMENDED_ACT_MENTIONS_WINDOW), context)) {
    if (again.value.key !== ref.value.key) continue;
    const tail = text.slice(again.end, again.end + NOTE_WINDOW);
    const open = tail.indexOf('(');
    if (open < 0 || open > NOTE_OPENS_WITHIN) continue;
    const close = tail.indexOf(')', open);
    const paren = tail.slice(open + 1, close < 0 ? undefined : close);
    const parenStart = again.end + open + 1;
    if (!REGISTRY_OR_PUBLICATION_NOTE.test(paren)) continue;
    const num = SIGNED_NUMBER.exec(paren);
    if (num && REGISTRY_NOTE.test(paren)) info.registrationNumber = cleanNumber(num[1]);
    const pub = locale.publishedWord.exec(paren);
    if (pub) {
      const dates = findDates(text, locale.dates, parenStart, parenStart + paren.length);
      const at = parenStart + pub.index;
      // "2015 жылғы 3 қазанда ... жарияланған" / "опубликованное от 3 октября 2015 года".
      const d = locale.dateBesidePhrase === 'before' ? dates.filter((x) => x.start < at).at(-1) : dates.find((x) => x.start > at);
      if (d) info.publicationDate = d.value;
    }
    break;
  }
  return info;
}
