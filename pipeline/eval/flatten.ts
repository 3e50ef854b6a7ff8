/**
 * Flattens a document's facts (the gold shape of schemas/gold.ts; extraction results are a superset
 * of it and are parsed with the same schema, extra keys stripped) into the fact tuples of
 * tests/gold/README.md's scoring table, one family at a time.
 * Guarantees to the scorer: every string value in a tuple is normalized (normalize.ts; service and
 * title also lower-cased), so equal facts give equal tuple keys; a field whose value is null gives no
 * tuple (null means "the text does not state it": stating something there is an extra fact, omitting
 * a stated value a missed one); positions are 1-based like README's ordinal and n: the variant index is
 * the procedure's 1-based index within its reglament, the duration index the 1-based index in the
 * step's `durations`.
 */
import type { Family, GoldDocument } from '../../schemas/gold.ts';
import type { FactTuple } from '../../schemas/eval.ts';
import { normalizeName, normalizeText } from './normalize.ts';

export interface Fact {
  family: Family;
  tuple: FactTuple;
  /** Equality key of the tuple. */
  key: string;
  /** For a step's actor fact: the step it belongs to (ordinal, variant index, n), so that gold steps
   * with `actor: null` can exempt it from scoring. */
  actorSlot?: string;
}

export interface FlattenOptions {
  /** Document id put first in every tuple (gold's `source`, for prediction and gold alike). */
  doc: string;
  /** The ordinal to use in the tuples of the reglament at this array index: the gold ordinal of its
   * pair, or a marker (a string) that never equals a gold ordinal. */
  ordinalOf: (index: number) => number | string;
}

export const tupleKey = (t: FactTuple): string => JSON.stringify(t);
export const actorSlotKey = (ordinal: number | string, variant: number, n: number): string =>
  JSON.stringify([ordinal, variant, n]);

const ACT_FIELDS = ['kind', 'issuer', 'region', 'number', 'date', 'registration.number', 'registration.date', 'status', 'entryIntoForce'] as const;
type ActField = (typeof ACT_FIELDS)[number];

function actValue(act: NonNullable<GoldDocument['act']>, field: ActField): string | null {
  switch (field) {
    case 'registration.number': return act.registration?.number ?? null;
    case 'registration.date': return act.registration?.date ?? null;
    default: return act[field];
  }
}

export function flattenDocument(d: GoldDocument, opts: FlattenOptions): Fact[] {
  const facts: Fact[] = [];
  const add = (family: Family, tuple: FactTuple, actorSlot?: string) =>
    facts.push({ family, tuple, key: tupleKey(tuple), ...(actorSlot ? { actorSlot } : {}) });
  const { doc } = opts;

  if (d.act) {
    for (const field of ACT_FIELDS) {
      const v = actValue(d.act, field);
      if (v !== null) add('act', [doc, field, normalizeText(v)]);
    }
    if (d.act.title !== null) add('title', [doc, normalizeName(d.act.title)]);
  }

  for (const r of d.relations) add('relation', [doc, r.type, normalizeText(r.target)]);

  d.reglaments.forEach((r, index) => {
    const ord = opts.ordinalOf(index);
    if (r.appendix !== null) add('reglament', [doc, ord, 'appendix', normalizeText(r.appendix)]);
    add('reglament', [doc, ord, 'service', normalizeName(r.service)]);
    if (r.approvedBy !== null) add('reglament', [doc, ord, 'approvedBy', normalizeText(r.approvedBy)]);
    if (r.effect !== null) add('reglament', [doc, ord, 'effect', r.effect]);

    r.procedures.forEach((p, pi) => {
      const variant = pi + 1;
      for (const s of p.steps) {
        if (s.actor !== null) {
          add('step', [doc, ord, variant, s.n, 'actor', normalizeText(s.actor)], actorSlotKey(ord, variant, s.n));
        }
        s.durations.forEach((dur, di) => add('step', [doc, ord, variant, s.n, 'duration', di + 1, normalizeText(dur)]));
      }
    });

    for (const role of r.actors) add('actor', [doc, ord, normalizeText(role)]);
    for (const t of r.terms) add('term', [doc, ord, t.kind, t.channel, normalizeText(t.duration)]);
  });
  return facts;
}
