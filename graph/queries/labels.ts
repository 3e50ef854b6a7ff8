/**
 * Names for readers. Role labels in the language of the text (pipeline/lexicon/role-labels.json); a
 * role the lexicon does not label is named by the words the text itself uses for it, else by its id.
 * A service by the name its own text uses, with the catalog's name in the same language beside it
 * where they differ.
 */
import type { Language } from '../../schemas/gold.ts';
import type { RoleRef } from '../../schemas/query.ts';
import { roleLabelsLexicon } from '../../pipeline/lexicon/index.ts';
import { readingOf } from '../../pipeline/normalize/reading.ts';
import { normalizeName } from '../catalog/catalog.ts';
import type { QueryModel } from './model.ts';

const KK_LETTERS = /[әғқңөұүһі]/i;

export function roleLabel(id: string, language: Language, ownWords?: string | null): string {
  const label = roleLabelsLexicon().labels[id]?.[language];
  if (label) return label;
  return ownWords ? readingOf(ownWords) : id;
}

export const roleRef = (id: string, language: Language, ownWords?: string | null): RoleRef => ({ id, label: roleLabel(id, language, ownWords) });

/** The service as its texts name it, each with the catalog's name in its language beside it where different; `fallback` without texts. */
export function serviceCell(model: QueryModel, serviceId: string, names: string[], fallback: string): string {
  if (!names.length) return fallback;
  const entry = model.catalog.entry(serviceId);
  return names.map((name) => {
    const lang = KK_LETTERS.test(name) ? 'kk' : 'ru';
    const catalogName = entry ? (entry[lang][0] ?? entry.ru[0] ?? entry.kk[0]) : undefined;
    return catalogName && normalizeName(catalogName) !== normalizeName(name) ? `${name} (catalog: ${catalogName})` : name;
  }).join(' / ');
}
