/**
 * Text helpers of the act extractor: locale dispatch of the reference and date finders (extract/ru,
 * extract/kk), lexicon regexes, and paragraph/sentence bounds on the normalized text (one paragraph
 * per line). Positions in and out are normalized-text offsets.
 */
import type { Language } from '../../../schemas/gold.ts';
import type { Annotation } from '../../shared/annotation.ts';
import { findActReferences as findRu } from '../ru/act-references.ts';
import { findActReferences as findKk } from '../kk/act-references.ts';
import { findDates as datesRu } from '../ru/dates.ts';
import { findDates as datesKk } from '../kk/dates.ts';
import type { ActRef, ReferenceContext } from './reference.ts';

export function findActReferences(text: string, lang: Language, start = 0, end = text.length, context: ReferenceContext = {}): Annotation<ActRef>[] {
  return lang === 'kk' ? findKk(text, start, end, context) : findRu(text, start, end, context);
}

export function findDates(text: string, lang: Language, start = 0, end = text.length) {
  return lang === 'kk' ? datesKk(text, start, end) : datesRu(text, start, end);
}

export const rx = (source: string, flags = 'iu') => new RegExp(source, flags);

/** Paragraph [start, end) containing position i. */
export function paragraphAt(text: string, i: number): [number, number] {
  const s = text.lastIndexOf('\n', i - 1) + 1;
  const e = text.indexOf('\n', i);
  return [s, e < 0 ? text.length : e];
}

/** Start of the sentence holding `at`: after the last ". " in its paragraph (not the dots of 10.03.2022). */
export function sentenceStart(text: string, at: number): number {
  const [ps] = paragraphAt(text, at);
  const stops = [...text.slice(ps, at).matchAll(/\.\s/gu)];
  return stops.length ? ps + stops.at(-1)!.index! + 1 : ps;
}
