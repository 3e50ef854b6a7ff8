/**
 * Structure stage public API: cut a normalized document into reglaments and their sections.
 * See reglaments.ts for what the ranges guarantee.
 */
export { segmentReglaments } from './reglaments.ts';
export type { DocumentStructure, ReglamentBlock, ProcedureBlock, StepBlock, ListItemBlock, TermBlock, Range } from './reglaments.ts';
export { splitLines, type Line } from './lines.ts';
