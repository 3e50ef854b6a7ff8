/**
 * Extract stage: a normalized document → the facts of schemas/extraction.ts.
 *
 * Locale dispatch happens inside the per-fact-kind modules (pipeline/extract/act, .../reglament),
 * each of which picks pipeline/extract/ru/* or pipeline/extract/kk/* by `doc.language`.
 * Guarantees: the result validates against ExtractionResult; every fact carries an evidence span
 * whose quote equals the source characters at that span.
 */
import { ExtractionResult, PIPELINE_VERSION } from '../../schemas/extraction.ts';
import type { SourceDocument } from '../read/index.ts';
import type { NormalizedDocument } from '../normalize/index.ts';
import { extractActHeader } from './act/index.ts';
import { extractReglaments } from './reglament/index.ts';

export function extract(source: SourceDocument, doc: NormalizedDocument): ExtractionResult {
  const header = extractActHeader(doc);
  const body = extractReglaments(doc, { act: header.act });
  const diagnostics = [...doc.diagnostics, ...header.diagnostics, ...body.diagnostics];
  if (!header.act && body.reglaments.length === 0) {
    diagnostics.push({
      stage: 'extract',
      ruleId: 'document/no-facts',
      severity: 'warning',
      message: 'no act header and no reglament found: this does not look like a legal act',
    });
  }
  return ExtractionResult.parse({
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
    diagnostics,
  });
}
