/**
 * Durations in reglament text: "5 (пяти) минут", "1 (одного) рабочего дня", "15 (он бес) минут",
 * "2 (екі) жұмыс күні", "3 часа" → "<amount> <unit>" (tests/gold/README.md) with the normalized-text
 * span of the number and its unit. Units and their case forms come from pipeline/lexicon/units.json.
 * Also reads the PDF artifacts seen in practice: digits split by a space ("3 0 минут"), the number
 * word moved after the unit ("2 минут. (двух)"), a working-day qualifier moved after the noun
 * ("2 дней. (двух) рабочих"), the noun moved before the number ("в часа. течение 1 (одного)"), and
 * Kazakh's calendar qualifier before the number ("күнтізбелік 7 (жеті) күн").
 */
import type { DurationUnit, Language } from '../../../schemas/gold.ts';
import type { Annotation } from '../../shared/annotation.ts';
import type { Locale } from '../../locales/index.ts';
import { numeralsLexicon, unitsLexicon } from '../../lexicon/index.ts';
import { phraseSource } from './patterns.ts';

export type DurationValue = `${number} ${DurationUnit}`;

/**
 * Work done by the scans that look back or across found durations, for tests that check it grows
 * linearly with the text (a count, not a time): characters the displaced-unit scan passed over, and
 * found durations the spelled-number scan compared against.
 */
export const durationScanWork = { charsScanned: 0, durationsCompared: 0 };

interface UnitMatcher {
  /** Sticky: a unit form at lastIndex. */
  sticky: RegExp;
  /** Sticky: an adjective whose noun was moved away, at the end of a clause. */
  bare: RegExp;
  /** Global: any unit form (for displaced nouns). */
  global: RegExp;
  unitOf: Map<string, DurationUnit>;
  qualifier: RegExp;
  /** A calendar-day qualifier ending right before the number ("күнтізбелік 7 күн"). */
  calendarBefore: RegExp;
  /** Global: a number word (pipeline/lexicon/numerals.json) followed by spaces. */
  numberWord: RegExp;
  valueOf: Map<string, number>;
  /** Sticky: the locale's case ending after an amount's digits ("15-ти"), or null. */
  digitEnding: RegExp | null;
  /** The word right before a unit the PDF moved ahead of its number (the locale's). */
  displacedUnitLead: RegExp;
}

const matchers = new Map<Language, UnitMatcher>();

function matcher(locale: Locale): UnitMatcher {
  const lang = locale.lang;
  let m = matchers.get(lang);
  if (m) return m;
  const lex = unitsLexicon();
  const unitOf = new Map<string, DurationUnit>();
  const forms: string[] = [];
  for (const u of lex.units) {
    for (const f of u[lang]) {
      const key = f.toLowerCase().replace(/\s+/g, ' ');
      if (!unitOf.has(key)) unitOf.set(key, u.unit);
      forms.push(f);
    }
  }
  forms.sort((a, b) => b.length - a.length);
  const alt = forms.map(phraseSource).join('|');
  for (const b of lex.bareForms[lang]) unitOf.set(b.form.toLowerCase(), b.unit);
  const bareAlt = lex.bareForms[lang].map((b) => phraseSource(b.form)).join('|');
  m = {
    bare: new RegExp(`(?:${bareAlt || '(?!)'})(?=\\s*(?:[;.,:]|$))`, 'iuym'),
    sticky: new RegExp(`(?:${alt})(?![\\p{L}])`, 'iuy'),
    global: new RegExp(`(?<![\\p{L}\\d])(?:${alt})(?![\\p{L}])`, 'giu'),
    unitOf,
    qualifier: new RegExp(`^[\\s.;,)]*(?:\\([^()\\d]{1,30}\\)[\\s.;,]*)?(?:${lex.workingDayQualifiers[lang].map(phraseSource).join('|')})(?![\\p{L}])`, 'iu'),
    numberWord: new RegExp(`(?<![\\p{L}\\d])(?:${numeralForms(lang).map(phraseSource).join('|')})(?![\\p{L}])\\s+`, 'giu'),
    valueOf: new Map(Object.entries(numeralsLexicon()[lang]).map(([w, v]) => [w.toLowerCase().replace(/\s+/g, ' '), v])),
    calendarBefore: new RegExp(`(?<![\\p{L}])(?:${lex.calendarQualifiersBefore[lang].map(phraseSource).join('|')})\\s+$`, 'iu'),
    digitEnding: stickyOf(locale.reglament.durations.digitEnding),
    displacedUnitLead: locale.reglament.durations.displacedUnitLead,
  };
  matchers.set(lang, m);
  return m;
}

/** The number words of a language, longest first ("он бес" before "он"). */
function numeralForms(lang: Language): string[] {
  return Object.keys(numeralsLexicon()[lang]).sort((a, b) => b.length - a.length);
}

function unitFor(m: UnitMatcher, form: string): DurationUnit {
  return m.unitOf.get(form.toLowerCase().replace(/\s+/g, ' ')) ?? 'day';
}

/** A sticky copy of a locale pattern, to try it at one position. */
function stickyOf(re: RegExp | null): RegExp | null {
  return re && new RegExp(re.source, re.flags + 'y');
}

/** An amount: "15", "0,5" (not a clock time "18.00"), and a digit the PDF split off ("3 0"); a case
 * ending after the digits ("15-ти") is the locale's. */
const NUMBER = /(?<![\p{L}\d.,\/№-])(\d{1,3}(?:[.,]\d(?!\d))?)(?: (\d)(?!\d))?(?![\d.,\/])/gu;
const SPACES = /\s*/y;
/** The number words in parentheses after the digits: "(пяти)", "(он бес)"; group 1: the words. */
const NUMBER_WORDS = /\(\s*([^()\d\n]{1,40}?)\s*\)/y;

/** Characters after a bare day unit searched for a working-day qualifier the PDF moved: past a parenthesis of number words. */
const QUALIFIER_AFTER_WINDOW = 60;
/** Characters before a number searched for a calendar qualifier: one or two words. */
const CALENDAR_BEFORE_WINDOW = 30;
/** Characters before a number word searched for the digit whose spelling-out it may be ("5 (пяти"). */
const SPELLING_DIGITS_WINDOW = 40;
/** Characters before a displaced unit searched for its lead word or a number it already belongs to. */
const DISPLACED_UNIT_LEAD_WINDOW = 20;
/** A number or a closing parenthesis right before a unit: the unit has its number. */
const NUMBERED_BEFORE = /[\d)]\s*$/;

/** Every duration in text[from, to), in text order. */
export function findDurations(text: string, locale: Locale, from = 0, to = text.length): Annotation<DurationValue>[] {
  const m = matcher(locale);
  const out: Annotation<DurationValue>[] = [];
  const slice = text.slice(0, to);
  const orphans = orphanUnitScanner(m, slice);
  NUMBER.lastIndex = from;
  for (let hit = NUMBER.exec(slice); hit; hit = NUMBER.exec(slice)) {
    const start = hit.index;
    let amount = hit[1];
    let pos = start + hit[0].length;
    pos += endingLength(m, slice, pos);
    // "3 0 минут": a lone digit after the number is part of it only if a unit or number words follow.
    if (hit[2] !== undefined) {
      const after = skipSpaces(slice, pos);
      if (unitAt(m, slice, after) || slice[after] === '(') {
        amount = hit[1] + hit[2];
      } else {
        pos = start + hit[1].length;
        NUMBER.lastIndex = pos;
      }
    }
    let p = skipSpaces(slice, pos);
    let words: string | null = null;
    NUMBER_WORDS.lastIndex = p;
    const w = NUMBER_WORDS.exec(slice);
    if (w) {
      words = w[1];
      p = skipSpaces(slice, p + w[0].length);
    }
    let unit: DurationUnit | null = null;
    let end = -1;
    const u = unitAt(m, slice, p);
    if (u) {
      unit = unitFor(m, u);
      end = p + u.length;
    } else if (words) {
      // the unit inside the parentheses: "5 (бес минут)"
      const inner = new RegExp(m.global.source, 'giu');
      let last: RegExpExecArray | null = null;
      for (let x = inner.exec(words); x; x = inner.exec(words)) last = x;
      if (last && last.index + last[0].length === words.length) {
        unit = unitFor(m, last[0]);
        end = (w as RegExpExecArray).index + (w as RegExpExecArray)[0].length;
      }
    }
    if (!unit && words) {
      // the noun displaced before the number on the same line: "в часа. течение 1 (одного)"
      const orphan = orphans(start);
      if (orphan) {
        unit = orphan;
        end = (w as RegExpExecArray).index + (w as RegExpExecArray)[0].length;
      }
    }
    if (!unit) continue;
    if (unit === 'day') unit = qualifiedDay(m, slice, start, end);
    out.push({ value: `${Number(amount.replace(',', '.'))} ${unit}` as DurationValue, start, end });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
  }
  const spelled = spelledDurations(m, slice, from, out);
  return spelled.length === 0 ? out : [...out, ...spelled].sort((a, b) => a.start - b.start);
}

/** A bare day unit of the duration text[start, end) made a working day by a qualifier the PDF moved
 * after it ("2 дней. (двух) рабочих"), or a calendar day by one before the number ("күнтізбелік 7 күн"). */
function qualifiedDay(m: UnitMatcher, text: string, start: number, end: number): DurationUnit {
  if (m.qualifier.test(text.slice(end, end + QUALIFIER_AFTER_WINDOW))) return 'working-day';
  if (m.calendarBefore.test(text.slice(Math.max(0, start - CALENDAR_BEFORE_WINDOW), start))) return 'calendar-day';
  return 'day';
}

/** A digit and the parenthesis that spells it out, open before this point: "5 (пяти" / "15 (он бес". */
const SPELLING_DIGITS = /\d\s*\([^()]*$/u;

/**
 * Durations written with number words instead of digits ("в течение одного рабочего дня", "бір жұмыс
 * күні"): a number word right before a unit form, outside the parentheses that spell out digits and
 * outside the durations already found.
 */
function spelledDurations(m: UnitMatcher, slice: string, from: number, found: Annotation<DurationValue>[]): Annotation<DurationValue>[] {
  const out: Annotation<DurationValue>[] = [];
  const g = new RegExp(m.numberWord.source, 'giu');
  g.lastIndex = from;
  // found is in text order and so are the number words: the durations that ended before one cannot overlap the next
  let next = 0;
  for (let x = g.exec(slice); x; x = g.exec(slice)) {
    const start = x.index;
    const p = start + x[0].length;
    const u = unitAt(m, slice, p);
    if (!u) continue;
    while (next < found.length && found[next].end <= start) next++;
    durationScanWork.durationsCompared++;
    if (next < found.length && found[next].start < p + u.length) continue;
    if (SPELLING_DIGITS.test(slice.slice(Math.max(0, start - SPELLING_DIGITS_WINDOW), start))) continue;
    const amount = m.valueOf.get(x[0].trim().toLowerCase().replace(/\s+/g, ' '));
    if (amount === undefined) continue;
    const end = p + u.length;
    let unit = unitFor(m, u);
    if (unit === 'day') unit = qualifiedDay(m, slice, start, end);
    out.push({ value: `${amount} ${unit}` as DurationValue, start, end });
    g.lastIndex = end;
  }
  return out;
}

/** The length of the case ending written at p after an amount's digits ("-ти"), or 0. */
function endingLength(m: UnitMatcher, text: string, p: number): number {
  if (!m.digitEnding) return 0;
  m.digitEnding.lastIndex = p;
  return m.digitEnding.exec(text)?.[0].length ?? 0;
}

function skipSpaces(text: string, p: number): number {
  SPACES.lastIndex = p;
  SPACES.exec(text);
  return SPACES.lastIndex;
}

function unitAt(m: UnitMatcher, text: string, p: number): string | null {
  m.sticky.lastIndex = p;
  const x = m.sticky.exec(text);
  if (x) return x[0];
  m.bare.lastIndex = p;
  const b = m.bare.exec(text);
  return b ? b[0] : null;
}

/**
 * The unit word before a position on its line that follows no number (its number was moved away by
 * the PDF): the last such unit between the line's start and the position. Asked at increasing
 * positions, it reads each unit match of the text once, keeping the next one when it lies past the
 * position, so a text with many numbers costs its length, not its length times its numbers.
 */
function orphanUnitScanner(m: UnitMatcher, text: string): (position: number) => DurationUnit | null {
  const g = new RegExp(m.global.source, 'giu');
  let lineStart = 0;
  /** Where the current line ends (its line break, or the text's end); -1 before the first question. */
  let lineEnd = -1;
  let found: DurationUnit | null = null;
  /** The next unit match not yet read, found past an earlier position; null when not looked for. */
  let pending: RegExpExecArray | null = null;
  /** No unit match from g.lastIndex to the text's end. */
  let exhausted = false;
  let lastPosition = -1;
  const restartAt = (p: number) => {
    g.lastIndex = p;
    pending = null;
    exhausted = false;
  };
  return (position) => {
    if (position < lastPosition) {
      lineEnd = -1;
      restartAt(0);
    }
    lastPosition = position;
    if (position > lineEnd || position < lineStart) {
      lineStart = text.lastIndexOf('\n', position - 1) + 1;
      const next = text.indexOf('\n', position);
      lineEnd = next === -1 ? text.length : next;
      found = null;
      if (pending ? pending.index < lineStart : !exhausted && g.lastIndex < lineStart) restartAt(lineStart);
    }
    for (;;) {
      let x = pending;
      if (!x && !exhausted) {
        const scanFrom = g.lastIndex;
        x = g.exec(text);
        durationScanWork.charsScanned += (x ? x.index + x[0].length : text.length) - scanFrom;
      }
      pending = null;
      if (!x) {
        exhausted = true;
        break;
      }
      if (x.index + x[0].length > position) {
        pending = x;
        break;
      }
      const prev = text.slice(Math.max(lineStart, x.index - DISPLACED_UNIT_LEAD_WINDOW), x.index);
      if (NUMBERED_BEFORE.test(prev)) continue;
      if (!m.displacedUnitLead.test(prev)) continue;
      found = unitFor(m, x[0]);
    }
    return found;
  };
}
