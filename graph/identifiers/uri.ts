/**
 * Stable identifiers in the Akoma Ntoso naming convention (ELI-compatible paths):
 * - an act (the work): `/akn/<country>/act/<kind>/<issuer>/<date>/<number>`, e.g.
 *   `/akn/kz-27/act/resolution/akimat/2015-08-04/204`; the country part is `kz-` and the region's
 *   ISO 3166-2:KZ code (graph/identifiers/akn-codes.json), `kz` for an act without a region;
 * - a reglament version (an expression of the approving act, in one language, in force from a date,
 *   and the component for the service): `<work>/<lang>@<from>/!<service>`, e.g.
 *   `/akn/kz-27/act/resolution/akimat/2015-08-04/204/rus@2019-07-01/!assign-benefit`; the language is
 *   ISO 639-2 (`rus`, `kaz`).
 * Guarantees: a URI depends only on the act key, its kind, the version's start date, language and
 * service id, so it is the same in every export, answer and store; every segment is percent-encoded.
 */
import { z } from 'zod';
import { ActKind, Issuer, REGION_IDS, type Language, type RegionId } from '../../schemas/gold.ts';
import aknCodesJson from './akn-codes.json' with { type: 'json' };

const AknCodes = z.object({
  regions: z.record(z.enum(REGION_IDS), z.object({ iso: z.string().regex(/^KZ-\d{2}$/), formerAlpha: z.string().nullable() })),
  issuerKinds: z.record(Issuer, ActKind),
});

let codes: z.infer<typeof AknCodes> | undefined;

function aknCodes() {
  if (codes) return codes;
  const parsed = AknCodes.safeParse(aknCodesJson);
  if (!parsed.success) throw new Error(`graph/identifiers/akn-codes.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const missing = REGION_IDS.filter((id) => !parsed.data.regions[id]);
  if (missing.length) throw new Error(`graph/identifiers/akn-codes.json: no code for ${missing.join(', ')}`);
  return (codes = parsed.data);
}

/** The country part of an identifier: `kz-27` for West Kazakhstan, `kz` without a region. */
export function countryPart(region: string | null): string {
  if (!region || region === '-') return 'kz';
  const code = aknCodes().regions[region as RegionId];
  if (!code) throw new Error(`no ISO 3166-2:KZ code for region "${region}" (graph/identifiers/akn-codes.json)`);
  return code.iso.toLowerCase();
}

/** ISO 639-2 language codes of the expression part. */
const LANGUAGE_CODE: Record<Language, string> = { ru: 'rus', kk: 'kaz' };

const seg = (s: string) => encodeURIComponent(s);

/** The work URI of an act from its key (`issuer|region|date|number`) and kind (null: the kind its issuer's acts take). */
export function actUri(key: string, kind: string | null): string {
  const [issuer = '', region = '-', date = '', ...number] = key.split('|');
  const subtype = kind ?? aknCodes().issuerKinds[issuer as Issuer] ?? 'act';
  return `/akn/${countryPart(region)}/act/${seg(subtype)}/${seg(issuer)}/${date}/${seg(number.join('|'))}`;
}

/** The URI of one reglament version's text: the approving act's expression in force from `from`, in `language`, its component for the service. */
export function versionUri(approvingWork: string, language: Language, from: string, serviceId: string): string {
  return `${approvingWork}/${LANGUAGE_CODE[language]}@${from}/!${seg(serviceId)}`;
}

/** The work URI of an act the store knows (its kind as merged over the documents that state it). */
export const workUriOf = (acts: ReadonlyMap<string, { kind: string | null }>, key: string): string => actUri(key, acts.get(key)?.kind ?? null);

/** The URI of a reglament version's text in one language. */
export const versionUriOf = (
  acts: ReadonlyMap<string, { kind: string | null }>,
  v: { approvedBy: string; serviceId: string; from: { date: string } },
  language: Language,
): string => versionUri(workUriOf(acts, v.approvedBy), language, v.from.date, v.serviceId);
