/** The act reference annotation shared by the Russian and Kazakh reference extractors. */
import type { ActKind, Issuer, RegionId } from '../../../schemas/gold.ts';

export interface ActRef {
  kind: ActKind | null;
  issuer: Issuer | null;
  region: RegionId | null;
  date: string;
  number: string | null;
  /** `issuer|region|date|number`, or null when the text does not give enough to name the act. */
  key: string | null;
}

export interface ReferenceContext {
  /** Region of the carrying act, for references that name no region ("постановлением акимата"). */
  region?: RegionId | null;
  issuer?: Issuer | null;
}
