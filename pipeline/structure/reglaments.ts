/**
 * The structure stage's work: a normalized text → its reglaments (регламент / регламенті) and their parts,
 * found by the landmarks of the document language's locale (pipeline/locales/{ru,kk}/reglament.ts).
 *
 * Guarantees to the extractors (all offsets are normalized-text offsets, `text.slice(start, end)`):
 * - reglaments are in document order and do not overlap; each starts at its heading (appendix label,
 *   approval stamp, title) or, without one, at its general-provisions heading or point 1, and runs to
 *   the next reglament's start or the end of the document;
 * - a reglament is found by its point 1 naming the service ("1. Государственная услуга "…"" /
 *   "1. "…" мемлекеттік көрсетілетін қызмет…") or its general-provisions heading ("1. Общие положения" /
 *   "1. Жалпы ережелер"); a heading repeated by the PDF yields one reglament;
 * - `procedures` are the subpoints of section 2's "content of each procedure" point, grouped by
 *   variant headings ("При присвоении статуса оралмана:") when there are two or more;
 *   a step runs from its marker ("1)", "действие 1 –") to the next step, variant, point or section;
 * - `participants` are the subpoints of section 3's list of participants;
 * - `termBlocks` are the statements of the term of service ("Срок оказания…" / "…көрсету мерзімі").
 * Nothing here decides roles, durations or names: the extractors read those from the ranges.
 */
import type { Locale, ReglamentLocale } from '../locales/index.ts';
import { quotedAt, OPEN_QUOTES } from '../shared/quoted-name.ts';
import { globalOf, lastMatch } from '../shared/regex.ts';
import { splitLines, splitInlineSubpoints, POINT_MARKER, SUBPOINT_MARKER, type Line } from './lines.ts';

export interface Range {
  start: number;
  end: number;
}

export interface StepBlock extends Range {
  n: number;
  /** Where the text after the step marker starts. */
  bodyStart: number;
}

export interface ProcedureBlock {
  /** The variant heading without its colon; null when the procedure has no variants. */
  variant: (Range & { text: string }) | null;
  steps: StepBlock[];
}

export interface ListItemBlock extends Range {
  n: number;
  bodyStart: number;
}

export interface TermBlock {
  /** The statement's heading line ("5. Срок оказания государственной услуги:"). */
  header: Line;
  /** The heading line and the lines that belong to it. */
  lines: Line[];
}

export interface ReglamentBlock {
  range: Range;
  /** The heading before the body (appendix label, stamp, title); empty when there is none. */
  heading: Range;
  /** The title's quoted service name ("Регламент государственной услуги "…"" / ""…" … регламенті"). */
  titleName: Range | null;
  appendixLabel: (Range & { number: string | null }) | null;
  stamp: Range | null;
  /** Point 1's quoted service name. */
  serviceName: Range | null;
  lines: Line[];
  procedurePoint: Line | null;
  procedures: ProcedureBlock[];
  participantsPoint: Line | null;
  participants: ListItemBlock[];
  termBlocks: TermBlock[];
}

export interface DocumentStructure {
  lines: Line[];
  reglaments: ReglamentBlock[];
  /** Text before the first reglament: the carrying act (header, operative part, signature). */
  preamble: Range;
}

/** Lines before a reglament's body searched for its heading (appendix label, stamp, title): a heading is a few short lines. */
const HEADING_LOOKBACK = 4;
/** Lines within which point 1 follows the general-provisions heading, and within which a repeated heading is the same one. */
const GENERAL_HEADING_REACH = 3;
/** How far into its line the term phrase may start: a statement of the term opens with it; further in, it names the term in passing. */
const TERM_POINT_MAX_OFFSET = 80;
/** The longest unnumbered participant line: a longer one is prose after the list. */
const LIST_ITEM_MAX_LENGTH = 200;

/** A numbered list item's marker, after a stray quote the PDF may leave: "2)", "«3 )"; group 1: its number. */
const LIST_ITEM_MARKER = /^["«»“”„]?\s?(\d{1,3})\s?\)\s*/;
/** A list item run on inside a line: " 2) "; group 1: its number. */
const INLINE_LIST_ITEM_MARKER = /(?:^|\s)(\d{1,2})\s?\)\s*/;
/** A line that opens a sub-list ("…следующие действия:"): the numbering under it restarts without a new variant. */
const OPENS_SUBLIST = /:\s*$/;
/** An opening quote. */
const OPENING_QUOTE = /["«“„]/;
/** An opening quote, possibly after spaces: a name starts here. */
const OPENING_QUOTE_AHEAD = /^\s*["«“„]/;

export function segmentReglaments(text: string, locale: Locale): DocumentStructure {
  const lm = locale.reglament;
  const lines = splitLines(text);
  const anchors = findAnchors(lines, lm);
  const reglaments: ReglamentBlock[] = [];
  const starts: Array<{ anchor: Anchor; heading: HeadingInfo }> = [];
  for (let k = 0; k < anchors.length; k++) {
    const anchor = anchors[k];
    const floor = k > 0 ? anchors[k - 1].serviceLine ?? anchors[k - 1].firstLine : -1;
    starts.push({ anchor, heading: findHeading(text, lines, anchor, floor, lm) });
  }
  for (let k = 0; k < starts.length; k++) {
    const { anchor, heading } = starts[k];
    const start = heading.start;
    const end = k + 1 < starts.length ? Math.max(start, starts[k + 1].heading.start - 1) : text.length;
    const bodyLines = lines.filter((l) => l.start >= lines[anchor.firstLine].start && l.end <= end && !lm.editorialNote.test(l.text));
    const serviceName = anchor.serviceLine !== null ? serviceNameIn(lines[anchor.serviceLine], lm) : null;
    const sections = findSections(bodyLines, lm);
    reglaments.push({
      range: { start, end },
      heading: { start, end: heading.end },
      titleName: heading.titleName,
      appendixLabel: heading.appendixLabel,
      stamp: heading.stamp,
      serviceName,
      lines: bodyLines,
      ...sections,
    });
  }
  return { lines, reglaments, preamble: { start: 0, end: reglaments.length ? reglaments[0].range.start : text.length } };
}

interface Anchor {
  /** First line of the body: the general-provisions heading, or point 1. */
  firstLine: number;
  serviceLine: number | null;
  /** Offset where the general-provisions heading starts within firstLine, if any. */
  generalAt: number | null;
}

function findAnchors(lines: Line[], lm: ReglamentLocale): Anchor[] {
  const anchors: Anchor[] = [];
  const isGeneral = (l: Line) => {
    const m = lm.sections.general.exec(l.text);
    // the heading ends its line (it is often merged after the title)
    return m && l.text.slice(m.index + m[0].length).trim().length === 0 ? l.start + m.index : null;
  };
  let pendingGeneral: { line: number; at: number } | null = null;
  for (const l of lines) {
    const g = isGeneral(l);
    if (g !== null) {
      // A PDF may repeat the heading line; the first one of a run opens the reglament.
      if (!pendingGeneral || l.index - pendingGeneral.line > GENERAL_HEADING_REACH) pendingGeneral = { line: l.index, at: g };
      continue;
    }
    if (isServiceDefinition(l, lm)) {
      if (pendingGeneral && l.index - pendingGeneral.line <= GENERAL_HEADING_REACH) {
        anchors.push({ firstLine: pendingGeneral.line, serviceLine: l.index, generalAt: pendingGeneral.at });
      } else {
        anchors.push({ firstLine: l.index, serviceLine: l.index, generalAt: null });
      }
      pendingGeneral = null;
      continue;
    }
    if (pendingGeneral && l.index - pendingGeneral.line > GENERAL_HEADING_REACH) {
      anchors.push({ firstLine: pendingGeneral.line, serviceLine: null, generalAt: pendingGeneral.at });
      pendingGeneral = null;
    }
  }
  if (pendingGeneral) anchors.push({ firstLine: pendingGeneral.line, serviceLine: null, generalAt: pendingGeneral.at });
  return anchors;
}

function isServiceDefinition(l: Line, lm: ReglamentLocale): boolean {
  const def = lm.serviceDefinition;
  const m = def.start.exec(l.text);
  if (!m) return false;
  const q = quotedAt(l.text, m.index + m[0].length);
  if (q) return def.after ? def.after.test(l.text.slice(q.close)) : true;
  // A point 1 whose closing quote the PDF lost: an opening quote will do where the locale can end such a name.
  return def.unclosedNameEnd !== null && OPENING_QUOTE_AHEAD.test(l.text.slice(m.index + m[0].length));
}

function serviceNameIn(l: Line, lm: ReglamentLocale): Range | null {
  const def = lm.serviceDefinition;
  const m = def.start.exec(l.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  const q = quotedAt(l.text, at);
  if (q) return { start: l.start + q.start, end: l.start + q.end };
  if (!def.unclosedNameEnd) return null;
  // No closing quote: the name runs from the opening quote to where the locale says it ends.
  const open = l.text.slice(at).search(OPENING_QUOTE) + at + 1;
  const rest = l.text.slice(open);
  const stop = rest.search(def.unclosedNameEnd);
  return { start: l.start + open, end: l.start + (stop >= 0 ? open + stop : rest.length + open) };
}

interface HeadingInfo {
  start: number;
  end: number;
  titleName: Range | null;
  appendixLabel: (Range & { number: string | null }) | null;
  stamp: Range | null;
}

function findHeading(text: string, lines: Line[], anchor: Anchor, floor: number, lm: ReglamentLocale): HeadingInfo {
  const first = lines[anchor.firstLine];
  const zoneEnd = anchor.generalAt ?? first.start;
  // Heading lines precede the body (or are merged into its first line); a point or subpoint
  // belongs to the previous reglament or to the act.
  let zoneFirst = anchor.firstLine;
  while (zoneFirst - 1 > floor && anchor.firstLine - (zoneFirst - 1) <= HEADING_LOOKBACK) {
    const prev = lines[zoneFirst - 1];
    if (POINT_MARKER.test(prev.text) || SUBPOINT_MARKER.test(prev.text)) break;
    zoneFirst--;
  }
  const zoneStart = lines[zoneFirst].start;
  const zone = text.slice(zoneStart, zoneEnd);

  const titleName = lastTitle(zone, lm);
  // The carrying act's label comes first; a new wording may repeat the amended act's label under it.
  const appendixLabel = lm.heading.appendixLabel.exec(zone);
  const stamp = lastMatch(zone, lm.heading.stamp);
  // Only the heading elements that come after the previous reglament's own appendices count.
  const elements: number[] = [];
  let title: Range | null = null;
  if (titleName) {
    title = { start: zoneStart + titleName.start, end: zoneStart + titleName.end };
    elements.push(zoneStart + titleName.headStart);
  }
  let appendix: HeadingInfo['appendixLabel'] = null;
  if (appendixLabel && (!titleName || appendixLabel.index < titleName.headStart)) {
    appendix = { start: zoneStart + appendixLabel.index, end: zoneStart + appendixLabel.index + appendixLabel[0].length, number: appendixLabel[1] ?? null };
    // A label that names the carrying act first ("… қаулысына 1-қосымша") starts the heading at its line.
    const lineStart = zone.lastIndexOf('\n', appendixLabel.index) + 1;
    elements.push(zoneStart + (lm.heading.appendixLabelOpensLine ? lineStart : appendixLabel.index));
  }
  let stampRange: Range | null = null;
  if (stamp && (!titleName || stamp.index < titleName.headStart)) {
    stampRange = { start: zoneStart + stamp.index, end: zoneStart + stamp.index + stamp[0].length };
    elements.push(stampRange.start);
  }
  const start = elements.length ? Math.min(...elements) : first.start;
  return { start, end: zoneEnd, titleName: title, appendixLabel: appendix, stamp: stampRange };
}

/** The last title in the zone: its quoted name and where the title starts. */
function lastTitle(zone: string, lm: ReglamentLocale): (Range & { headStart: number }) | null {
  let found: (Range & { headStart: number }) | null = null;
  if (lm.heading.titleNameSide === 'after') {
    const g = globalOf(lm.heading.title);
    for (let m = g.exec(zone); m; m = g.exec(zone)) {
      const q = quotedAt(zone, m.index + m[0].length);
      if (q) found = { start: q.start, end: q.end, headStart: m.index };
    }
  } else {
    // The name comes first: ""…" мемлекеттік көрсетілетін қызмет регламенті".
    for (let i = 0; i < zone.length; i++) {
      if (!OPEN_QUOTES.includes(zone[i])) continue;
      const q = quotedAt(zone, i);
      if (!q) continue;
      const after = zone.slice(q.close);
      const t = lm.heading.title.exec(after);
      if (t && t.index === 0) found = { start: q.start, end: q.end, headStart: i };
      i = q.close - 1;
    }
  }
  return found;
}

/** A heading of section 2 or later: it ends the section or list before it. */
function isSection(l: Line, lm: ReglamentLocale): boolean {
  return lm.sections.procedure.test(l.text) || lm.sections.participants.test(l.text) || lm.sections.later.test(l.text);
}

function findSections(body: Line[], lm: ReglamentLocale): Pick<ReglamentBlock, 'procedurePoint' | 'procedures' | 'participantsPoint' | 'participants' | 'termBlocks'> {
  const procSection = body.findIndex((l) => lm.sections.procedure.test(l.text));
  const partSection = body.findIndex((l, i) => i > procSection && lm.sections.participants.test(l.text));
  const termHeaders = new Set<number>();
  const termBlocks: TermBlock[] = [];
  for (let i = 0; i < body.length; i++) {
    if (!isTermHeader(body[i], lm)) continue;
    termHeaders.add(i);
  }
  for (const i of termHeaders) {
    const header = body[i];
    const block = [header];
    const hasDuration = /\d/.test(header.text.slice(header.text.search(lm.term.point)));
    for (let j = i + 1; j < body.length; j++) {
      const l = body[j];
      if (POINT_MARKER.test(l.text) || isSection(l, lm) || termHeaders.has(j)) break;
      // A point that states its term itself goes on only with the waiting and service times, as
      // subpoints or as paragraphs of their own ("Максимально допустимое время ожидания … – 20 минут.").
      if (hasDuration && !(lm.term.wait.test(l.text) || lm.term.service.test(l.text))) break;
      block.push(l);
    }
    termBlocks.push({ header, lines: block });
  }

  // Section 2: the point with the content of each procedure, then its steps.
  let procedurePoint: Line | null = null;
  const procedures: ProcedureBlock[] = [];
  const from = procSection >= 0 ? procSection + 1 : 0;
  const to = partSection >= 0 ? partSection : body.length;
  for (let i = from; i < to; i++) {
    if (lm.procedure.point.test(body[i].text) && !SUBPOINT_MARKER.test(body[i].text)) {
      procedurePoint = body[i];
      readSteps(body, i + 1, to, lm, termHeaders, procedures);
      break;
    }
  }

  // Section 3: the list of participants.
  let participantsPoint: Line | null = null;
  const participants: ListItemBlock[] = [];
  const pFrom = partSection >= 0 ? partSection + 1 : procedurePoint ? body.indexOf(procedurePoint) + 1 : body.length;
  for (let i = pFrom; i < body.length; i++) {
    const l = body[i];
    if (!lm.participants.point.test(l.text) || SUBPOINT_MARKER.test(l.text)) continue;
    participantsPoint = l;
    for (let j = i + 1; j < body.length; j++) {
      if (!SUBPOINT_MARKER.test(body[j].text)) break;
      // Items the PDF ran together ("1) специалист; 2) руководитель.") are split at their markers.
      for (const piece of splitInlineSubpoints(body[j])) {
        const m = LIST_ITEM_MARKER.exec(piece.text);
        if (m) participants.push({ n: Number(m[1]), start: piece.start, end: piece.end, bodyStart: piece.start + m[0].length });
      }
    }
    if (participants.length === 0) {
      // Unnumbered items: the lines up to the next point or section ("работник услугодателя.").
      for (let j = i + 1; j < body.length; j++) {
        const t = body[j].text;
        if (POINT_MARKER.test(t) || isSection(body[j], lm) || t.length > LIST_ITEM_MAX_LENGTH) break;
        participants.push({ n: participants.length + 1, start: body[j].start, end: body[j].end, bodyStart: body[j].start });
      }
    }
    if (participants.length === 0) {
      // Items run on in the point's own line: "…: 1) специалист; 2) руководитель."
      const colon = l.text.lastIndexOf(':');
      const g = globalOf(INLINE_LIST_ITEM_MARKER);
      g.lastIndex = colon + 1;
      const marks: Array<{ n: number; at: number; body: number }> = [];
      for (let m = g.exec(l.text); m && colon >= 0; m = g.exec(l.text)) marks.push({ n: Number(m[1]), at: m.index, body: m.index + m[0].length });
      marks.forEach((mk, k) => participants.push({ n: mk.n, start: l.start + mk.at, end: l.start + (marks[k + 1]?.at ?? l.text.length), bodyStart: l.start + mk.body }));
    }
    break;
  }
  return { procedurePoint, procedures, participantsPoint, participants, termBlocks };
}

function isTermHeader(l: Line, lm: ReglamentLocale): boolean {
  if (SUBPOINT_MARKER.test(l.text)) return false;
  const m = lm.term.point.exec(l.text);
  if (!m || m.index > TERM_POINT_MAX_OFFSET) return false;
  return !lm.term.notAStatement.test(l.text);
}

/** The lines of the procedure, with paragraphs split before subpoint markers run into them. */
function procedureLines(body: Line[], from: number, to: number, lm: ReglamentLocale, termHeaders: Set<number>): Line[] {
  const out: Line[] = [];
  for (let i = from; i < to; i++) {
    const l = body[i];
    if (POINT_MARKER.test(l.text) || termHeaders.has(i) || isSection(l, lm)) break;
    out.push(...splitInlineSubpoints(l));
  }
  return out;
}

/** A bulleted list item: "- ", "• ", "* ", "– " opening the line. */
const BULLET_STEP = /^[-•*–]\s+(?=\p{L})/u;

/** The step number a step marker captured: its alternatives ("2)", "действие 2 –", "процедура 2:") each capture it. */
function stepNumber(m: RegExpExecArray): number {
  return Number(m.slice(1).find((g) => g !== undefined));
}

function readSteps(body: Line[], from: number, to: number, lm: ReglamentLocale, termHeaders: Set<number>, out: ProcedureBlock[]): void {
  let pendingVariant: ProcedureBlock['variant'] = null;
  let current: ProcedureBlock | null = null;
  let lastN = 0;
  // Steps written as bullets ("- специалист … – 10 минут;": Markdown copies of numbered lists) are
  // numbered in order, each variant from 1; only in a procedure whose steps are all bullets.
  let bulleted = false;
  const lines = procedureLines(body, from, to, lm, termHeaders);
  const stepAt = (l: Line | undefined): { n: number; length: number; bullet: boolean } | null => {
    if (!l) return null;
    const m = lm.procedure.stepMarker.exec(l.text);
    if (m) return { n: stepNumber(m), length: m[0].length, bullet: false };
    const b = BULLET_STEP.exec(l.text);
    if (b && (bulleted || current === null)) return { n: pendingVariant || current === null ? 1 : lastN + 1, length: b[0].length, bullet: true };
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = stepAt(l);
    if (m) {
      if (m.bullet) bulleted = true;
      const n = m.n;
      const step: StepBlock = { n, start: l.start, end: l.end, bodyStart: l.start + m.length };
      // Numbering restarts at 1: a new variant, unless the step before opened a sub-list with ":".
      const restarts = n === 1 && current !== null && !OPENS_SUBLIST.test(lines[i - 1]?.text ?? '');
      if (n === 1 && (!current || pendingVariant || restarts)) {
        current = { variant: pendingVariant, steps: [step] };
        out.push(current);
        pendingVariant = null;
        lastN = 1;
        continue;
      }
      if (current && n === lastN + 1) {
        current.steps.push(step);
        lastN = n;
        continue;
      }
    } else if (lm.procedure.variantHeading.test(l.text)) {
      const next = stepAt(lines[i + 1]);
      if (next && (next.bullet || next.n === 1)) {
        const text = l.text.replace(/\s*:\s*$/, '');
        pendingVariant = { start: l.start, end: l.start + text.length, text };
        continue;
      }
    }
    // Anything else continues the current step.
    if (current && current.steps.length) current.steps[current.steps.length - 1].end = l.end;
  }
  // A single variant heading names no alternative: the procedure has no variants.
  if (out.length === 1) out[0].variant = null;
}
