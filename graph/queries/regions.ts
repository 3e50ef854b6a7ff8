/**
 * A region as a user names it: the id ("west-kazakhstan"), the Russian or Kazakh name, or a common
 * abbreviation ("Западно-Казахстанская", "Батыс Қазақстан", "ЗКО", "WKO"; pipeline/lexicon/regions.json
 * `aliases`), case-insensitively, punctuation and dashes read as spaces.
 * Guarantees: a name maps to one region id or to a QueryError naming the closest regions.
 */
import { REGION_IDS, type RegionId } from '../../schemas/gold.ts';
import { regionsLexicon } from '../../pipeline/lexicon/index.ts';
import { normalizeName } from '../catalog/catalog.ts';
import { QueryError } from './history.ts';
import { closestTail, type Candidate } from './suggest.ts';

let byName: Map<string, RegionId> | undefined;

function names(): Map<string, RegionId> {
  if (byName) return byName;
  byName = new Map();
  for (const id of REGION_IDS) byName.set(normalizeName(id), id);
  for (const r of regionsLexicon().regions) {
    for (const alias of r.aliases) {
      const key = normalizeName(alias);
      const other = byName.get(key);
      if (other && other !== r.id) throw new Error(`pipeline/lexicon/regions.json: alias "${alias}" names both ${other} and ${r.id}`);
      byName.set(key, r.id);
    }
  }
  return byName;
}

function candidates(): Candidate[] {
  return regionsLexicon().regions.map((r) => ({ label: `${r.id} (${r.aliases[0] ?? r.id})`, names: [r.id, ...r.aliases] }));
}

export function resolveRegion(typed: string): RegionId {
  const id = names().get(normalizeName(typed));
  if (!id) throw new QueryError(`unknown region "${typed}"${closestTail(typed, candidates())}; see zangraph query --help for the region ids`);
  return id;
}

/** One line per region for --help: its id and the names it is accepted by. */
export function regionHelp(): string[] {
  return regionsLexicon().regions.map((r) => `${r.id}: ${r.aliases.join(', ')}`);
}
