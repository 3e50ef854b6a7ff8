/**
 * Act-to-act relations a document states: amends (title or operative point), repeals (operative point,
 * its subpoints, or the appendix list it points to), repealed-by (status line and footnote), amended-by
 * (header notes, footnotes in the body, notes repealing a part of the act). Targets are act keys;
 * duplicates (status line and footnote) are merged, keeping what either says of the target.
 */
import type { EntryIntoForce, Language } from '../../../schemas/gold.ts';
import type { ExtractedRelation, ReferencedAct } from '../../../schemas/extraction.ts';
import type { NormalizedDocument } from '../../normalize/index.ts';
import type { Annotation } from '../../shared/annotation.ts';
import { actHeaderLexicon } from '../../lexicon/index.ts';
import type { ActRef, ReferenceContext } from './reference.ts';
import { cleanNumber } from './vocabulary.ts';
import { findActReferences, findDates, paragraphAt, rx, sentenceStart } from './text.ts';

export function extractRelations(
  doc: NormalizedDocument,
  self: string | null,
  actLineEnd: number,
  zoneEnd: number,
  titleEnd: number,
  context: ReferenceContext,
): ExtractedRelation[] {
  const { text, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
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
  if (rx(phrases.amendsTitle).test(title)) {
    for (const r of findActReferences(text, lang, 0, titleEnd, context)) add('amends', r, amendedActInfo(doc, r, context));
  }

  // repealed-by: the status line and the footnote ("Утратило силу постановлением ..." / "Күші жойылды - ... қаулысымен").
  const notesEnd = footnotesEnd(doc, zoneEnd);
  const repealed = rx(phrases.repealedBy, 'giu');
  const partRepeals: number[] = [];
  for (const m of text.slice(actLineEnd, notesEnd).matchAll(repealed)) {
    const at = actLineEnd + m.index!;
    // "Пункт 3 утратил силу решением ..." is an amendment of this act (read with the amended-by notes).
    if (isPartNote(text, lang, at)) {
      partRepeals.push(at);
      continue;
    }
    const [, pe] = paragraphAt(text, at);
    const ref = findActReferences(text, lang, at, Math.min(pe, at + 400), context)[0];
    if (!ref || ref.start - at > 80) continue;
    const entry = entryRuleNear(text, lang, ref.end, Math.min(pe, ref.end + 300));
    add('repealed-by', ref, entry ? { entryIntoForce: entry } : undefined);
  }

  // amended-by: "с изменениями, внесенными постановлениями ... от ... № ..., от ... № ..." (several in one note),
  // in the header notes and in the footnotes the body carries after an amended point ("Сноска. Пункт 1 - в
  // редакции решения ..."), and the notes that repeal a part of the act.
  const amended = rx(phrases.amendedBy, 'giu');
  const deepNotes = rx(phrases.footnote, 'giu');
  const noteStarts: number[] = [...text.slice(actLineEnd, notesEnd).matchAll(amended)].map((m) => actLineEnd + m.index!);
  for (const n of text.slice(notesEnd).matchAll(deepNotes)) {
    const [ps, pe] = paragraphAt(text, notesEnd + n.index! + n[0].length - 1);
    for (const m of text.slice(ps, pe).matchAll(amended)) noteStarts.push(ps + m.index!);
    for (const m of text.slice(ps, pe).matchAll(repealed)) if (isPartNote(text, lang, ps + m.index!)) partRepeals.push(ps + m.index!);
  }
  for (const at of [...noteStarts, ...partRepeals].sort((x, y) => x - y)) {
    const [, pe] = paragraphAt(text, at);
    const sentenceEnd = text.slice(at, pe).search(/\.\s+\p{Lu}|\n/u);
    const end = sentenceEnd > 0 ? at + sentenceEnd + 1 : pe;
    // Kazakh notes name the amending acts before the verb ("... қаулысымен өзгерістер енгізілді") or
    // after it ("Өзгерістер енгізілді - ... қаулыларымен"): take the whole sentence.
    const from = lang === 'kk' ? sentenceStart(text, at) : at;
    for (const r of findActReferences(text, lang, from, end, context)) add('amended-by', r);
  }

  // amends: an operative point "1. Внести в постановление ... следующие изменения:" / "... қаулысына мынадай
  // өзгерістер енгізілсін:", or its subpoints when it names no act itself ("Внести в следующие постановления:").
  const amendsPoint = rx(phrases.amendsPoint, 'giu');
  for (const m of text.slice(zoneEnd).matchAll(amendsPoint)) {
    const at = zoneEnd + m.index!;
    const [ps, pe] = paragraphAt(text, at);
    if (!/^\s*\d{1,3}\.\s/u.test(text.slice(ps, pe))) continue; // a point of this act, not quoted wording
    const named = outsideTitles(text, ps, findActReferences(text, lang, ps, pe, context));
    for (const r of named) add('amends', r, amendedActInfo(doc, r, context));
    if (named.length === 0 && /:\s*$/u.test(text.slice(ps, pe))) {
      for (const [is, ie] of subpointsAfter(text, pe)) {
        const first = outsideTitles(text, is, findActReferences(text, lang, ps, ie, context).filter((r) => r.end > is))[0];
        if (first) add('amends', first, amendedActInfo(doc, first, context));
      }
    }
  }

  // repeals: an operative point "признать утратившим силу постановление ..." / "... күші жойылды деп танылсын",
  // or "Постановление ... признать утратившим силу"; its subpoints "1) от ... № ...;" when it ends with a
  // colon; the appendix list "Перечень утративших силу ..." when it points there.
  const repeals = rx(phrases.repealsPoint, 'giu');
  for (const m of text.slice(zoneEnd).matchAll(repeals)) {
    const at = zoneEnd + m.index!;
    const [ps, pe] = paragraphAt(text, at);
    for (const r of outsideTitles(text, ps, findActReferences(text, lang, ps, pe, context))) add('repeals', r);
    if (/:\s*$/u.test(text.slice(ps, pe))) {
      // Items inherit the head's act kind, issuer and region: search from the head, keep the items' acts.
      for (const [is, ie] of subpointsAfter(text, pe)) {
        const first = outsideTitles(text, is, findActReferences(text, lang, ps, ie, context).filter((r) => r.end > is))[0];
        if (first) add('repeals', first);
      }
    }
    if (rx(phrases.appendixReference).test(text.slice(ps, pe))) {
      for (const [is, ie] of appendixListItems(text, lang, pe)) {
        const first = outsideTitles(text, is, findActReferences(text, lang, is, ie, context))[0];
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
    if (!/^\s*\d{1,3}\)/u.test(text.slice(s, e))) break;
    out.push([s, e]);
    s = e + 1;
  }
  return out;
}

/** Items of the appendix that lists repealed acts ("Перечень утративших силу ..." / "... күші жойылған ... тізбесі"). */
function appendixListItems(text: string, lang: Language, from: number): Array<[number, number]> {
  const heading = rx(actHeaderLexicon()[lang].repealsListHeading, 'giu');
  heading.lastIndex = from;
  const h = heading.exec(text);
  if (!h) return [];
  const out: Array<[number, number]> = [];
  let s = paragraphAt(text, h.index + h[0].length)[1] + 1;
  while (s < text.length) {
    const e = text.indexOf('\n', s) < 0 ? text.length : text.indexOf('\n', s);
    const line = text.slice(s, e);
    if (/^\s*\d{1,3}[.)]/u.test(line)) out.push([s, e]);
    else if (out.length > 0) break;
    s = e + 1;
  }
  return out;
}

/** End of the header notes (status line and "Сноска"/"Ескерту" footnotes) after the header zone. */
function footnotesEnd(doc: NormalizedDocument, zoneEnd: number): number {
  const { text, language: lang } = doc;
  const footnote = rx(actHeaderLexicon()[lang].footnote, 'giu');
  let end = zoneEnd;
  for (const m of text.matchAll(footnote)) {
    if (m.index! > zoneEnd + 2000) break;
    end = Math.max(end, paragraphAt(text, m.index! + 1)[1]);
  }
  return end;
}

/** The entry-into-force rule a note states of the act it names: "(вводится в действие с 01.01.2021)". */
function entryRuleNear(text: string, lang: Language, start: number, end: number): EntryIntoForce | null {
  // A number the PDF displaced into the note ("по истечении десяти № 68-291 календарных дней") is left out.
  const window = text.slice(start, end).replace(/\s№\s*[\p{L}\d]+(?:[-/][\p{L}\d]+)*/gu, '');
  for (const { rule, pattern } of actHeaderLexicon()[lang].entryIntoForce) {
    const hit = rx(pattern).exec(window);
    if (!hit) continue;
    if (rule !== 'date') return rule;
    const at = start + hit.index;
    const dates = findDates(text, lang, start, end);
    const near = lang === 'kk' ? dates.filter((d) => d.end <= at + 3).at(-1) : dates.find((d) => d.start >= at);
    if (near) return `date:${near.value}`;
  }
  return null;
}

/** Whether the note at `at` speaks of a part of the act ("Пункт 3 утратил силу", "3-тармақтың күші жойылды"),
 * or stands in place of one ("3) Утратило силу постановлением ...": the subpoint it repealed). */
export function isPartNote(text: string, lang: Language, at: number): boolean {
  const [ps] = paragraphAt(text, at);
  if (/^["«»“”„]?\d{1,3}\s?[.)]\s*$/u.test(text.slice(ps, at))) return true;
  let from = sentenceStart(text, at);
  // "Сноска." / "Ескерту." ends with a dot: the note's sentence starts after it.
  const note = rx(actHeaderLexicon()[lang].footnote).exec('\n' + text.slice(ps, at));
  if (note && ps + note.index + note[0].length - 1 > from) from = ps + note.index + note[0].length - 1;
  return rx(actHeaderLexicon()[lang].partWord).test(text.slice(from, at));
}

/**
 * What an amending act says of the act it amends, in the operative point that names it again:
 * "… № 204 "Об утверждении …" (зарегистрированное в Реестре … № 4030, опубликованное от 3 октября
 * 2015 года …)" / "… (… тізілімінде № 4030 тіркелген, 2015 жылғы 3 қазанда … жарияланған)".
 */
function amendedActInfo(doc: NormalizedDocument, ref: Annotation<ActRef>, context: ReferenceContext): Partial<ReferencedAct> {
  const { text, language: lang } = doc;
  const info: Partial<ReferencedAct> = {};
  const titleMatch = /^\s*["«“]([^\n]*?)["»”](?=\s*(?:\(|\p{L}{4,}))/u.exec(text.slice(ref.end, ref.end + 400));
  if (titleMatch) info.title = titleMatch[1].replace(/\s+/g, ' ').trim();
  // The mention itself (an operative point) or a later one (the point after a title) carries the note.
  for (const again of findActReferences(text, lang, ref.start, Math.min(text.length, ref.end + 20000), context)) {
    if (again.value.key !== ref.value.key) continue;
    const tail = text.slice(again.end, again.end + 600);
    const open = tail.indexOf('(');
    if (open < 0 || open > 300) continue;
    const close = tail.indexOf(')', open);
    const paren = tail.slice(open + 1, close < 0 ? undefined : close);
    const parenStart = again.end + open + 1;
    if (!/(Реестр|тізілім|регистрац|тіркел|опубликован|жарияланған)/iu.test(paren)) continue;
    const num = /(?:№|N(?=\s*\d))\s*([\p{L}\d]+(?:[-/][\p{L}\d]+)*)/u.exec(paren);
    if (num && /(Реестр|тізілім|регистрац|тіркел)/iu.test(paren)) info.registrationNumber = cleanNumber(num[1]);
    const pubWord = lang === 'kk' ? /жарияланған/iu : /опубликован/iu;
    const pub = pubWord.exec(paren);
    if (pub) {
      const dates = findDates(text, lang, parenStart, parenStart + paren.length);
      const d = lang === 'kk' ? dates.filter((x) => x.start < parenStart + pub.index).at(-1) : dates.find((x) => x.start > parenStart + pub.index);
      if (d) info.publicationDate = d.value;
    }
    break;
  }
  return info;
}
