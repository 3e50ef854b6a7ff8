/**
 * What a language contributes to reglament extraction (pipeline/extract/ru|kk/*): matchers bound to
 * that language's lexicon entries. The logic that uses them is language-independent.
 */
import type { Language, RoleId } from '../../../schemas/gold.ts';
import type { Annotation } from '../../shared/annotation.ts';
import type { TermBlock } from '../../structure/index.ts';
import type { DurationValue } from './durations.ts';
import type { RoleMention } from './roles.ts';
import type { TermAnnotation } from './terms.ts';

export interface ReglamentLocale {
  lang: Language;
  findDurations(text: string, from: number, to: number): Annotation<DurationValue>[];
  stepActor(text: string, bodyStart: number, end: number): RoleMention | null;
  /** The roles of one item of the participants list. */
  listItemRoles(text: string, from: number, to: number): Annotation<RoleId>[];
  extractTerms(text: string, blocks: TermBlock[]): TermAnnotation[];
}
