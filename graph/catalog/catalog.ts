/**
 * The state-service catalog: one entry per service (pipeline/lexicon/services.json), linking its
 * Russian and Kazakh names and every wording the acts use for it; and the matching of a reglament's
 * service name to an entry.
 * Matching, in order: (1) normalized name equals a listed wording; (2) the stemmed names are equal
 * (each word stemmed by the locale of its name's language: a name with letters only Kazakh writes is
 * Kazakh, whatever its document's language); (3) a Dice coefficient of at least 0.9 between stemmed
 * names, with a clear lead over the runner-up. Anything else is `unmatched`: reported, never merged
 * into an entry.
 * Guarantees: a name maps to at most one entry, the same way on every call; every link says how it
 * was made and with what score.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { localeOfWords } from '../../pipeline/locales/index.ts';
import type { Language } from '../../schemas/gold.ts';
import type { CatalogLinkRow } from '../../schemas/query.ts';
import { ServiceCatalogFile, ServiceEntry } from '../../schemas/lexicon.ts';
import type { ReglamentRow } from '../../schemas/graph-source.ts';
import { fromPackage } from '../../pipeline/shared/package-root.ts';

// natural's index loads its storage back-ends, which print dotenv banners on stdout and would
// corrupt --format json; the distance is loaded on its own instead.
const require = createRequire(fromPackage('package.json'));
const DiceCoefficient: (a: string, b: string) => number = require('natural/lib/natural/distance/dice_coefficient.js');


const DEFAULT_CATALOG = fromPackage('pipeline', 'lexicon', 'services.json');

/** NFC, ё→е, lower case, every punctuation mark, quote and dash a space, spaces collapsed. */
export function normalizeName(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function stemName(s: string, language: Language): string {
  const norm = normalizeName(s);
  const { stem } = localeOfWords(norm, language);
  return norm.split(' ').map(stem).join(' ');
}

export interface ServiceMatch {
  serviceId: string | null;
  method: 'exact' | 'stem' | 'fuzzy' | 'unmatched';
  score: number;
}

const FUZZY_MIN = 0.9;
const FUZZY_LEAD = 0.03;

export class Catalog {
  private readonly exact = new Map<string, string>();
  private readonly stems = new Map<string, string>();
  private readonly byId = new Map<string, ServiceEntry>();

  constructor(readonly services: ServiceEntry[], readonly file = '(in memory)') {
    for (const e of services) {
      if (this.byId.has(e.id)) throw new Error(`${file}: service id ${e.id} is listed twice`);
      this.byId.set(e.id, e);
      for (const [lang, names] of [['ru', e.ru], ['kk', e.kk]] as const) {
        for (const n of names) {
          for (const [map, k] of [[this.exact, normalizeName(n)], [this.stems, stemName(n, lang)]] as const) {
            const other = map.get(k);
            if (other && other !== e.id) throw new Error(`${file}: "${n}" names both ${other} and ${e.id}`);
            map.set(k, e.id);
          }
        }
      }
    }
  }

  static load(path = DEFAULT_CATALOG): Catalog {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new Error(`${path}: cannot read the service catalog (${(e as Error).message})`);
    }
    const p = ServiceCatalogFile.safeParse(raw);
    if (!p.success) {
      const i = p.error.issues[0];
      throw new Error(`${path}: not a service catalog (${i?.path.join('.')}: ${i?.message})`);
    }
    return new Catalog(p.data.services, path);
  }

  entry(id: string): ServiceEntry | undefined {
    return this.byId.get(id);
  }

  /** Display name: the first Russian wording, else the first Kazakh one. */
  displayName(id: string): string {
    const e = this.byId.get(id);
    return e ? (e.ru[0] ?? e.kk[0]!) : id;
  }

  match(name: string, language: Language): ServiceMatch {
    const ex = this.exact.get(normalizeName(name));
    if (ex) return { serviceId: ex, method: 'exact', score: 1 };
    const stem = stemName(name, language);
    const st = this.stems.get(stem);
    if (st) return { serviceId: st, method: 'stem', score: 1 };
    const best = new Map<string, number>();
    for (const [k, id] of this.stems) best.set(id, Math.max(best.get(id) ?? 0, DiceCoefficient(stem, k)));
    const ranked = [...best].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const [first, second] = ranked;
    const score = Math.round((first?.[1] ?? 0) * 1000) / 1000;
    if (first && first[1] >= FUZZY_MIN && first[1] - (second?.[1] ?? 0) >= FUZZY_LEAD) return { serviceId: first[0], method: 'fuzzy', score };
    return { serviceId: null, method: 'unmatched', score };
  }

  /** The service id for a name: the catalog's, or `unmatched:<normalized name>` (one per distinct name). */
  idFor(name: string, language: Language): string {
    return this.match(name, language).serviceId ?? `unmatched:${normalizeName(name)}`;
  }

  /** Links every reglament of the corpus to an entry, or reports it unmatched. */
  link(reglaments: ReglamentRow[]): CatalogLinkRow[] {
    return [...reglaments]
      .sort((a, b) => a.document.localeCompare(b.document) || a.ordinal - b.ordinal)
      .map((g) => {
        const m = this.match(g.service, g.language);
        return { document: g.document, reglament: g.ordinal, language: g.language, name: g.service, serviceId: m.serviceId, method: m.method, score: m.score };
      });
  }
}
