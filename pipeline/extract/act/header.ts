/**
 * The act a document carries, read off its header: kind, issuer, region, number and date from the act
 * line, title, registration note, status (banner or repeal note), and entry into force from the
 * operative text (never from footnotes, which speak of other acts, nor from quoted new wording).
 * Guarantees: nothing is guessed (a field the text does not give stays null with a warning); every
 * field found carries an evidence span from doc.span over the normalized positions matched.
 */
import type { Diagnostic, Span } from '../../../schemas/provenance.ts';
import type { ActKind, EntryIntoForce, Issuer, Language, RegionId } from '../../../schemas/gold.ts';
import type { ExtractedAct, ExtractedRelation } from '../../../schemas/extraction.ts';
import type { NormalizedDocument } from '../../normalize/index.ts';
import type { Annotation } from '../../shared/annotation.ts';
import { actHeaderLexicon } from '../../lexicon/index.ts';
import { actKey } from '../../shared/act-key.ts';
import type { ActRef, ReferenceContext } from './reference.ts';
import { NATIONAL_ISSUERS, NUMBER_AFTER, cleanNumber, findIssuers, findKinds, findRegions, type Found } from './vocabulary.ts';
import { findActReferences, findDates, paragraphAt, rx } from './text.ts';
import { extractRelations, isPartNote } from './relations.ts';

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
  const takesEffect = rx(phrases.takesEffect);
  clause.lastIndex = from;
  // A point that only says when the act enters into force ("3. … вступает в силу со дня государственной
  // регистрации.") gives way to the next point saying when it takes effect ("4. … вводится в действие по
  // истечении десяти …"), as within one clause (takingEffectPart).
  let entersOnly: { rule: EntryIntoForce; span: Span } | null = null;
  let paragraphsAfter = 0;
  let lastParagraph = -1;
  for (let m = clause.exec(text); m; m = clause.exec(text)) {
    const [ps, pe] = paragraphAt(text, m.index);
    const para = text.slice(ps, pe);
    if (entersOnly && ps !== lastParagraph && ++paragraphsAfter > 2) break;
    lastParagraph = ps;
    if (footnote.test('\n' + para)) continue;
    // In parentheses it is the rule of another act, the one a note names: "3) Утратило силу постановлением
    // ... № 306 (вводится в действие по истечении десяти ...)".
    if (insideParentheses(para, m.index - ps)) continue;
    // A quoted paragraph is new wording for another act ("2. Настоящее постановление вводится в действие ...").
    if (/^\s*["«“„]/u.test(para)) continue;
    const found = ruleIn(doc, ps, pe);
    if (!found) continue;
    if (takesEffect.test(para)) return found;
    entersOnly ??= found;
    clause.lastIndex = pe;
  }
  return entersOnly;
}

/** The entry-into-force rule the clause in text[ps, pe) states. */
function ruleIn(doc: NormalizedDocument, ps: number, pe: number): { rule: EntryIntoForce; span: Span } | null {
  const { text, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
  const para = text.slice(ps, pe);
  const [ws, we] = takingEffectPart(para, lang);
  const part = para.slice(ws, we);
  for (const { rule, pattern } of phrases.entryIntoForce) {
    const hit = rx(pattern).exec(part);
    if (!hit) continue;
    const at = ps + ws + hit.index;
    if (rule !== 'date') return { rule, span: doc.span(at, at + hit[0].length) };
    // "вводится в действие с 1 января 2016 года" / "2016 жылғы 1 қаңтардан бастап қолданысқа енгізіледі"
    const dates = findDates(text, lang, ps + ws, ps + we);
    const near = lang === 'kk'
      ? dates.filter((d) => d.end <= at + 3).at(-1)
      : dates.find((d) => d.start >= at);
    if (near) return { rule: `date:${near.value}`, span: doc.span(Math.min(near.start, at), Math.max(near.end, at + hit[0].length)) };
  }
  return null;
}

/**
 * The part of an entry-into-force clause that says when the act takes effect, when the clause also
 * says when it enters into force: "вступает в силу со дня государственной регистрации и вводится в
 * действие с 1 января 2016 года" / "… тіркелген күнінен бастап күшіне енеді және 2016 жылғы 1
 * қаңтардан бастап қолданысқа енгізіледі". Taking effect decides (corpus 002: "… вступает в силу со дня
 * государственной регистрации и вводится в действие по истечении десяти …" is the 10-day rule). Russian
 * states the rule after its verb, Kazakh before it. [start, end) within `para`; all of it otherwise.
 */
function takingEffectPart(para: string, lang: Language): [number, number] {
  const phrases = actHeaderLexicon()[lang];
  const effect = rx(phrases.takesEffect).exec(para);
  const force = rx(phrases.entersIntoForce).exec(para);
  if (!effect || !force) return [0, para.length];
  const effectEnd = effect.index + effect[0].length;
  if (lang === 'kk') return force.index < effect.index ? [force.index + force[0].length, effectEnd] : [0, effectEnd];
  return effect.index < force.index ? [effect.index, force.index] : [effect.index, para.length];
}

/** Whether position `at` of `para` is inside a parenthesis opened before it in the paragraph. */
function insideParentheses(para: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (para[i] === '(') depth++;
    else if (para[i] === ')' && depth > 0) depth--;
  }
  return depth > 0;
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
