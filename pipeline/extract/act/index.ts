/**
 * Act header extraction: the act a document carries (kind, issuer, region, number, date, title,
 * registration, status, entry into force) and the relations its header, footnotes and operative
 * points state (amends, repeals, repealed-by, amended-by).
 *
 * Input guarantees relied on: the normalize stage's (one paragraph per line, letter spacing and
 * displaced link text repaired). Everything a language contributes (phrases, word order, its
 * reference and date finders) comes from its locale, `localeOf(doc.language).act`.
 * Nothing is guessed: a field the text does not give stays null and gets a warning.
 *
 * Public API of pipeline/extract/act: extractActHeader (header.ts, relations from relations.ts),
 * parseActReference and actKey (for approval stamps read by the reglament extractor).
 */
import type { Language } from '../../../schemas/gold.ts';
import { localeOf } from '../../locales/index.ts';
import type { ActRef, ReferenceContext } from './reference.ts';

export { actKey } from '../../shared/act-key.ts';
export { extractActHeader } from './header.ts';

/** The first act reference in `text` (a stamp "Утвержден постановлением акимата ... № 204"). */
export function parseActReference(
  text: string,
  lang: Language,
  context: ReferenceContext = {},
): (ActRef & { key: string; start: number; end: number }) | null {
  for (const r of localeOf(lang).act.findReferences(text, 0, text.length, context)) {
    if (r.value.key) return { ...r.value, key: r.value.key, start: r.start, end: r.end };
  }
  return null;
}
