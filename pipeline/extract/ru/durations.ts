/** Durations in Russian reglament text (units from pipeline/lexicon/units.json, "ru" forms). */
import { findDurations as find } from '../reglament/durations.ts';

export const findDurations = (text: string, from = 0, to = text.length) => find(text, 'ru', from, to);
