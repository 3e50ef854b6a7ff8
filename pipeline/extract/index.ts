/**
 * Extract stage, the last: a normalized document and its structure → the facts of
 * schemas/extraction.ts. The act header and its relations come from pipeline/extract/act, the
 * reglaments from pipeline/extract/reglament, which reads the parts the structure stage found; each
 * asks the document language's locale (pipeline/locales) for its patterns.
 *
 * Guarantees to the caller: the result validates against ExtractionResult; every fact carries an
 * evidence span whose quote equals the source characters at that span; a fact the text does not
 * state is null or absent, never guessed.
 */
import { z } from 'zod';
import { ExtractionResult, PIPELINE_VERSION, type ExtractedReglament } from '../../schemas/extraction.ts';
import type { SourceDocument } from '../read/index.ts';
import type { NormalizedDocument } from '../normalize/index.ts';
import type { DocumentStructure } from '../structure/index.ts';
import { extractActHeader } from './act/index.ts';
import { extractReglaments } from './reglament/index.ts';
import { extractAmendments } from './act/amendments.ts';

/** The result's schema for reglaments the reglament extractor has validated one by one already (an
 * invalid one is dropped there with a diagnostic): they are not validated a second time. */
const ResultOfCheckedReglaments = ExtractionResult.extend({ reglaments: z.array(z.custom<ExtractedReglament>()) });

export function extract(source: SourceDocument, doc: NormalizedDocument, structure: DocumentStructure): ExtractionResult {
  const header = extractActHeader(doc);
  const body = extractReglaments(doc, structure, { act: header.act });
  const amended = [...new Set(header.relations.filter((r) => r.type === 'amends').map((r) => r.target))];
  const amendments = header.act ? extractAmendments(doc, structure.preamble.end, amended.length === 1 ? amended[0]! : null) : [];
  const diagnostics = [...doc.diagnostics, ...header.diagnostics, ...body.diagnostics];
  if (!header.act && body.reglaments.length === 0) {
    diagnostics.push({
      stage: 'extract',
      ruleId: 'document/no-facts',
      severity: 'warning',
      message: 'no act header and no reglament found: this does not look like a legal act',
    });
  }
  return ResultOfCheckedReglaments.parse({
    schemaVersion: 1,
    pipelineVersion: PIPELINE_VERSION,
    source: source.name,
    path: source.path,
    format: source.format,
    language: doc.language,
    contentHash: source.contentHash,
    act: header.act,
    relations: header.relations,
    reglaments: body.reglaments,
    amendments,
    diagnostics,
  });
}
