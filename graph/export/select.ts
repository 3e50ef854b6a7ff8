/**
 * What an export covers: the reglament versions the query layer selects (region, service, date, act,
 * or everything) and, for each text of them in the corpus, the query layer's full reglament answer
 * (graph/queries/reglament.ts) with its identifiers.
 * Guarantees: texts ordered by (region, service, from, document, reglament); every text has its
 * version's URI and its approving and wording acts' work URIs; versions whose text the corpus lacks are
 * counted, not exported as processes.
 */
import type { ExportSelection } from '../../schemas/export.ts';
import type { ReglamentAnswer } from '../../schemas/query.ts';
import { versionUriOf, workUriOf } from '../identifiers/uri.ts';
import { resolveServices } from '../queries/in-force.ts';
import { QueryError } from '../queries/history.ts';
import type { QueryModel } from '../queries/model.ts';
import { answersFor } from '../queries/reglament.ts';
import type { GraphSource } from '../queries/source.ts';
import { inForceAt, type Version } from '../temporal/versions.ts';

/** How each of a step's durations relates to the one before it (`then`, `or`, `extension`). */
export type DurationLinks = string[];

export interface ExportedText {
  version: Version;
  answer: ReglamentAnswer & { text: NonNullable<ReglamentAnswer['text']> };
  /** Per procedure, per step (in the answer's order): the links of the step's durations. */
  links: DurationLinks[][];
  /** The URI of this text's version (graph/identifiers/uri.ts). */
  uri: string;
  approvedByUri: string;
  wordingByUri: string;
}

export interface Selected {
  versions: Version[];
  texts: ExportedText[];
  /** Selected versions the corpus holds no text of. */
  withoutText: number;
}

/** The work URI of an act the model knows. */
export const workUri = (model: QueryModel, key: string): string => workUriOf(model.acts, key);

/** The versions a selection names, in the order exports list them. */
export function selectVersions(model: QueryModel, s: ExportSelection): Version[] {
  const services = s.service ? resolveServices(model, s.service) : null;
  if (s.act && !model.acts.has(s.act)) throw new QueryError(`no act ${s.act} in the store`);
  return model.versions
    .filter((v) => (!s.region || v.region === s.region)
      && (!services || services.has(v.serviceId))
      && (!s.date || inForceAt(v, s.date))
      && (!s.act || v.approvedBy === s.act || v.wordingBy === s.act))
    .sort((a, b) => a.region.localeCompare(b.region) || a.serviceId.localeCompare(b.serviceId) || a.from.date.localeCompare(b.from.date));
}

/**
 * The duration links of a text's steps, from the version's reglament rows (the query layer's rows
 * list a text's steps in the same procedure-then-step order as its full answer).
 */
function durationLinks(v: Version, text: NonNullable<ReglamentAnswer['text']>): DurationLinks[][] {
  const row = v.texts.find((g) => g.document === text.document && g.ordinal === text.reglament);
  const rowSteps = (row?.steps ?? []) as Array<{ n: number; links?: string[] }>;
  let i = 0;
  return text.procedures.map((p) => p.steps.map((s) => {
    const r = rowSteps[i++];
    if (r && r.n !== s.n) throw new Error(`${text.document} reglament ${text.reglament}: step ${s.n} of the text is step ${r.n} of its row`);
    return r?.links ?? [];
  }));
}

export async function selectTexts(model: QueryModel, source: GraphSource, s: ExportSelection): Promise<Selected> {
  const versions = selectVersions(model, s);
  const texts: ExportedText[] = [];
  for (const v of versions) {
    for (const answer of await answersFor(model, source, [v])) {
      if (!answer.text) continue;
      texts.push({
        version: v,
        links: durationLinks(v, answer.text),
        answer: answer as ExportedText['answer'],
        uri: answer.uri ?? versionUriOf(model.acts, v, answer.text.language),
        approvedByUri: workUri(model, v.approvedBy),
        wordingByUri: workUri(model, v.wordingBy),
      });
    }
  }
  return { versions, texts, withoutText: versions.filter((v) => v.texts.length === 0).length };
}
