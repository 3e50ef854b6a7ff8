/**
 * Scale corpus generator: `npm run corpus:generate -- --count N --out <dir> [--seed S] [--from corpus]
 * [--gold tests/gold]` writes <dir>/docs/<name>.txt and <dir>/gold/<name>.gold.json.
 *
 * Each generated document is a real corpus document with its hand-written gold, rewritten
 * consistently in text and gold: the region of every act it names (all Russian and Kazakh case forms,
 * from pipeline/lexicon/regions.json), the numbers of the acts its gold names and of its state
 * registration, and every year (shifted by a multiple of 4, so 29 February stays a date); the mix of
 * languages and templates varies with the seed. The generator knows what it changed, so the gold it
 * writes is ground truth by construction — it never looks at what the extractor says.
 * Deterministic: the same seed and count give the same files. Streams: one document in memory at a time.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { GoldDocument } from '../schemas/gold.ts';

const Args = z.object({
  count: z.coerce.number().int().positive(),
  out: z.string().min(1),
  seed: z.coerce.number().int().default(1),
  from: z.string().default('corpus'),
  gold: z.string().default('tests/gold'),
  lexicon: z.string().default('pipeline/lexicon/regions.json'),
});

const RegionsLexicon = z.object({
  regions: z.array(z.object({ id: z.string(), ru: z.array(z.string()), kk: z.array(z.string()) })),
});

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Template {
  name: string;
  text: string;
  gold: GoldDocument;
}

interface RegionForms {
  id: string;
  ru: string[];
  kk: string[];
}

/** Regions whose names take case endings the same way (a Russian adjective stem in -ск, a Kazakh
 * "<name> облыс"), so one region's forms can replace another's without breaking the grammar. */
function swappable(r: RegionForms): boolean {
  return r.ru.length > 0 && r.ru.every((s) => /ск$/.test(s)) && r.kk.length === 1 && /облыс$/.test(r.kk[0]!);
}

/** A stem as a regex that also matches it broken across lines or with doubled spaces (PDF text). */
function stemPattern(stem: string): string {
  return stem.split(/\s+/).map(escape).join('\\s+').replace(/-/g, '\\s*-\\s*');
}

/** A stem written letter-spaced: one space between letters, two between words. */
function letterSpaced(stem: string): string {
  return stem.split(/\s+/).map((w) => [...w.replace(/\s/g, '')].join(' ')).join('  ');
}

function spacedPattern(stem: string): string {
  return stem.replace(/\s*-\s*/g, '-').split(/\s+/).map((w) => [...w].map(escape).join(' ')).join('\\s{2,}');
}

interface Plan {
  regions: Map<string, string>;
  numbers: Map<string, string>;
  registrations: Map<string, string>;
  yearShift: number;
}

function shiftDate(iso: string, delta: number): string {
  return `${Number(iso.slice(0, 4)) + delta}${iso.slice(4)}`;
}

function mapKey(key: string, p: Plan): string {
  const [issuer, region, date, number] = key.split('|') as [string, string, string, string];
  return [issuer, p.regions.get(region) ?? region, shiftDate(date, p.yearShift), p.numbers.get(number) ?? number].join('|');
}

/** A new act number of the same shape: digits replaced, other characters kept ("А-9/406" → "А-9/731"). */
function newNumber(old: string, r: Rng, taken: Set<string>): string {
  for (let tries = 0; tries < 1000; tries++) {
    const m = /(\d+)(?!.*\d)/.exec(old);
    if (!m) return old;
    const digits = m[1]!;
    // Numbers of up to 3 digits stay under 1000; longer ones stay below the years 1990-2039.
    const n = digits.length <= 3 ? r.int(1, 999) : r.int(10 ** (digits.length - 1), Math.min(10 ** digits.length - 1, digits.length === 4 ? 1899 : Infinity));
    const candidate = old.slice(0, m.index) + String(n) + old.slice(m.index + digits.length);
    if (!taken.has(candidate) && candidate !== old) {
      taken.add(candidate);
      return candidate;
    }
  }
  throw new Error(`cannot find a free number for ${old}`);
}

function planFor(t: Template, r: Rng, regions: RegionForms[]): Plan {
  const g = t.gold;
  const keys = [
    ...g.relations.map((x) => x.target),
    ...g.reglaments.map((x) => x.approvedBy).filter((x): x is string => !!x),
  ];
  const regionIds = new Set<string>();
  if (g.act?.region) regionIds.add(g.act.region);
  for (const k of keys) if (k.split('|')[1] !== '-') regionIds.add(k.split('|')[1]!);
  const targets = regions.filter(swappable).map((x) => x.id);
  const plan: Plan = { regions: new Map(), numbers: new Map(), registrations: new Map(), yearShift: r.pick([-8, -4, 0, 4]) };
  const used = new Set<string>();
  for (const id of [...regionIds].sort()) {
    const from = regions.find((x) => x.id === id);
    if (!from || !swappable(from)) continue; // a region whose forms cannot be swapped keeps its name
    const free = targets.filter((x) => x !== id && !used.has(x) && !regionIds.has(x));
    if (!free.length) continue;
    const to = r.pick(free);
    used.add(to);
    plan.regions.set(id, to);
  }
  // Numbers already printed after № anywhere in the text are not reused, so no new collision appears.
  const taken = new Set([...t.text.matchAll(/№\s*([^\s,;.)]+)/g)].map((m) => m[1]!));
  const numbers = new Set<string>();
  if (g.act?.number) numbers.add(g.act.number);
  for (const k of keys) numbers.add(k.split('|')[3]!);
  for (const n of [...numbers].sort()) plan.numbers.set(n, newNumber(n, r, taken));
  const reg = g.act?.registration?.number;
  if (reg && /^\d{4,}$/.test(reg)) {
    let n: string;
    do n = String(r.int(reg.length === 4 ? 4000 : 10 ** (reg.length - 1), 10 ** reg.length - 1));
    while (new RegExp(`(?<!\\d)${n}(?!\\d)`).test(t.text));
    plan.registrations.set(reg, n);
  }
  return plan;
}

/** The text rewrite; applied to the document and to the gold strings that quote it (title, service). */
function rewriter(plan: Plan, regions: RegionForms[]): (s: string) => string {
  const steps: ((s: string) => string)[] = [];
  for (const [fromId, toId] of plan.regions) {
    const from = regions.find((x) => x.id === fromId)!;
    const to = regions.find((x) => x.id === toId)!;
    for (const lang of ['ru', 'kk'] as const) {
      const target = to[lang][0]!;
      const re = new RegExp(from[lang].map(stemPattern).sort((a, b) => b.length - a.length).join('|'), 'g');
      steps.push((s) => s.replace(re, target));
      // PDF headings print names letter-spaced ("З а п а д н о - К а з а х с т а н с к о й  о б л а с т и").
      const spacedRe = new RegExp(from[lang].map(spacedPattern).join('|'), 'g');
      steps.push((s) => s.replace(spacedRe, letterSpaced(target)));
    }
  }
  if (plan.numbers.size) {
    const olds = [...plan.numbers.keys()].sort((a, b) => b.length - a.length);
    // An act number is rewritten where it is printed as one: after № (or N), not followed by more of a number.
    const re = new RegExp(`((?:№|\\bN)\\s*)(${olds.map(escape).join('|')})(?![\\d/-])`, 'g');
    steps.push((s) => s.replace(re, (_m, pre: string, num: string) => pre + plan.numbers.get(num)!));
  }
  for (const [from, to] of plan.registrations) {
    const re = new RegExp(`(?<!\\d)${escape(from)}(?!\\d)`, 'g');
    steps.push((s) => s.replace(re, to));
  }
  if (plan.yearShift) {
    // Every year (1990-2039) as a standalone number, except a number printed after № (an act number).
    const re = /(?<![\d№])(?<!(?:№|\bN)\s{1,3})(199\d|20[0-3]\d)(?!\d)/g;
    steps.push((s) => s.replace(re, (y) => String(Number(y) + plan.yearShift)));
  }
  return (s) => steps.reduce((acc, f) => f(acc), s);
}

function rewriteGold(g: GoldDocument, plan: Plan, T: (s: string) => string, source: string): GoldDocument {
  const act = g.act && {
    ...g.act,
    region: g.act.region ? plan.regions.get(g.act.region) ?? g.act.region : null,
    number: g.act.number ? plan.numbers.get(g.act.number) ?? g.act.number : g.act.number,
    date: g.act.date ? shiftDate(g.act.date, plan.yearShift) : g.act.date,
    title: g.act.title ? T(g.act.title) : g.act.title,
    registration: g.act.registration && {
      number: g.act.registration.number ? plan.registrations.get(g.act.registration.number) ?? g.act.registration.number : null,
      date: g.act.registration.date ? shiftDate(g.act.registration.date, plan.yearShift) : g.act.registration.date,
    },
    entryIntoForce: g.act.entryIntoForce?.startsWith('date:')
      ? `date:${shiftDate(g.act.entryIntoForce.slice(5), plan.yearShift)}` : g.act.entryIntoForce,
  };
  return GoldDocument.parse({
    ...g,
    source,
    act,
    relations: g.relations.map((x) => ({ ...x, target: mapKey(x.target, plan) })),
    reglaments: g.reglaments.map((x) => ({ ...x, service: T(x.service), approvedBy: x.approvedBy ? mapKey(x.approvedBy, plan) : null })),
  });
}

async function loadTemplates(docsDir: string, goldDir: string): Promise<Template[]> {
  const out: Template[] = [];
  for (const f of (await readdir(goldDir)).filter((x) => x.endsWith('.gold.json')).sort()) {
    const path = join(goldDir, f);
    const parsed = GoldDocument.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success) throw new Error(`${path}: not a gold file (${parsed.error.issues[0]?.message})`);
    const text = await readFile(join(docsDir, parsed.data.source), 'utf8');
    out.push({ name: parsed.data.source, text, gold: parsed.data });
  }
  if (!out.length) throw new Error(`${goldDir}: no gold files`);
  return out;
}

export async function generateCorpus(args: z.infer<typeof Args>): Promise<{ count: number; bytes: number }> {
  const regions = RegionsLexicon.parse(JSON.parse(await readFile(args.lexicon, 'utf8'))).regions;
  const templates = await loadTemplates(args.from, args.gold);
  await mkdir(join(args.out, 'docs'), { recursive: true });
  await mkdir(join(args.out, 'gold'), { recursive: true });
  const r = rng(args.seed);
  const width = String(args.count - 1).length;
  let bytes = 0;
  for (let i = 0; i < args.count; i++) {
    const t = r.pick(templates);
    const plan = planFor(t, r, regions);
    const T = rewriter(plan, regions);
    const stem = `gen-${String(i).padStart(width, '0')}-${t.gold.language}-${basename(t.name, '.txt')}`;
    const name = `${stem}.txt`;
    const text = T(t.text);
    const gold = rewriteGold(t.gold, plan, T, name);
    await writeFile(join(args.out, 'docs', name), text);
    await writeFile(join(args.out, 'gold', `${stem}.gold.json`), JSON.stringify(gold, null, 2) + '\n');
    bytes += Buffer.byteLength(text);
  }
  return { count: args.count, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, from: { type: 'string' }, gold: { type: 'string' } },
  });
  const parsed = Args.safeParse(values);
  if (!parsed.success) {
    console.error(`generate-corpus: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n` +
      'Usage: npm run corpus:generate -- --count N --out <dir> [--seed S] [--from corpus] [--gold tests/gold]');
    process.exit(2);
  }
  const t0 = performance.now();
  const { count, bytes } = await generateCorpus(parsed.data);
  console.log(`${count} documents (${(bytes / 1e6).toFixed(1)} MB) in ${join(parsed.data.out, 'docs')}, gold in ${join(parsed.data.out, 'gold')} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
