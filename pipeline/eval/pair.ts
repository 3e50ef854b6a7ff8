/**
 * Reglament pairing (tests/gold/README.md, "Scoring"): decides, for every predicted reglament,
 * which gold reglament of the same document it is compared with, so that one missed or extra
 * reglament does not shift all the others.
 * Guarantees: a gold reglament is paired with at most one predicted reglament and vice versa;
 * pairs by equal normalized service name come first (each predicted reglament, in document order,
 * takes the first unused gold reglament with its name); the reglaments left are then paired by
 * their position among the unpaired, in ordinal order (the 1st unpaired predicted with the 1st
 * unpaired gold, ...). What is still left has no partner.
 */
import { normalizeName } from './normalize.ts';

export interface ReglamentLike {
  ordinal: number;
  service: string;
}

export interface Pairing {
  /** For every predicted reglament (by array index): the index of its gold partner, or null. */
  predToGold: (number | null)[];
  /** For every gold reglament (by array index): the index of its predicted partner, or null. */
  goldToPred: (number | null)[];
}

/** Array indices sorted by ordinal; ties keep array order (Array.prototype.sort is stable). */
const byOrdinal = (items: readonly ReglamentLike[], indices: number[]): number[] =>
  [...indices].sort((a, b) => items[a].ordinal - items[b].ordinal);

export function pairReglaments(gold: readonly ReglamentLike[], pred: readonly ReglamentLike[]): Pairing {
  const predToGold: (number | null)[] = pred.map(() => null);
  const goldToPred: (number | null)[] = gold.map(() => null);
  const goldNames = gold.map((g) => normalizeName(g.service));

  for (const p of byOrdinal(pred, pred.map((_, i) => i))) {
    const name = normalizeName(pred[p].service);
    const g = goldNames.findIndex((n, i) => n === name && goldToPred[i] === null);
    if (g >= 0) {
      predToGold[p] = g;
      goldToPred[g] = p;
    }
  }

  // "Those left pair by ordinal among the unpaired": README defines an ordinal as a 1-based position
  // among a set of reglaments, so here it is the position among the unpaired ones: the k-th unpaired
  // predicted reglament pairs with the k-th unpaired gold one. Leftovers exist only when the counts differ.
  const freePred = byOrdinal(pred, pred.map((_, i) => i).filter((i) => predToGold[i] === null));
  const freeGold = byOrdinal(gold, gold.map((_, i) => i).filter((i) => goldToPred[i] === null));
  for (let k = 0; k < Math.min(freePred.length, freeGold.length); k++) {
    predToGold[freePred[k]] = freeGold[k];
    goldToPred[freeGold[k]] = freePred[k];
  }
  return { predToGold, goldToPred };
}
