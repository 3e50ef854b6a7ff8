/**
 * Structure stage: a normalized document → where its reglaments are and their parts (heading, point 1,
 * section 2's procedures and steps, section 3's participants, the term of service), as ranges of the
 * normalized text. It reads the language's landmarks from its locale (pipeline/locales) and decides no
 * fact: roles, durations, names and effects are the extract stage's.
 *
 * Guarantees to the next stage:
 * - every range is a normalized-text range, `doc.text.slice(start, end)`, inside its reglament's range;
 * - reglaments are in document order and do not overlap; the preamble (the carrying act) is the text
 *   before the first one, or the whole text when there is none;
 * - a procedure's steps are numbered 1, 2, 3 … in text order, each variant from 1;
 * - a publisher's editorial note is in no reglament's lines.
 * The details are in reglaments.ts.
 */
import type { NormalizedDocument } from '../normalize/index.ts';
import { localeOf } from '../locales/index.ts';
import { segmentReglaments, type DocumentStructure } from './reglaments.ts';

export { segmentReglaments } from './reglaments.ts';
export type { DocumentStructure, ReglamentBlock, ProcedureBlock, StepBlock, ListItemBlock, TermBlock, Range } from './reglaments.ts';
export { splitLines, splitInlineSubpoints, POINT_MARKER, SUBPOINT_MARKER, type Line } from './lines.ts';

/** The structure stage: the document's reglaments and their parts, read with its language's locale. */
export function structure(doc: NormalizedDocument): DocumentStructure {
  return segmentReglaments(doc.text, localeOf(doc.language));
}
