/** Durations in Kazakh reglament text (units from pipeline/lexicon/units.json, "kk" forms). */
import { findDurations as find } from '../reglament/durations.ts';

export const findDurations = (text: string, from = 0, to = text.length) => find(text, 'kk', from, to);
