/**
 * Act header extraction: the act a document carries (kind, issuer, region, number, date, title,
 * registration, status, entry into force) and the relations its header, footnotes and operative
 * points state (amends, repeals, repealed-by, amended-by).
 *
 * Input guarantees relied on: the normalize stage's (one paragraph per line, letter spacing and
 * displaced link text repaired). Locale dispatch: references and dates come from extract/ru or
 * extract/kk by doc.language; header phrases from corpus/lexicon/act-header.json.
 * Nothing is guessed: a field the text does not give stays null and gets a warning.
 */
import type { Diagnostic, Span } from '../../../schemas/provenance.ts';
import type { ActKind, EntryIntoForce, Issuer, Language, RegionId } from '../../../schemas/gold.ts';
import type { ExtractedAct, ExtractedRelation, ReferencedAct } from '../../../schemas/extraction.ts';
import type { NormalizedDocument } from '../../normalize/index.ts';
import type { Annotation } from '../../shared/annotation.ts';
import { actHeaderLexicon } from '../common/lexicon.ts';
import { findActReferences as findRu } from '../ru/act-references.ts';
import { findActReferences as findKk } from '../kk/act-references.ts';
import { findDates as datesRu } from '../ru/dates.ts';
import { findDates as datesKk } from '../kk/dates.ts';
import { actKey, type ActRef, type ReferenceContext } from './reference.ts';
import { NATIONAL_ISSUERS, NUMBER_AFTER, cleanNumber, findIssuers, findKinds, findRegions, type Found } from './vocabulary.ts';

export { actKey } from './reference.ts';
export type { ActRef, ReferenceContext } from './reference.ts';

export function findActReferences(text: string, lang: Language, start = 0, end = text.length, context: ReferenceContext = {}): Annotation<ActRef>[] {
  return lang === 'kk' ? findKk(text, start, end, context) : findRu(text, start, end, context);
}

export function findDates(text: string, lang: Language, start = 0, end = text.length) {
  return lang === 'kk' ? datesKk(text, start, end) : datesRu(text, start, end);
}

/** The first act reference in `text` (a stamp "Утвержден постановлением акимата ... № 204"). */
export function parseActReference(
  text: string,
  lang: Language,
  context: ReferenceContext = {},
): (ActRef & { key: string; start: number; end: number }) | null {
  for (const r of findActReferences(text, lang, 0, text.length, context)) {
    if (r.value.key) return { ...r.value, key: r.value.key, start: r.start, end: r.end };
  }
  return null;
}

const rx = (source: string, flags = 'iu') => new RegExp(source, flags);

/** Header zone: from the start to the preamble or the first operative point. */
function headerEnd(text: string, lang: Language): number {
  const p = actHeaderLexicon()[lang];
  const candidates = [
    rx(p.preambleStart).exec(text)?.index,
    /\n\s*1\.\s/u.exec(text)?.index,
    rx(p.operativeVerb, 'u').exec(text)?.index,
  ].filter((x): x is number => x !== undefined);
  return Math.min(text.length, 3000, ...candidates);
}

/** Paragraph [start, end) containing position i. */
function paragraphAt(text: string, i: number): [number, number] {
  const s = text.lastIndexOf('\n', i - 1) + 1;
  const e = text.indexOf('\n', i);
  return [s, e < 0 ? text.length : e];
}

interface HeaderResult {
  act: ExtractedAct | null;
  relations: ExtractedRelation[];
  diagnostics: Diagnostic[];
}

export function extractActHeader(doc: NormalizedDocument): HeaderResult {
  const { text, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
  const diagnostics: Diagnostic[] = [];
  const warn = (ruleId: string, message: string, span?: Span) =>
    diagnostics.push({ stage: 'extract', ruleId, severity: 'warning', message, ...(span ? { span } : {}) });

  const zoneEnd = headerEnd(text, lang);
  const refs = findActReferences(text, lang, 0, zoneEnd);
  const registration = rx(phrases.registration).exec(text.slice(0, zoneEnd));
  const banner = rx(phrases.statusBanner).exec(text.slice(0, zoneEnd));

  // The act line: the reference right before the registration note, else the first after the status banner,
  // else the first one that opens a sentence with its kind word.
  let actLine: Annotation<HeaderLine> | undefined;
  if (registration) actLine = refs.filter((r) => r.end <= registration.index + (lang === 'kk' ? 0 : 5)).at(-1);
  if (!actLine && banner) actLine = refs.find((r) => r.start >= banner.index);
  // Without those: Russian opens the act line with the kind word ("Постановление акимата ..."), Kazakh
  // closes it with the kind in the nominative ("... № 272 қаулысы."), unlike a title that names an act.
  if (!actLine) {
    actLine = refs.find((r) => r.value.kind && /^\p{Lu}/u.test(text[r.start] ?? '') &&
      (lang === 'ru' || /(?:ы|і)\s*(?:\.|\n|$)/u.test(text.slice(r.end - 1, r.end + 2))));
  }
  // An act line that prints no date ("Постановление акимата ... № А-3/45."), after any dated reference
  // of the title: its facts without a date.
  const dateless = datelessActLine(text, lang, actLine?.end ?? (banner ? banner.index : 0), registration ? registration.index : zoneEnd);
  if (dateless && (registration || !actLine)) actLine = dateless;
  if (!actLine) {
    warn('act/no-header', 'no act header found (no "<kind> <issuer> ... от <date> № <number>" line); not extracting act facts');
    return { act: null, relations: [], diagnostics };
  }

  const a = actLine.value;
  const ev: ExtractedAct['evidence'] = {};
  const actSpan = doc.span(actLine.start, actLine.end);
  for (const f of ['kind', 'issuer', 'region', 'number', 'date'] as const) if (a[f]) ev[f] = actSpan;

  // Title: everything before the status banner or the act line, without another status word
  // ("Действующий", "Қолданыстағы") that the page printed there.
  const titleEnd = banner && banner.index < actLine.start ? banner.index : actLine.start;
  const otherStatus = new RegExp(`(?:^|\\s)(?:${phrases.otherStatus})\\s*$`, 'iu').exec(text.slice(0, titleEnd));
  const rawTitle = text.slice(0, otherStatus ? otherStatus.index : titleEnd).trim();
  const title = rawTitle ? rawTitle.replace(/\s+/g, ' ') : null;
  if (title) {
    const ts = text.indexOf(rawTitle);
    ev.title = doc.span(ts, ts + rawTitle.length);
  }

  // Registration: date and number in the registration note after the act line.
  let reg: ExtractedAct['registration'] = null;
  if (registration && registration.index >= actLine.start) {
    const from = lang === 'kk' ? Math.max(actLine.end, registration.index - 120) : registration.index;
    const to = lang === 'kk' ? registration.index + registration[0].length : Math.min(zoneEnd, registration.index + 220);
    const stop = rx(phrases.repealedBy).exec(text.slice(from, to));
    const windowEnd = stop ? from + stop.index : to;
    const date = findDates(text, lang, from, windowEnd)[0];
    const numAt = text.slice(from, windowEnd).search(/№|N(?=\s*\d)/u);
    const num = numAt >= 0 ? NUMBER_AFTER.exec(text.slice(from + numAt, windowEnd)) : null;
    reg = { number: num ? cleanNumber(num[1]) : null, date: date?.value ?? null };
    // Evidence: the note from its verb or date to its number (Kazakh: to "тіркелді").
    const noteStart = lang === 'kk' ? Math.min(date?.start ?? registration.index, registration.index) : registration.index;
    const numEnd = num ? from + numAt + num[0].length : date?.end ?? registration.index + registration[0].length;
    const noteEnd = lang === 'kk' ? registration.index + registration[0].length : Math.max(numEnd, registration.index + registration[0].length);
    ev.registration = doc.span(noteStart, noteEnd);
  }

  // A city or district body named without its region ("маслихата города Караганды", "Бурабай аудандық
  // мәслихатының") is registered by its region's justice department: that note names the region.
  let region = a.region;
  if (!region && a.issuer && !NATIONAL_ISSUERS.has(a.issuer) && registration && registration.index >= actLine.start) {
    const [ps, pe] = [Math.max(actLine.end, registration.index - 120), Math.min(zoneEnd, registration.index + registration[0].length + 120)];
    const stated = findRegions(text, ps, pe, lang).find((r) => lang === 'kk' ? r.start < registration.index + registration[0].length : r.start >= registration.index);
    if (stated) {
      region = stated.value;
      ev.region = doc.span(stated.start, stated.end);
    }
  }

  // Status: a banner, or a "repealed by" note in the header.
  // "Пункт 3 утратил силу ..." repeals a part of the act, not the act.
  const repealedNote = [...text.slice(actLine.end, zoneEnd).matchAll(rx(phrases.repealedBy, 'giu'))]
    .find((m) => !isPartNote(text, lang, actLine.end + m.index!));
  const status = banner || repealedNote ? 'repealed' : 'in-force';
  if (banner) ev.status = doc.span(banner.index, banner.index + banner[0].length);
  else if (repealedNote) ev.status = doc.span(actLine.end + repealedNote.index!, actLine.end + repealedNote.index! + repealedNote[0].length);

  // Entry into force: the operative text, never the footnotes (which speak of other acts).
  const entry = findEntryIntoForce(doc, zoneEnd);
  if (entry) ev.entryIntoForce = entry.span;

  const act: ExtractedAct = {
    kind: a.kind,
    issuer: a.issuer,
    region,
    number: a.number,
    date: a.date,
    title,
    registration: reg,
    status,
    entryIntoForce: entry?.rule ?? null,
    publicationDate: null,
    evidence: ev,
  };
  if (!a.number) warn('act/missing-number', 'the act line gives no number', actSpan);
  if (!a.date) warn('act/missing-date', 'the act line gives no date of adoption', actSpan);
  if (!region && a.issuer && !NATIONAL_ISSUERS.has(a.issuer)) warn('act/missing-region', 'the act line names no region', actSpan);
  if (!title) warn('act/missing-title', 'no title before the act line');
  if (!entry) warn('act/missing-entry-into-force', 'no entry-into-force rule found in the operative text');

  const context: ReferenceContext = { region, issuer: a.issuer };
  const self = actKey({ ...a, region }) ?? a.key;
  const relations = extractRelations(doc, self, actLine.end, zoneEnd, titleEnd, context);
  return { act, relations, diagnostics };
}

function findEntryIntoForce(doc: NormalizedDocument, from: number): { rule: EntryIntoForce; span: Span } | null {
  const { text, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
  const footnote = rx(phrases.footnote);
  const clause = rx(phrases.entryIntoForceClause, 'giu');
  clause.lastIndex = from;
  for (let m = clause.exec(text); m; m = clause.exec(text)) {
    const [ps, pe] = paragraphAt(text, m.index);
    const para = text.slice(ps, pe);
    if (footnote.test('\n' + para)) continue;
    // A quoted paragraph is new wording for another act ("2. Настоящее постановление вводится в действие ...").
    if (/^\s*["«“„]/u.test(para)) continue;
    for (const { rule, pattern } of phrases.entryIntoForce) {
      const hit = rx(pattern).exec(para);
      if (!hit) continue;
      if (rule !== 'date') return { rule, span: doc.span(ps + hit.index, ps + hit.index + hit[0].length) };
      // "вводится в действие с 1 января 2016 года" / "2016 жылғы 1 қаңтардан бастап қолданысқа енгізіледі"
      const dates = findDates(text, lang, ps, pe);
      const near = lang === 'kk'
        ? dates.filter((d) => d.end <= ps + hit.index + 3).at(-1)
        : dates.find((d) => d.start >= ps + hit.index);
      if (near) return { rule: `date:${near.value}`, span: doc.span(Math.min(near.start, ps + hit.index), Math.max(near.end, ps + hit.index + hit[0].length)) };
    }
  }
  return null;
}

/** The act line as read: a reference whose date may be missing. */
type HeaderLine = Omit<ActRef, 'date'> & { date: string | null };

/**
 * An act line without a date: Russian "<Kind> <issuer> [<region>] № <number>", Kazakh
 * "[<region>] <issuer> № <number> <kind>", in [from, to). The number must follow the issuer with no
 * date between (a dated line is an ordinary reference).
 */
function datelessActLine(text: string, lang: Language, from: number, to: number): Annotation<HeaderLine> | null {
  for (let at = text.indexOf('№', from); at >= 0 && at < to; at = text.indexOf('№', at + 1)) {
    const num = NUMBER_AFTER.exec(text.slice(at, Math.min(text.length, at + 40)));
    if (!num) continue;
    const numberEnd = at + num[0].length;
    let kind: Found<ActKind> | undefined;
    let issuer: Found<Issuer> | undefined;
    let region: Found<RegionId> | undefined;
    if (lang === 'ru') {
      kind = findKinds(text, Math.max(from, at - 250), at, lang).filter((k) => /^\p{Lu}/u.test(text[k.start] ?? '')).at(-1);
      if (!kind) continue;
      issuer = findIssuers(text, kind.end, at, lang)[0];
      if (!issuer) continue;
      region = findRegions(text, issuer.end, at, lang).at(-1) ?? findRegions(text, kind.end, issuer.start, lang).at(-1);
      if (findDates(text, lang, kind.start, at).length) continue;
    } else {
      issuer = findIssuers(text, Math.max(from, at - 160), at, lang).at(-1);
      if (!issuer) continue;
      kind = findKinds(text, numberEnd, Math.min(text.length, numberEnd + 30), lang)[0];
      if (!kind || text.slice(numberEnd, kind.start).trim() !== '') continue;
      region = findRegions(text, Math.max(from, issuer.start - 80), issuer.start, lang).at(-1);
      if (findDates(text, lang, issuer.start, at).length) continue;
    }
    const national = NATIONAL_ISSUERS.has(issuer.value);
    return {
      value: { kind: kind.value, issuer: issuer.value, region: national ? null : region?.value ?? null, date: null, number: cleanNumber(num[1]), key: null },
      start: lang === 'ru' ? kind.start : region?.start ?? issuer.start,
      end: lang === 'ru' ? numberEnd : kind.end,
    };
  }
  return null;
}

function extractRelations(
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

/** Start of the sentence holding `at`: after the last ". " in its paragraph (not the dots of 10.03.2022). */
function sentenceStart(text: string, at: number): number {
  const [ps] = paragraphAt(text, at);
  const stops = [...text.slice(ps, at).matchAll(/\.\s/gu)];
  return stops.length ? ps + stops.at(-1)!.index! + 1 : ps;
}

/** Whether the note at `at` speaks of a part of the act ("Пункт 3 утратил силу", "3-тармақтың күші жойылды"). */
function isPartNote(text: string, lang: Language, at: number): boolean {
  const [ps] = paragraphAt(text, at);
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

export type { Issuer, RegionId };
