/**
 * Scoring (tests/gold/README.md, "Scoring"): compares the fact tuple sets of a prediction and its
 * gold document, then micro-averages precision/recall/F1 per family and overall, per language and
 * in total.
 * Guarantees: a document's counts only cover the families of its gold `scope` (default: all);
 * a predicted step actor whose gold step has `actor: null` is neither tp nor fp; a missing
 * prediction (null) scores every gold fact of the document as fn. The report validates against
 * EvalReport (schemas/eval.ts).
 */
import { FAMILIES, LANGUAGES, type Family, type GoldDocument, type Language } from '../../schemas/gold.ts';
import { EvalReport, type Counts, type DocumentReport, type FamilyScore, type Mismatch, type Score } from '../../schemas/eval.ts';
import { actorSlotKey, flattenDocument, type Fact } from './flatten.ts';
import { pairReglaments } from './pair.ts';

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/**
 * precision = tp / (tp + fp), recall = tp / (tp + fn), F1 = their harmonic mean.
 * Empty denominators: when neither side has a fact (tp = fp = fn = 0) there is nothing to get wrong,
 * so P = R = F1 = 1. Otherwise 0/0 counts as 0: no prediction but gold facts gives P = 0 (and R = 0);
 * predictions but no gold facts gives R = 0 (and P = 0). F1 is 0 when P + R = 0.
 */
export function score(c: Counts): Score {
  if (c.tp + c.fp + c.fn === 0) return { ...c, precision: 1, recall: 1, f1: 1 };
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface DocumentScore {
  source: string;
  language: Language;
  scope: Family[];
  /** Counts of the families in scope. */
  families: Partial<Record<Family, Counts>>;
  /** Extra and missed facts, in gold/prediction order. */
  fp: Fact[];
  fn: Fact[];
  warnings: string[];
}

/** Marker ordinal of a predicted reglament without a gold partner: a string, so never a gold ordinal. */
const unpairedOrdinal = (predOrdinal: number) => `unpaired:${predOrdinal}`;

/**
 * Scores one document. `pred` is null when there is no prediction (missing document, failed
 * extraction): then every gold fact in scope is missed.
 */
export function scoreDocument(gold: GoldDocument, pred: GoldDocument | null, warnings: string[] = []): DocumentScore {
  const scope: Family[] = gold.scope ? FAMILIES.filter((f) => gold.scope!.includes(f)) : [...FAMILIES];
  const doc = gold.source;
  const goldFacts = flattenDocument(gold, { doc, ordinalOf: (i) => gold.reglaments[i].ordinal });
  let predFacts: Fact[] = [];
  if (pred) {
    const { predToGold } = pairReglaments(gold.reglaments, pred.reglaments);
    predFacts = flattenDocument(pred, {
      doc,
      ordinalOf: (i) => {
        const g = predToGold[i];
        return g === null ? unpairedOrdinal(pred.reglaments[i].ordinal) : gold.reglaments[g].ordinal;
      },
    });
  }

  // README: "actor: null in a step means the step names no actor; such a step's actor is not scored".
  const unscoredActors = new Set<string>();
  for (const r of gold.reglaments) {
    r.procedures.forEach((p, pi) => {
      for (const s of p.steps) if (s.actor === null) unscoredActors.add(actorSlotKey(r.ordinal, pi + 1, s.n));
    });
  }
  predFacts = predFacts.filter((f) => !(f.actorSlot && unscoredActors.has(f.actorSlot)));

  const inScope = (f: Fact) => scope.includes(f.family);
  const dedupe = (facts: Fact[]) => [...new Map(facts.filter(inScope).map((f) => [f.key, f])).values()];
  const g = dedupe(goldFacts);
  const p = dedupe(predFacts);
  const gKeys = new Set(g.map((f) => f.key));
  const pKeys = new Set(p.map((f) => f.key));

  const families: Partial<Record<Family, Counts>> = {};
  for (const f of scope) families[f] = zeroCounts();
  for (const f of p) families[f.family]![gKeys.has(f.key) ? 'tp' : 'fp']++;
  for (const f of g) if (!pKeys.has(f.key)) families[f.family]!.fn++;

  return {
    source: doc,
    language: gold.language,
    scope,
    families,
    fp: p.filter((f) => !gKeys.has(f.key)),
    fn: g.filter((f) => !pKeys.has(f.key)),
    warnings,
  };
}

export function documentCounts(d: DocumentScore): Counts {
  return Object.values(d.families).reduce<Counts>((t, c) => addCounts(t, c!), zeroCounts());
}

const mismatches = (facts: Fact[]): Mismatch[] => facts.map((f) => ({ family: f.family, tuple: f.tuple }));

/** Micro-averages the documents' counts into the report of `zangraph eval`. */
export function buildReport(docs: DocumentScore[], opts: { details?: boolean } = {}): EvalReport {
  let overall = zeroCounts();
  const fam = new Map<Family, { all: Counts; byLanguage: Partial<Record<Language, Counts>> }>(
    FAMILIES.map((f) => [f, { all: zeroCounts(), byLanguage: {} }]),
  );
  const lang = new Map<Language, { counts: Counts; documents: number }>(
    LANGUAGES.map((l) => [l, { counts: zeroCounts(), documents: 0 }]),
  );
  const documents: Record<string, DocumentReport> = {};

  for (const d of docs) {
    const counts = documentCounts(d);
    overall = addCounts(overall, counts);
    const l = lang.get(d.language)!;
    l.counts = addCounts(l.counts, counts);
    l.documents++;
    for (const f of d.scope) {
      const c = d.families[f]!;
      const e = fam.get(f)!;
      e.all = addCounts(e.all, c);
      e.byLanguage[d.language] = addCounts(e.byLanguage[d.language] ?? zeroCounts(), c);
    }
    documents[d.source] = {
      ...score(counts),
      language: d.language,
      scope: d.scope,
      families: Object.fromEntries(d.scope.map((f) => [f, score(d.families[f]!)])),
      warnings: d.warnings,
      ...(opts.details ? { mismatches: { fp: mismatches(d.fp), fn: mismatches(d.fn) } } : {}),
    };
  }

  const families = Object.fromEntries(
    FAMILIES.map((f): [Family, FamilyScore] => {
      const e = fam.get(f)!;
      const byLanguage = Object.fromEntries(Object.entries(e.byLanguage).map(([l, c]) => [l, score(c!)]));
      return [f, { ...score(e.all), byLanguage }];
    }),
  );
  const languages = Object.fromEntries(
    LANGUAGES.map((l) => [l, { ...score(lang.get(l)!.counts), documents: lang.get(l)!.documents }]),
  );
  return EvalReport.parse({ overall: score(overall), families, languages, documents });
}
