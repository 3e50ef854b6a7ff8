/**
 * Role labels for readers, in the language of the text (pipeline/lexicon/role-labels.json); a role
 * the lexicon does not label is named by the words the text itself uses for it, else by its id.
 */
import type { Language } from '../../schemas/gold.ts';
import type { RoleRef } from '../../schemas/query.ts';
import { roleLabelsLexicon } from '../../pipeline/lexicon/index.ts';
import { readingOf } from '../../pipeline/normalize/reading.ts';

export function roleLabel(id: string, language: Language, ownWords?: string | null): string {
  const label = roleLabelsLexicon().labels[id]?.[language];
  if (label) return label;
  return ownWords ? readingOf(ownWords) : id;
}

export const roleRef = (id: string, language: Language, ownWords?: string | null): RoleRef => ({ id, label: roleLabel(id, language, ownWords) });
