/**
 * Everything the queries need, computed once from a GraphSource: merged acts, relations in one
 * direction (with the inferred repeals), act validity, reglament versions and catalog links.
 * Guarantees: computed only from the source's rows, so two stores holding the same facts give the
 * same model.
 */
import type { ActInfo, CanonicalRelation, CatalogLinkRow, Validity } from '../../schemas/query.ts';
import { Catalog } from '../catalog/catalog.ts';
import { mergeActs } from '../temporal/acts.ts';
import { canonicalRelations } from '../temporal/relations.ts';
import { actValidity, buildVersions, type Unplaced, type Version } from '../temporal/versions.ts';
import type { GraphSource } from './source.ts';
import type { AmendmentRow, DocumentRow, ReglamentRow } from '../../schemas/graph-source.ts';

export interface QueryModel {
  catalog: Catalog;
  acts: Map<string, ActInfo>;
  relations: CanonicalRelation[];
  validity: Map<string, Validity>;
  versions: Version[];
  unplaced: Unplaced[];
  reglaments: ReglamentRow[];
  documents: DocumentRow[];
  links: CatalogLinkRow[];
  amendments: AmendmentRow[];
}

export async function loadModel(source: GraphSource, catalog: Catalog = Catalog.load()): Promise<QueryModel> {
  const [statements, relationRows, reglaments, documents, amendments] = await Promise.all([
    source.actStatements(), source.relations(), source.reglaments(), source.documents(), source.amendments(),
  ]);
  const acts = mergeActs(statements, relationRows, reglaments);
  const relations = canonicalRelations(relationRows);
  const validity = actValidity(acts, relations);
  const { versions, unplaced } = buildVersions(acts, validity, relations, reglaments, catalog);
  return { catalog, acts, relations, validity, versions, unplaced, reglaments, documents, links: catalog.link(reglaments), amendments };
}
