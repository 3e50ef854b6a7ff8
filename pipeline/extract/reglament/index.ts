/**
 * Reglament extraction, public API: a normalized document (+ the act header found in it) → the
 * reglaments whose text it contains, in document order, as schemas/extraction.ts ExtractedReglament.
 *
 * Guarantees: every fact carries an evidence span made by `doc.span` over the normalized range it
 * was read from (so quote === source.slice(start, end)); a fact the text does not state is left
 * null/empty rather than guessed, except where the README defines it from context:
 * - `effect` comes from what the carrying act's operative text says of the reglament's appendix
 *   ("изложить в новой редакции" → new-wording, "дополнить" → added, "Утвердить прилагаемые" →
 *   approved); no carrying act → null;
 * - `approvedBy` is the act named in the reglament's approval stamp; a reglament the carrying act
 *   approves itself is approved by that act even when the PDF lost its stamp;
 * - an unlabeled appendix between labeled ones takes the number the operative text gives it.
 */
import type { ExtractedAct, ExtractedReglament } from '../../../schemas/extraction.ts';
import { ExtractedReglament as ExtractedReglamentSchema } from '../../../schemas/extraction.ts';
import type { RoleId } from '../../../schemas/gold.ts';
import type { Diagnostic, Span } from '../../../schemas/provenance.ts';
import type { NormalizedDocument } from '../../normalize/index.ts';
import type { DocumentStructure, ReglamentBlock, Range } from '../../structure/index.ts';
import { localeOf, type Locale } from '../../locales/index.ts';
import { globalOf } from '../../shared/regex.ts';
import { extractProcedures } from './steps.ts';
import { rolesOfListItem } from './roles.ts';
import { extractTerms } from './terms.ts';
import { readTiming } from './duration-structure.ts';
import { findDurations } from './durations.ts';
import { cleanName } from './patterns.ts';
import { actKey as keyOf, parseActReference } from '../act/index.ts';

type Effect = ExtractedReglament['effect'];

/** The characters of a reglament's start quoted by a diagnostic that has no narrower span. */
const DIAGNOSTIC_EXCERPT = 200;
/** The longest appendix range read as a list ("1 - 4"): a longer one is two numbers, not a range. */
const APPENDIX_RANGE_MAX = 100;
/** A numbered item opening an operative clause: "1) регламент …". */
const ITEM_MARKER = /^\s*\d{1,3}\s?\)/;
/** An operative clause: text between line ends and semicolons. */
const OPERATIVE_CLAUSE = /[^\n;]+/;

export function extractReglaments(doc: NormalizedDocument, structure: DocumentStructure, carrier: { act: ExtractedAct | null }): { reglaments: ExtractedReglament[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const locale = localeOf(doc.language);
  const text = doc.text;
  const act = carrier.act;
  const actKey = act ? keyOf(act) : null;
  const operative = act ? readOperativeText(text, structure.preamble, locale) : { byAppendix: new Map<string, { effect: Effect; range: Range }>(), approvedAll: null, order: [] as string[] };
  const appendices = inferAppendices(structure.reglaments, operative.order);

  const reglaments: ExtractedReglament[] = [];
  structure.reglaments.forEach((block, i) => {
    const ordinal = i + 1;
    // A service standard has the same point 1 as a reglament but no procedure of the provider's units.
    if (!block.titleName && !block.procedurePoint) {
      diagnostics.push({ stage: 'extract', ruleId: 'reglament/not-a-reglament', severity: 'info', message: `a service text with neither a reglament title nor a procedure section was skipped`, span: doc.span(block.range.start, Math.min(block.range.end, block.range.start + DIAGNOSTIC_EXCERPT)) });
      return;
    }
    const nameRange = block.titleName ?? block.serviceName;
    if (!nameRange) {
      diagnostics.push({ stage: 'extract', ruleId: 'reglament/missing-service', severity: 'warning', message: `reglament ${ordinal}: no service name found`, span: doc.span(block.range.start, Math.min(block.range.end, block.range.start + DIAGNOSTIC_EXCERPT)) });
      return;
    }
    const service = cleanName(text.slice(nameRange.start, nameRange.end)).replace(/^["«“„\s]+|["»”“\s]+$/g, '');
    const appendix = appendices[i];
    // An inferred number's evidence is the operative clause that names it.
    if (appendix.number !== null && !appendix.range) appendix.range = operative.byAppendix.get(appendix.number)?.range ?? null;

    let effect: Effect = null;
    let effectSpan: Span | undefined;
    if (act) {
      const stated = operative.byAppendix.get(appendix.number ?? '');
      if (stated) {
        effect = stated.effect;
        effectSpan = doc.span(stated.range.start, stated.range.end);
      } else if (operative.approvedAll) {
        effect = 'approved';
        effectSpan = doc.span(operative.approvedAll.start, operative.approvedAll.end);
      } else {
        diagnostics.push({ stage: 'extract', ruleId: 'reglament/unknown-effect', severity: 'info', message: `reglament ${ordinal} ("${service}"): the act's operative text does not say what it does with it`, span: doc.span(block.heading.start, block.heading.end) });
      }
    }

    let approvedBy: string | null = null;
    let approvedBySpan: Span | undefined;
    if (block.stamp) {
      const stampText = text.slice(block.stamp.start, block.stamp.end);
      const ref = parseActReference(stampText, doc.language, { region: act?.region ?? null, issuer: act?.issuer ?? null });
      if (ref) {
        approvedBy = ref.key;
        approvedBySpan = doc.span(block.stamp.start + ref.start, block.stamp.start + ref.end);
      } else {
        diagnostics.push({ stage: 'extract', ruleId: 'reglament/unreadable-stamp', severity: 'warning', message: `reglament ${ordinal}: approval stamp names no act that could be read`, span: doc.span(block.stamp.start, block.stamp.end) });
      }
    }
    if (!approvedBy && effect === 'approved' && actKey) {
      approvedBy = actKey;
      approvedBySpan = effectSpan;
    }

    const procedureFacts = extractProcedures(text, block.procedures, locale);
    const timing = readTiming(text, doc.language, block, procedureFacts, (t, from, to) => findDurations(t, locale, from, to));
    for (const step of procedureFacts.flatMap((p) => p.steps)) {
      const unknown = step.actor?.unknownPosition;
      if (unknown) {
        diagnostics.push({ stage: 'extract', ruleId: 'reglament/unknown-position', severity: 'info', message: `reglament ${ordinal}, step ${step.n}: position "${unknown}" is not in the role lexicon (pipeline/lexicon/roles.json); read as ${step.actor!.value}`, span: doc.span(step.actor!.positionStart, step.actor!.positionEnd) });
      }
    }
    const procedures = procedureFacts.map((p, k) => ({
      variant: p.variant ? p.variant.text : null,
      evidence: p.variant ? { variant: doc.span(p.variant.start, p.variant.end) } : {},
      limit: timing[k]!.limit.map((d) => ({ duration: d.value, evidence: doc.span(d.start, d.end) })),
      steps: p.steps.map((s, j) => ({
        n: s.n,
        actor: s.actor ? s.actor.value : null,
        durations: s.durations.map((d) => d.value),
        durationLinks: timing[k]!.links[j]!.map((l) => ({ relation: l.relation, ...(l.cue ? { evidence: doc.span(l.cue.start, l.cue.end) } : {}) })),
        evidence: {
          step: doc.span(s.start, s.end),
          ...(s.actor ? { actor: doc.span(s.actor.start, s.actor.end) } : {}),
          durations: s.durations.map((d) => doc.span(d.start, d.end)),
        },
      })),
    }));
    if (!block.procedurePoint) {
      diagnostics.push({ stage: 'extract', ruleId: 'reglament/no-procedure-point', severity: 'warning', message: `reglament ${ordinal} ("${service}"): no point describing the content of each procedure was found in section 2`, span: doc.span(block.heading.start, block.heading.end > block.heading.start ? block.heading.end : Math.min(block.range.end, block.range.start + DIAGNOSTIC_EXCERPT)) });
    }
    if (!block.participantsPoint) {
      diagnostics.push({ stage: 'extract', ruleId: 'reglament/no-participants', severity: 'info', message: `reglament ${ordinal} ("${service}"): no list of participants was found in section 3` });
    }
    if (block.procedurePoint && procedures.length === 0) {
      diagnostics.push({ stage: 'extract', ruleId: 'reglament/no-steps', severity: 'warning', message: `reglament ${ordinal}: the procedure point lists no steps`, span: doc.span(block.procedurePoint.start, block.procedurePoint.end) });
    }

    const actorMentions: Array<{ role: RoleId; evidence: Span }> = [];
    for (const item of block.participants) {
      for (const r of rolesOfListItem(text, locale, item.bodyStart, item.end)) actorMentions.push({ role: r.value, evidence: doc.span(r.start, r.end) });
    }
    const actors = [...new Set(actorMentions.map((a) => a.role))];

    const terms = extractTerms(text, locale, block.termBlocks).map((t) => ({
      ...t.value,
      evidence: doc.span(t.clauseStart, t.clauseEnd),
    }));

    const reglament: ExtractedReglament = {
      ordinal,
      appendix: appendix.number,
      service,
      approvedBy,
      effect,
      procedures,
      actors,
      terms,
      actorMentions,
      evidence: {
        text: doc.span(block.range.start, block.range.end),
        service: doc.span(nameRange.start, nameRange.end),
        ...(appendix.range ? { appendix: doc.span(appendix.range.start, appendix.range.end) } : {}),
        ...(approvedBySpan ? { approvedBy: approvedBySpan } : {}),
        ...(effectSpan ? { effect: effectSpan } : {}),
      },
    };
    const checked = ExtractedReglamentSchema.safeParse(reglament);
    if (!checked.success) {
      diagnostics.push({ stage: 'extract', ruleId: 'reglament/invalid', severity: 'error', message: `${doc.name}: reglament ${ordinal} does not validate: ${checked.error.issues[0]?.message}` });
      return;
    }
    reglaments.push(checked.data);
  });
  return { reglaments: reglaments.map((r, i) => ({ ...r, ordinal: i + 1 })), diagnostics };
}

interface OperativeText {
  byAppendix: Map<string, { effect: Effect; range: Range }>;
  /** The clause approving the attached reglaments, when the act approves them. */
  approvedAll: Range | null;
  /** Appendix numbers in the order the operative text names them. */
  order: string[];
}

/**
 * The carrying act's operative clauses (split at line ends and semicolons) that name appendices of
 * this act, with what they do to them.
 */
export function readOperativeText(text: string, preamble: Range, locale: Locale): OperativeText {
  const op = locale.reglament.operative;
  const byAppendix = new Map<string, { effect: Effect; range: Range }>();
  const order: string[] = [];
  let approvedAll: Range | null = null;
  const clause = globalOf(OPERATIVE_CLAUSE);
  const part = text.slice(0, preamble.end);
  const clauses: Array<{ range: Range; s: string; own: Effect; isItem: boolean; effect: Effect }> = [];
  // A clause without a verb continues the last one ("Утвердить: 1) регламент … согласно приложению 1;").
  let lastEffect: Effect = null;
  for (let c = clause.exec(part); c; c = clause.exec(part)) {
    const s = c[0];
    const own: Effect = op.newWording.test(s) ? 'new-wording' : op.added.test(s) ? 'added' : op.approved.test(s) ? 'approved' : null;
    const isItem = ITEM_MARKER.test(s);
    if (own) lastEffect = own;
    else if (!isItem) lastEffect = null;
    clauses.push({ range: { start: c.index, end: c.index + c[0].length }, s, own, isItem, effect: own ?? lastEffect });
  }
  // A verb may come after the last item ("1. Қоса беріліп отырған: 1) … регламенті; 2) … регламенті
  // бекітілсін."): items that had no verb before them take the first one after them in their list.
  for (let i = clauses.length - 1, next: Effect = null; i >= 0; i--) {
    const c = clauses[i]!;
    if (!c.isItem) {
      next = null;
      continue;
    }
    if (c.own) next = c.own;
    else if (!c.effect) c.effect = next;
  }
  for (const { range, s, effect } of clauses) {
    const refs = globalOf(op.appendixRef);
    let named = false;
    for (let r = refs.exec(s); r; r = refs.exec(s)) {
      named = true;
      // An unnumbered reference ("согласно приложению к настоящему постановлению") is kept under "".
      for (const n of r[1] === undefined ? [''] : appendixNumbers(r[1], op.appendixListSeparator)) {
        if (n !== '' && !order.includes(n)) order.push(n);
        if (effect && !byAppendix.has(n)) byAppendix.set(n, { effect, range });
      }
    }
    if (!named && effect === 'approved' && op.reglamentWord.test(s) && !approvedAll) approvedAll = range;
  }
  return { byAppendix, approvedAll, order };
}

/** A range of appendix numbers: "1 - 4", "2–3". */
const NUMBER_RANGE = /^(\d+)\s*[–—-]\s*(\d+)$/;

/** "2, 3" → [2, 3]; "1 - 4" → [1, 2, 3, 4]. */
function appendixNumbers(list: string, separator: RegExp): string[] {
  const out: string[] = [];
  for (const piece of list.split(separator).filter(Boolean)) {
    const range = NUMBER_RANGE.exec(piece);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) < APPENDIX_RANGE_MAX) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
    } else if (/^\d+$/.test(piece)) out.push(piece);
  }
  return out;
}

/**
 * Appendix numbers: the label's, or, for a reglament whose label the document lost, the number the
 * operative text names between its labeled neighbours (when exactly one fits).
 */
function inferAppendices(blocks: ReglamentBlock[], order: string[]): Array<{ number: string | null; range: Range | null }> {
  const out = blocks.map((b) => ({ number: b.appendixLabel?.number ?? null, range: b.appendixLabel ? { start: b.appendixLabel.start, end: b.appendixLabel.end } : null }));
  const used = new Set(out.map((a) => a.number).filter((n): n is string => n !== null));
  const labeled = out.filter((a) => a.number !== null).length;
  if (labeled === 0) return out;
  for (let i = 0; i < out.length; i++) {
    if (out[i].number !== null) continue;
    const prev = [...out.slice(0, i)].reverse().find((a) => a.number !== null)?.number;
    const next = out.slice(i + 1).find((a) => a.number !== null)?.number;
    const lo = prev ? Number(prev) : 0;
    const hi = next ? Number(next) : Infinity;
    const candidates = order.filter((n) => !used.has(n) && Number(n) > lo && Number(n) < hi);
    const gapCount = out.slice(i).findIndex((a) => a.number !== null);
    const unlabeledRun = gapCount < 0 ? out.length - i : gapCount;
    if (candidates.length === unlabeledRun && candidates.length > 0) {
      out[i].number = candidates[0];
      used.add(candidates[0]);
    }
  }
  return out;
}
