import {
  actKey
} from "./chunk-PQ46OHWZ.mjs";
import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// schemas/graph.ts
var NODE_LABELS = ["Document", "Act", "Region", "Issuer", "Service", "ReglamentVersion", "Step", "Role", "Term"];
var NodeLabel = external_exports.enum(NODE_LABELS);
var REL_TYPES = [
  "CARRIES",
  "MENTIONS",
  "AMENDS",
  "REPEALS",
  "APPROVES",
  "GIVES_WORDING",
  "CONTAINS",
  "FOR_SERVICE",
  "IN_REGION",
  "ISSUED_BY",
  "HAS_STEP",
  "NEXT",
  "PERFORMED_BY",
  "HAS_PARTICIPANT",
  "HAS_TERM"
];
var RelType = external_exports.enum(REL_TYPES);
var Scalar = external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean(), external_exports.null()]);
var Props = external_exports.record(external_exports.string(), external_exports.union([Scalar, external_exports.array(external_exports.string())]));
var NodeRow = external_exports.object({
  label: NodeLabel,
  key: external_exports.string().min(1),
  props: Props,
  /** Owned by one document (replaced with it); otherwise shared and merged by key. */
  owned: external_exports.boolean()
});
var RelRow = external_exports.object({
  type: RelType,
  from: external_exports.object({ label: NodeLabel, key: external_exports.string() }),
  to: external_exports.object({ label: NodeLabel, key: external_exports.string() }),
  props: Props,
  /** Owned relationships carry `doc` and are created per document; shared ones are merged once. */
  owned: external_exports.boolean()
});
var GraphRows = external_exports.object({
  /** The document name: owner of every owned row. */
  doc: external_exports.string(),
  nodes: external_exports.array(NodeRow),
  rels: external_exports.array(RelRow)
});
var GraphCounts = external_exports.object({
  nodes: external_exports.record(external_exports.string(), external_exports.number().int()),
  relationships: external_exports.record(external_exports.string(), external_exports.number().int())
});

// graph/catalog/catalog.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var PorterStemmerRu = require2("natural/lib/natural/stemmers/porter_stemmer_ru.js");
var DiceCoefficient = require2("natural/lib/natural/distance/dice_coefficient.js");
var ServiceEntry = external_exports.object({
  id: external_exports.string().regex(/^[a-z0-9-]+$/),
  ru: external_exports.array(external_exports.string().min(1)),
  kk: external_exports.array(external_exports.string().min(1))
}).refine((e) => e.ru.length + e.kk.length > 0, "a service needs at least one name");
var ServiceCatalogFile = external_exports.object({
  version: external_exports.literal(1),
  note: external_exports.string().optional(),
  services: external_exports.array(ServiceEntry)
});
var DEFAULT_CATALOG = join(import.meta.dirname, "..", "..", "corpus", "lexicon", "services.json");
function normalizeName(s) {
  return s.normalize("NFC").toLowerCase().replace(/ё/g, "\u0435").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var KK_LETTERS = /[әғқңөұүһі]/;
var KK_STEM = 6;
function stemName(s, language) {
  const norm = normalizeName(s);
  const kk = language === "kk" || KK_LETTERS.test(norm);
  return norm.split(" ").map((w) => kk ? w.slice(0, KK_STEM) : PorterStemmerRu.stem(w)).join(" ");
}
var FUZZY_MIN = 0.9;
var FUZZY_LEAD = 0.03;
var Catalog = class _Catalog {
  constructor(services2, file = "(in memory)") {
    this.services = services2;
    this.file = file;
    for (const e of services2) {
      if (this.byId.has(e.id)) throw new Error(`${file}: service id ${e.id} is listed twice`);
      this.byId.set(e.id, e);
      for (const [lang, names] of [["ru", e.ru], ["kk", e.kk]]) {
        for (const n of names) {
          for (const [map, k] of [[this.exact, normalizeName(n)], [this.stems, stemName(n, lang)]]) {
            const other = map.get(k);
            if (other && other !== e.id) throw new Error(`${file}: "${n}" names both ${other} and ${e.id}`);
            map.set(k, e.id);
          }
        }
      }
    }
  }
  services;
  file;
  exact = /* @__PURE__ */ new Map();
  stems = /* @__PURE__ */ new Map();
  byId = /* @__PURE__ */ new Map();
  static load(path = DEFAULT_CATALOG) {
    let raw;
    try {
      raw = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      throw new Error(`${path}: cannot read the service catalog (${e.message})`);
    }
    const p = ServiceCatalogFile.safeParse(raw);
    if (!p.success) {
      const i = p.error.issues[0];
      throw new Error(`${path}: not a service catalog (${i?.path.join(".")}: ${i?.message})`);
    }
    return new _Catalog(p.data.services, path);
  }
  entry(id) {
    return this.byId.get(id);
  }
  /** Display name: the first Russian wording, else the first Kazakh one. */
  displayName(id) {
    const e = this.byId.get(id);
    return e ? e.ru[0] ?? e.kk[0] : id;
  }
  match(name, language) {
    const ex = this.exact.get(normalizeName(name));
    if (ex) return { serviceId: ex, method: "exact", score: 1 };
    const stem = stemName(name, language);
    const st = this.stems.get(stem);
    if (st) return { serviceId: st, method: "stem", score: 1 };
    const best = /* @__PURE__ */ new Map();
    for (const [k, id] of this.stems) best.set(id, Math.max(best.get(id) ?? 0, DiceCoefficient(stem, k)));
    const ranked = [...best].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const [first, second] = ranked;
    const score = Math.round((first?.[1] ?? 0) * 1e3) / 1e3;
    if (first && first[1] >= FUZZY_MIN && first[1] - (second?.[1] ?? 0) >= FUZZY_LEAD) return { serviceId: first[0], method: "fuzzy", score };
    return { serviceId: null, method: "unmatched", score };
  }
  /** The service id for a name: the catalog's, or `unmatched:<normalized name>` (one per distinct name). */
  idFor(name, language) {
    return this.match(name, language).serviceId ?? `unmatched:${normalizeName(name)}`;
  }
  /** Links every reglament of the corpus to an entry, or reports it unmatched. */
  link(reglaments) {
    return [...reglaments].sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal).map((g) => {
      const m = this.match(g.service, g.language);
      return { document: g.document, reglament: g.ordinal, language: g.language, name: g.service, serviceId: m.serviceId, method: m.method, score: m.score };
    });
  }
};

// graph/model/index.ts
var actKeyOf = (a) => a ? actKey(a) : null;
function actKeyParts(key) {
  const [issuer, region, date, ...rest] = key.split("|");
  return { issuer, region: region === "-" ? null : region, date, number: rest.join("|") };
}
var span = (s) => s ? { start: s.start, end: s.end, quote: s.quote } : { start: null, end: null, quote: null };
var present = (xs) => [...new Set(xs.filter((x) => !!x))];
var catalog;
var services = () => catalog ??= Catalog.load();
function toGraph(result) {
  const doc = result.source;
  const nodes = /* @__PURE__ */ new Map();
  const rels = /* @__PURE__ */ new Map();
  const node = (label, key, props, owned) => {
    const id = `${label}|${key}`;
    const existing = nodes.get(id);
    if (existing) Object.assign(existing.props, Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null)));
    else nodes.set(id, { label, key, props: owned ? { doc, ...props } : props, owned });
  };
  const rel = (type, from, to, props, owned, discriminator = "") => {
    const id = `${type}|${from.join(":")}|${to.join(":")}|${discriminator}`;
    if (!rels.has(id)) rels.set(id, { type, from: { label: from[0], key: from[1] }, to: { label: to[0], key: to[1] }, props: owned ? { doc, ...props } : props, owned });
  };
  const act = (key) => {
    const p = actKeyParts(key);
    node("Act", key, { issuer: p.issuer, region: p.region, date: p.date, number: p.number }, false);
    node("Issuer", p.issuer, {}, false);
    rel("ISSUED_BY", ["Act", key], ["Issuer", p.issuer], {}, false);
    if (p.region) {
      node("Region", p.region, {}, false);
      rel("IN_REGION", ["Act", key], ["Region", p.region], {}, false);
    }
  };
  const selfKey = actKeyOf(result.act);
  node("Document", doc, { path: result.path, language: result.language, format: result.format, contentHash: result.contentHash, act: selfKey }, false);
  if (result.act && selfKey) {
    const a = result.act;
    act(selfKey);
    rel("CARRIES", ["Document", doc], ["Act", selfKey], {
      kind: a.kind,
      title: a.title,
      registrationNumber: a.registration?.number ?? null,
      registrationDate: a.registration?.date ?? null,
      publicationDate: a.publicationDate,
      entryIntoForce: a.entryIntoForce,
      status: a.status,
      quotes: present([a.evidence.number?.quote, a.evidence.registration?.quote, a.evidence.publication?.quote, a.evidence.entryIntoForce?.quote, a.evidence.status?.quote]),
      ...span(a.evidence.number ?? a.evidence.date)
    }, true);
  }
  result.relations.forEach((r, i) => {
    act(r.target);
    const t = r.targetInfo;
    rel("MENTIONS", ["Document", doc], ["Act", r.target], {
      relation: r.type,
      ordinal: i,
      title: t?.title ?? null,
      registrationNumber: t?.registrationNumber ?? null,
      publicationDate: t?.publicationDate ?? null,
      entryIntoForce: t?.entryIntoForce ?? null,
      ...span(r.evidence)
    }, true, String(i));
    if (!selfKey) return;
    const [type, from, to] = r.type === "amends" ? ["AMENDS", selfKey, r.target] : r.type === "amended-by" ? ["AMENDS", r.target, selfKey] : r.type === "repeals" ? ["REPEALS", selfKey, r.target] : ["REPEALS", r.target, selfKey];
    rel(type, ["Act", from], ["Act", to], { statedAs: r.type, ...span(r.evidence) }, true, r.type);
  });
  for (const g of result.reglaments) {
    const rv = `${doc}#${g.ordinal}`;
    const serviceId = services().idFor(g.service, result.language);
    node("ReglamentVersion", rv, {
      ordinal: g.ordinal,
      appendix: g.appendix,
      service: g.service,
      language: result.language,
      effect: g.effect,
      carrier: selfKey,
      approvedBy: g.approvedBy,
      quotes: present([g.evidence.appendix?.quote, g.evidence.approvedBy?.quote, g.evidence.service.quote]),
      actors: g.actors,
      ...span(g.evidence.service)
    }, true);
    rel("CONTAINS", ["Document", doc], ["ReglamentVersion", rv], {}, true);
    node("Service", serviceId, { name: serviceId.startsWith("unmatched:") ? g.service : services().displayName(serviceId), matched: !serviceId.startsWith("unmatched:") }, false);
    rel("FOR_SERVICE", ["ReglamentVersion", rv], ["Service", serviceId], {}, true);
    if (selfKey) rel("GIVES_WORDING", ["Act", selfKey], ["ReglamentVersion", rv], { effect: g.effect, ...span(g.evidence.effect ?? g.evidence.service) }, true);
    if (g.approvedBy) {
      act(g.approvedBy);
      rel("APPROVES", ["Act", g.approvedBy], ["ReglamentVersion", rv], span(g.evidence.approvedBy), true);
    }
    const region = result.act?.region ?? (g.approvedBy ? actKeyParts(g.approvedBy).region : null);
    if (region) {
      node("Region", region, {}, false);
      rel("IN_REGION", ["ReglamentVersion", rv], ["Region", region], {}, true);
    }
    let order = 0;
    g.procedures.forEach((p, vi) => {
      let previous = null;
      for (const s of p.steps) {
        const sk = `${rv}#${vi + 1}#${s.n}#${order}`;
        node("Step", sk, { variant: p.variant, variantIndex: vi + 1, n: s.n, order, actor: s.actor, durations: s.durations, ...span(s.evidence.step) }, true);
        rel("HAS_STEP", ["ReglamentVersion", rv], ["Step", sk], { order }, true);
        if (previous) rel("NEXT", ["Step", previous], ["Step", sk], {}, true);
        if (s.actor) {
          node("Role", s.actor, {}, false);
          rel("PERFORMED_BY", ["Step", sk], ["Role", s.actor], span(s.evidence.actor), true);
        }
        previous = sk;
        order++;
      }
    });
    g.actors.forEach((role, i) => {
      node("Role", role, {}, false);
      const mention = g.actorMentions.find((m) => m.role === role);
      rel("HAS_PARTICIPANT", ["ReglamentVersion", rv], ["Role", role], { order: i, ...span(mention?.evidence) }, true);
    });
    g.terms.forEach((t, i) => {
      const tk = `${rv}#term#${i}`;
      node("Term", tk, { order: i, kind: t.kind, channel: t.channel, duration: t.duration, ...span(t.evidence) }, true);
      rel("HAS_TERM", ["ReglamentVersion", rv], ["Term", tk], {}, true);
    });
  }
  return GraphRows.parse({ doc, nodes: [...nodes.values()], rels: [...rels.values()] });
}

export {
  NODE_LABELS,
  REL_TYPES,
  normalizeName,
  Catalog,
  toGraph
};
//# sourceMappingURL=chunk-XCZL7IAR.mjs.map
