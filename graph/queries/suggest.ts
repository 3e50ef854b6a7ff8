/**
 * "Did you mean": the known names closest to what a user typed, for the error an unknown service,
 * region, act or document ends with.
 * Closeness is natural's Levenshtein distance from the typed text to the closest part of a name
 * (LevenshteinDistanceSearch: typing a part of a name is the common case), relative to the typed
 * length; ties go to the name closest as a whole, then to the name first in alphabetical order.
 * Guarantees: deterministic; at most `n` distinct names; none when nothing is known.
 */
import { createRequire } from 'node:module';
import { normalizeName } from '../catalog/catalog.ts';

// natural's index loads storage back-ends that print on stdout; the distance module is loaded alone.
const require = createRequire(import.meta.url);
const { LevenshteinDistance, LevenshteinDistanceSearch } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  LevenshteinDistance(a: string, b: string): number;
  LevenshteinDistanceSearch(needle: string, haystack: string): { distance: number };
};

export interface Candidate {
  /** What the suggestion shows. */
  label: string;
  /** Every name the candidate is known by (the label included or not). */
  names: string[];
}

export function closest(typed: string, candidates: Candidate[], n = 3): string[] {
  const t = normalizeName(typed);
  if (!t) return [];
  const scored = candidates.map((c) => {
    let part = Infinity;
    let whole = Infinity;
    for (const name of c.names) {
      const m = normalizeName(name);
      part = Math.min(part, LevenshteinDistanceSearch(t, m).distance / t.length);
      whole = Math.min(whole, LevenshteinDistance(t, m));
    }
    return { label: c.label, part, whole };
  });
  scored.sort((a, b) => a.part - b.part || a.whole - b.whole || a.label.localeCompare(b.label));
  return [...new Set(scored.map((s) => s.label))].slice(0, n);
}

/** The tail of an error message: `; closest: "a", "b", "c"`, or nothing when there is nothing to suggest. */
export function closestTail(typed: string, candidates: Candidate[], n = 3): string {
  const names = closest(typed, candidates, n);
  return names.length ? `; closest: ${names.map((x) => `"${x}"`).join(', ')}` : '';
}
