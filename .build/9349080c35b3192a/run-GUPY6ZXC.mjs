import {
  EvalReport
} from "./chunk-T3J2N7FD.mjs";
import {
  FAMILIES,
  GoldDocument,
  LANGUAGES
} from "./chunk-ZMMWVS5X.mjs";
import "./chunk-VXHWECNZ.mjs";

// pipeline/eval/run.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

// pipeline/eval/normalize.ts
var QUOTES = /[«»“”„‟″‶〝〞＂‹›‘’‚‛]/g;
var DASHES = /[‐‑‒–—―−]/g;
var INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
function normalizeText(s) {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(/ё/g, "\u0435").replace(/Ё/g, "\u0415").replace(QUOTES, '"').replace(DASHES, "-").replace(/\s+/g, " ").trim();
}
function normalizeName(s) {
  return normalizeText(s).toLowerCase();
}

// pipeline/eval/flatten.ts
var tupleKey = (t) => JSON.stringify(t);
var actorSlotKey = (ordinal, variant, n) => JSON.stringify([ordinal, variant, n]);
var ACT_FIELDS = ["kind", "issuer", "region", "number", "date", "registration.number", "registration.date", "status", "entryIntoForce"];
function actValue(act, field) {
  switch (field) {
    case "registration.number":
      return act.registration?.number ?? null;
    case "registration.date":
      return act.registration?.date ?? null;
    default:
      return act[field];
  }
}
function flattenDocument(d, opts) {
  const facts = [];
  const add = (family, tuple, actorSlot) => facts.push({ family, tuple, key: tupleKey(tuple), ...actorSlot ? { actorSlot } : {} });
  const { doc } = opts;
  if (d.act) {
    for (const field of ACT_FIELDS) {
      const v = actValue(d.act, field);
      if (v !== null) add("act", [doc, field, normalizeText(v)]);
    }
    if (d.act.title !== null) add("title", [doc, normalizeName(d.act.title)]);
  }
  for (const r of d.relations) add("relation", [doc, r.type, normalizeText(r.target)]);
  d.reglaments.forEach((r, index) => {
    const ord = opts.ordinalOf(index);
    if (r.appendix !== null) add("reglament", [doc, ord, "appendix", normalizeText(r.appendix)]);
    add("reglament", [doc, ord, "service", normalizeName(r.service)]);
    if (r.approvedBy !== null) add("reglament", [doc, ord, "approvedBy", normalizeText(r.approvedBy)]);
    if (r.effect !== null) add("reglament", [doc, ord, "effect", r.effect]);
    r.procedures.forEach((p, pi) => {
      const variant = pi + 1;
      for (const s of p.steps) {
        if (s.actor !== null) {
          add("step", [doc, ord, variant, s.n, "actor", normalizeText(s.actor)], actorSlotKey(ord, variant, s.n));
        }
        s.durations.forEach((dur, di) => add("step", [doc, ord, variant, s.n, "duration", di + 1, normalizeText(dur)]));
      }
    });
    for (const role of r.actors) add("actor", [doc, ord, normalizeText(role)]);
    for (const t of r.terms) add("term", [doc, ord, t.kind, t.channel, normalizeText(t.duration)]);
  });
  return facts;
}

// pipeline/eval/pair.ts
var byOrdinal = (items, indices) => [...indices].sort((a, b) => items[a].ordinal - items[b].ordinal);
function pairReglaments(gold, pred) {
  const predToGold = pred.map(() => null);
  const goldToPred = gold.map(() => null);
  const goldNames = gold.map((g) => normalizeName(g.service));
  for (const p of byOrdinal(pred, pred.map((_, i) => i))) {
    const name = normalizeName(pred[p].service);
    const g = goldNames.findIndex((n, i) => n === name && goldToPred[i] === null);
    if (g >= 0) {
      predToGold[p] = g;
      goldToPred[g] = p;
    }
  }
  const freePred = byOrdinal(pred, pred.map((_, i) => i).filter((i) => predToGold[i] === null));
  const freeGold = byOrdinal(gold, gold.map((_, i) => i).filter((i) => goldToPred[i] === null));
  for (let k = 0; k < Math.min(freePred.length, freeGold.length); k++) {
    predToGold[freePred[k]] = freeGold[k];
    goldToPred[freeGold[k]] = freePred[k];
  }
  return { predToGold, goldToPred };
}

// pipeline/eval/score.ts
var zeroCounts = () => ({ tp: 0, fp: 0, fn: 0 });
var addCounts = (a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
function score(c) {
  if (c.tp + c.fp + c.fn === 0) return { ...c, precision: 1, recall: 1, f1: 1 };
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : 2 * precision * recall / (precision + recall);
  return { ...c, precision, recall, f1 };
}
var unpairedOrdinal = (predOrdinal) => `unpaired:${predOrdinal}`;
function scoreDocument(gold, pred, warnings = []) {
  const scope = gold.scope ? FAMILIES.filter((f) => gold.scope.includes(f)) : [...FAMILIES];
  const doc = gold.source;
  const goldFacts = flattenDocument(gold, { doc, ordinalOf: (i) => gold.reglaments[i].ordinal });
  let predFacts = [];
  if (pred) {
    const { predToGold } = pairReglaments(gold.reglaments, pred.reglaments);
    predFacts = flattenDocument(pred, {
      doc,
      ordinalOf: (i) => {
        const g2 = predToGold[i];
        return g2 === null ? unpairedOrdinal(pred.reglaments[i].ordinal) : gold.reglaments[g2].ordinal;
      }
    });
  }
  const unscoredActors = /* @__PURE__ */ new Set();
  for (const r of gold.reglaments) {
    r.procedures.forEach((p2, pi) => {
      for (const s of p2.steps) if (s.actor === null) unscoredActors.add(actorSlotKey(r.ordinal, pi + 1, s.n));
    });
  }
  predFacts = predFacts.filter((f) => !(f.actorSlot && unscoredActors.has(f.actorSlot)));
  const inScope = (f) => scope.includes(f.family);
  const dedupe = (facts) => [...new Map(facts.filter(inScope).map((f) => [f.key, f])).values()];
  const g = dedupe(goldFacts);
  const p = dedupe(predFacts);
  const gKeys = new Set(g.map((f) => f.key));
  const pKeys = new Set(p.map((f) => f.key));
  const families = {};
  for (const f of scope) families[f] = zeroCounts();
  for (const f of p) families[f.family][gKeys.has(f.key) ? "tp" : "fp"]++;
  for (const f of g) if (!pKeys.has(f.key)) families[f.family].fn++;
  return {
    source: doc,
    language: gold.language,
    scope,
    families,
    fp: p.filter((f) => !gKeys.has(f.key)),
    fn: g.filter((f) => !pKeys.has(f.key)),
    warnings
  };
}
function documentCounts(d) {
  return Object.values(d.families).reduce((t, c) => addCounts(t, c), zeroCounts());
}
var mismatches = (facts) => facts.map((f) => ({ family: f.family, tuple: f.tuple }));
function buildReport(docs, opts = {}) {
  let overall = zeroCounts();
  const fam = new Map(
    FAMILIES.map((f) => [f, { all: zeroCounts(), byLanguage: {} }])
  );
  const lang = new Map(
    LANGUAGES.map((l) => [l, { counts: zeroCounts(), documents: 0 }])
  );
  const documents = {};
  for (const d of docs) {
    const counts = documentCounts(d);
    overall = addCounts(overall, counts);
    const l = lang.get(d.language);
    l.counts = addCounts(l.counts, counts);
    l.documents++;
    for (const f of d.scope) {
      const c = d.families[f];
      const e = fam.get(f);
      e.all = addCounts(e.all, c);
      e.byLanguage[d.language] = addCounts(e.byLanguage[d.language] ?? zeroCounts(), c);
    }
    documents[d.source] = {
      ...score(counts),
      language: d.language,
      scope: d.scope,
      families: Object.fromEntries(d.scope.map((f) => [f, score(d.families[f])])),
      warnings: d.warnings,
      ...opts.details ? { mismatches: { fp: mismatches(d.fp), fn: mismatches(d.fn) } } : {}
    };
  }
  const families = Object.fromEntries(
    FAMILIES.map((f) => {
      const e = fam.get(f);
      const byLanguage = Object.fromEntries(Object.entries(e.byLanguage).map(([l, c]) => [l, score(c)]));
      return [f, { ...score(e.all), byLanguage }];
    })
  );
  const languages = Object.fromEntries(
    LANGUAGES.map((l) => [l, { ...score(lang.get(l).counts), documents: lang.get(l).documents }])
  );
  return EvalReport.parse({ overall: score(overall), families, languages, documents });
}

// pipeline/eval/run.ts
var EvalInputError = class extends Error {
  userFacing = true;
  constructor(message) {
    super(message);
    this.name = "EvalInputError";
  }
};
var GOLD_SUFFIX = ".gold.json";
var issues = (e) => e.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
async function readJson(file) {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new EvalInputError(`${file}: not valid JSON: ${e.message}`);
  }
}
async function loadGoldDir(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith(GOLD_SUFFIX)).sort();
  if (names.length === 0) throw new EvalInputError(`${dir}: no *${GOLD_SUFFIX} files`);
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const name of names) {
    const file = join(dir, name);
    const parsed = GoldDocument.safeParse(await readJson(file));
    if (!parsed.success) throw new EvalInputError(`${file}: not a gold document: ${issues(parsed.error)}`);
    const other = seen.get(parsed.data.source);
    if (other) throw new EvalInputError(`${file}: source "${parsed.data.source}" is already annotated by ${other}`);
    seen.set(parsed.data.source, file);
    out.push({ file, stem: name.slice(0, -GOLD_SUFFIX.length), gold: parsed.data });
  }
  return out;
}
var exists = (path) => stat(path).then((s) => s.isFile(), () => false);
var pipelineExtractor = async (path) => {
  const { extractFile } = await import("./extract-file-YHZVWLDO.mjs");
  return extractFile(path);
};
async function predictionFor(g, opts) {
  const source = g.gold.source;
  const asFacts = (value2, from) => {
    const parsed = GoldDocument.safeParse(value2);
    if (!parsed.success) return { pred: null, warnings: [`${from}: not an extraction result (${issues(parsed.error)}); all gold facts of ${source} count as missed`] };
    const warnings = parsed.data.source === source ? [] : [`${from}: its source is "${parsed.data.source}", not "${source}"; scored against ${g.file} anyway`];
    return { pred: parsed.data, warnings };
  };
  if (opts.pred) {
    const file = join(opts.pred, `${g.stem}.json`);
    if (await exists(file)) {
      let value2;
      try {
        value2 = await readJson(file);
      } catch (e) {
        return { pred: null, warnings: [`${e.message}; all gold facts of ${source} count as missed`] };
      }
      return asFacts(value2, file);
    }
    if (!opts.docs) return { pred: null, warnings: [`${file}: no such prediction; all gold facts of ${source} count as missed`] };
  }
  const path = join(opts.docs, source);
  if (!await exists(path)) return { pred: null, warnings: [`${path}: document not found; all gold facts of ${source} count as missed`] };
  let value;
  try {
    value = await (opts.extract ?? pipelineExtractor)(path);
  } catch (e) {
    return { pred: null, warnings: [`${path}: extraction failed (${e.message}); all gold facts of ${source} count as missed`] };
  }
  return asFacts(value, path);
}
async function evaluate(opts) {
  const golds = await loadGoldDir(opts.gold);
  const documents = [];
  for (const g of golds) {
    const { pred, warnings } = await predictionFor(g, opts);
    for (const w of warnings) opts.onWarning?.(w);
    documents.push(scoreDocument(g.gold, pred, warnings));
  }
  return { report: buildReport(documents, { details: opts.details }), documents };
}
export {
  EvalInputError,
  evaluate,
  loadGoldDir
};
//# sourceMappingURL=run-GUPY6ZXC.mjs.map
