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
import { actKey } from '../../shared/act-key.ts';
import { findDates } from '../common/dates.ts';
import { localeOf, type ActLocale } from '../../locales/index.ts';
import type { ActRef, ReferenceContext } from './reference.ts';
import { NATIONAL_ISSUERS, NUMBER_AFTER, cleanNumber, findIssuers, findKinds, findRegions, type Found } from './vocabulary.ts';
import { paragraphAt, scannerFrom } from './text.ts';
import { globalOf } from '../../shared/regex.ts';
import { dateNearPhrase, extractRelations, isPartNote } from './relations.ts';

/** The header never runs longer than this: a document without preamble or points still has a body. */
const HEADER_MAX = 3000;
/** The first operative point, "1. ", at a line start. */
const FIRST_POINT = /\n\s*1\.\s/u;
/** How far before the registration verb its date and number may stand, when they precede it. */
const REGISTRATION_DETAILS_BEFORE = 120;
/** How far after the registration verb its date and number may stand, when they follow it. */
const REGISTRATION_DETAILS_AFTER = 220;
/** How far around the registration note it may name the region of a body named without one. */
const REGISTRATION_REGION_WINDOW = 120;
/** A number sign ("№", or "N" before digits in older texts). */
const NUMBER_SIGN = /№|N(?=\s*\d)/u;
/** A paragraph that opens with a quote is new wording for another act. */
const QUOTED_PARAGRAPH = /^\s*["«“„]/u;
/** An upper-case first letter: the act line opens a sentence. */
const OPENS_SENTENCE = /^\p{Lu}/u;
/** Points after the one that only says when the act enters into force in which its taking effect may still be stated. */
const TAKES_EFFECT_LOOKAHEAD = 2;

/** Header zone: from the start to the preamble or the first operative point. */
function headerEnd(text: string, locale: ActLocale): number {
  const candidates = [text.search(locale.preambleStart), text.search(FIRST_POINT), text.search(locale.operativeVerb)]
    .filter((x) => x >= 0);
  return Math.min(text.length, HEADER_MAX, ...candidates);
}

interface HeaderResult {
  act: ExtractedAct | null;
  relations: ExtractedRelation[];
  diagnostics: Diagnostic[];
}

export function extractActHeader(doc: NormalizedDocument): HeaderResult {
  const { text, language: lang } = doc;
  const locale = localeOf(lang).act;
  const diagnostics: Diagnostic[] = [];
  const warn = (ruleId: string, message: string, span?: Span) =>
    diagnostics.push({ stage: 'extract', ruleId, severity: 'warning', message, ...(span ? { span } : {}) });

  const zoneEnd = headerEnd(text, locale);
  const refs = locale.findReferences(text, 0, zoneEnd);
  const registration = locale.registration.exec(text.slice(0, zoneEnd));
  const banner = locale.statusBanner.exec(text.slice(0, zoneEnd));

  // The act line: the reference right before the registration note, else the first after the status banner,
  // else the first one that opens a sentence with its kind word.
  let actLine: Annotation<HeaderLine> | undefined;
  if (registration) actLine = refs.filter((r) => r.end <= registration.index + locale.actLineOverlapWithRegistration).at(-1);
  if (!actLine && banner) actLine = refs.find((r) => r.start >= banner.index);
  // Without those: the first reference that opens a sentence with its kind, and, where the kind closes
  // the act line, ends with it ("... № 272 қаулысы."), unlike a title that names an act.
  const closing = locale.kindClosingActLine;
  // The closing test reads the line's last letter and the two characters after it ("ы." / "і\n").
  if (!actLine) {
    actLine = refs.find((r) => r.value.kind && OPENS_SENTENCE.test(text[r.start] ?? '') &&
      (!closing || closing.test(text.slice(r.end - 1, r.end + 2))));
  }
  // An act line that prints no date ("Постановление акимата ... № А-3/45."), after any dated reference
  // of the title: its facts without a date.
  const dateless = datelessActLine(text, lang, locale, actLine?.end ?? (banner ? banner.index : 0), registration ? registration.index : zoneEnd);
  if (dateless && (registration || !actLine)) actLine = dateless;
  if (!actLine) {
    warn('act/no-header', 'no act header found (no "<kind> <issuer> ... от <date> № <number>" line); not extracting act facts');
    // The footnotes still state what repealed or amended the act, each naming its act in full; with no
    // act line there is no title to tell from the text, so no "amends" from a title.
    return { act: null, relations: extractRelations(doc, null, 0, zoneEnd, 0, {}), diagnostics };
  }

  const a = actLine.value;
  const ev: ExtractedAct['evidence'] = {};
  const actSpan = doc.span(actLine.start, actLine.end);
  for (const f of ['kind', 'issuer', 'region', 'number', 'date'] as const) if (a[f]) ev[f] = actSpan;

  // Title: everything before the status banner or the act line, without another status word
  // ("Действующий", "Қолданыстағы") that the page printed there.
  const titleEnd = banner && banner.index < actLine.start ? banner.index : actLine.start;
  const otherStatus = locale.otherStatusAtEnd.exec(text.slice(0, titleEnd));
  const rawTitle = text.slice(0, otherStatus ? otherStatus.index : titleEnd).trim();
  const title = rawTitle ? rawTitle.replace(/\s+/g, ' ') : null;
  if (title) {
    const ts = text.indexOf(rawTitle);
    ev.title = doc.span(ts, ts + rawTitle.length);
  }

  // Registration: date and number in the registration note after the act line, on the side of its verb
  // the language puts them.
  let reg: ExtractedAct['registration'] = null;
  const registrationEnd = registration ? registration.index + registration[0].length : 0;
  const detailsBefore = locale.registrationDetails === 'before';
  if (registration && registration.index >= actLine.start) {
    const from = detailsBefore ? Math.max(actLine.end, registration.index - REGISTRATION_DETAILS_BEFORE) : registration.index;
    const to = detailsBefore ? registrationEnd : Math.min(zoneEnd, registration.index + REGISTRATION_DETAILS_AFTER);
    const stop = text.slice(from, to).search(locale.repealedBy);
    const windowEnd = stop >= 0 ? from + stop : to;
    const date = findDates(text, locale.dates, from, windowEnd)[0];
    const numAt = text.slice(from, windowEnd).search(NUMBER_SIGN);
    const num = numAt >= 0 ? NUMBER_AFTER.exec(text.slice(from + numAt, windowEnd)) : null;
    reg = { number: num ? cleanNumber(num[1]) : null, date: date?.value ?? null };
    // Evidence: the note from its date to its verb, or from its verb to its number.
    const numEnd = num ? from + numAt + num[0].length : date?.end ?? registrationEnd;
    const noteStart = detailsBefore ? Math.min(date?.start ?? registration.index, registration.index) : registration.index;
    const noteEnd = detailsBefore ? registrationEnd : Math.max(numEnd, registrationEnd);
    ev.registration = doc.span(noteStart, noteEnd);
  }

  // A city or district body named without its region ("маслихата города Караганды", "Бурабай аудандық
  // мәслихатының") is registered by its region's justice department: that note names the region.
  let region = a.region;
  if (!region && a.issuer && !NATIONAL_ISSUERS.has(a.issuer) && registration && registration.index >= actLine.start) {
    const [ps, pe] = [Math.max(actLine.end, registration.index - REGISTRATION_REGION_WINDOW), Math.min(zoneEnd, registrationEnd + REGISTRATION_REGION_WINDOW)];
    const stated = findRegions(text, ps, pe, lang).find((r) => detailsBefore ? r.start < registrationEnd : r.start >= registration.index);
    if (stated) {
      region = stated.value;
      ev.region = doc.span(stated.start, stated.end);
    }
  }

  // Status: a banner, or a "repealed by" note in the header.
  // "Пункт 3 утратил силу ..." repeals a part of the act, not the act.
  const repealedNote = [...text.slice(actLine.end, zoneEnd).matchAll(globalOf(locale.repealedBy))]
    .find((m) => !isPartNote(text, locale, actLine.end + m.index!));
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
  const { text } = doc;
  const locale = localeOf(doc.language).act;
  const clause = scannerFrom(locale.entryIntoForceClause, from);
  // A point that only says when the act enters into force ("3. … вступает в силу со дня государственной
  // регистрации.") gives way to the next point saying when it takes effect ("4. … вводится в действие по
  // истечении десяти …"), as within one clause (takingEffectPart).
  let entersOnly: { rule: EntryIntoForce; span: Span } | null = null;
  let paragraphsAfter = 0;
  let lastParagraph = -1;
  for (let m = clause.exec(text); m; m = clause.exec(text)) {
    const [ps, pe] = paragraphAt(text, m.index);
    const para = text.slice(ps, pe);
    if (entersOnly && ps !== lastParagraph && ++paragraphsAfter > TAKES_EFFECT_LOOKAHEAD) break;
    lastParagraph = ps;
    if (('\n' + para).search(locale.footnote) >= 0) continue;
    // In parentheses it is the rule of another act, the one a note names: "3) Утратило силу постановлением
    // ... № 306 (вводится в действие по истечении десяти ...)".
    if (insideParentheses(para, m.index - ps)) continue;
    // A quoted paragraph is new wording for another act ("2. Настоящее постановление вводится в действие ...").
    if (QUOTED_PARAGRAPH.test(para)) continue;
    const found = ruleIn(doc, locale, ps, pe);
    if (!found) continue;
    if (locale.takesEffect.test(para)) return found;
    entersOnly ??= found;
    clause.lastIndex = pe;
  }
  return entersOnly;
}

/** The entry-into-force rule the clause in text[ps, pe) states. */
function ruleIn(doc: NormalizedDocument, locale: ActLocale, ps: number, pe: number): { rule: EntryIntoForce; span: Span } | null {
  const { text } = doc;
  const para = text.slice(ps, pe);
  const [ws, we] = takingEffectPart(para, locale);
  const part = para.slice(ws, we);
  for (const { rule, pattern } of locale.entryIntoForce) {
    const hit = pattern.exec(part);
    if (!hit) continue;
    const at = ps + ws + hit.index;
    if (rule !== 'date') return { rule, span: doc.span(at, at + hit[0].length) };
    // "вводится в действие с 1 января 2016 года" / "2016 жылғы 1 қаңтардан бастап қолданысқа енгізіледі"
    const near = dateNearPhrase(findDates(text, locale.dates, ps + ws, ps + we), at, locale);
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
 * states the rule after its verb, Kazakh before it (the locale's ruleBesideVerb). [start, end) within
 * `para`; all of it otherwise.
 */
function takingEffectPart(para: string, locale: ActLocale): [number, number] {
  const effect = locale.takesEffect.exec(para);
  const force = locale.entersIntoForce.exec(para);
  if (!effect || !force) return [0, para.length];
  const effectEnd = effect.index + effect[0].length;
  if (locale.ruleBesideVerb === 'before') return force.index < effect.index ? [force.index + force[0].length, effectEnd] : [0, effectEnd];
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

/** The parts of an act line found around its number sign. */
interface LineParts {
  kind: Found<ActKind>;
  issuer: Found<Issuer>;
  region: Found<RegionId> | undefined;
  start: number;
  end: number;
}

/** How far before the number sign the kind may open a dateless act line ("Постановление акимата ... области № ..."). */
const KIND_FIRST_LOOKBACK = 250;
/** How far before the number sign the issuer may stand when the kind closes the line (issuer in the genitive right before). */
const ISSUER_LOOKBACK = 160;
/** How far after the number the closing kind word may end ("қаулысы"). */
const KIND_WORD = 30;
/** How far before the issuer its region may be named. */
const REGION_BEFORE_ISSUER = 80;
/** How far after the number sign the number may run. */
const NUMBER_WINDOW = 40;

/**
 * An act line without a date, in [from, to): "<Kind> <issuer> [<region>] № <number>" where the kind
 * opens the line, "[<region>] <issuer> № <number> <kind>" where it closes it. The number must follow
 * the issuer with no date between (a dated line is an ordinary reference).
 */
function datelessActLine(text: string, lang: Language, locale: ActLocale, from: number, to: number): Annotation<HeaderLine> | null {
  const partsAround = locale.actLineKind === 'first' ? kindFirstLine : kindLastLine;
  for (let at = text.indexOf('№', from); at >= 0 && at < to; at = text.indexOf('№', at + 1)) {
    const num = NUMBER_AFTER.exec(text.slice(at, Math.min(text.length, at + NUMBER_WINDOW)));
    if (!num) continue;
    const parts = partsAround(text, lang, locale, from, at, at + num[0].length);
    if (!parts) continue;
    const { kind, issuer, region } = parts;
    const national = NATIONAL_ISSUERS.has(issuer.value);
    return {
      value: { kind: kind.value, issuer: issuer.value, region: national ? null : region?.value ?? null, date: null, number: cleanNumber(num[1]), key: null },
      start: parts.start,
      end: parts.end,
    };
  }
  return null;
}

/** "Постановление акимата Акмолинской области № А-3/45": kind (capitalized), issuer, region, then the number sign at `at`. */
function kindFirstLine(text: string, lang: Language, locale: ActLocale, from: number, at: number, numberEnd: number): LineParts | null {
  const kind = findKinds(text, Math.max(from, at - KIND_FIRST_LOOKBACK), at, lang).filter((k) => OPENS_SENTENCE.test(text[k.start] ?? '')).at(-1);
  if (!kind) return null;
  const issuer = findIssuers(text, kind.end, at, lang)[0];
  if (!issuer) return null;
  const region = findRegions(text, issuer.end, at, lang).at(-1) ?? findRegions(text, kind.end, issuer.start, lang).at(-1);
  if (findDates(text, locale.dates, kind.start, at).length) return null;
  return { kind, issuer, region, start: kind.start, end: numberEnd };
}

/** "Ақмола облысы әкімдігінің № А-3/45 қаулысы": region, issuer, the number sign at `at`, then the kind right after the number. */
function kindLastLine(text: string, lang: Language, locale: ActLocale, from: number, at: number, numberEnd: number): LineParts | null {
  const issuer = findIssuers(text, Math.max(from, at - ISSUER_LOOKBACK), at, lang).at(-1);
  if (!issuer) return null;
  const kind = findKinds(text, numberEnd, Math.min(text.length, numberEnd + KIND_WORD), lang)[0];
  if (!kind || text.slice(numberEnd, kind.start).trim() !== '') return null;
  const region = findRegions(text, Math.max(from, issuer.start - REGION_BEFORE_ISSUER), issuer.start, lang).at(-1);
  if (findDates(text, locale.dates, issuer.start, at).length) return null;
  return { kind, issuer, region, start: region?.start ?? issuer.start, end: kind.end };
}
