/**
 * When an act enters into force, and how sure that date is.
 * Rules (Law "On legal acts": a term counted "after the day of first official publication" starts the
 * next day, so "ten calendar days after" puts entry into force on publication + 11):
 * - `10-days-after-first-publication`: publication date + 11 days;
 * - `on-first-publication`: the publication date; `on-registration`: the registration date;
 * - `on-signature`: the adoption date; `date:D`: D.
 * A publication date no document states is estimated by the registration date, else the adoption date
 * (publication never precedes either), and the result is `estimated`; so is the date of an act whose
 * rule no document states (the rule of regional normative acts, ten days after publication, is assumed).
 * Guarantees: every act gets a date with a certainty and a one-line basis naming its sources.
 */
import type { ActInfo, DateFact } from '../../schemas/query.ts';

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const DEFAULT_RULE = '10-days-after-first-publication';

function publication(act: ActInfo): DateFact {
  if (act.publicationDate) {
    const p = act.publicationDate;
    return { date: p.value, certainty: 'exact', basis: `published ${p.value} (${p.own ? 'own text' : `stated in ${p.document}`})` };
  }
  if (act.registrationDate) {
    return { date: act.registrationDate.value, certainty: 'estimated', basis: `publication not stated, estimated by registration ${act.registrationDate.value}` };
  }
  return { date: act.date, certainty: 'estimated', basis: `publication not stated, estimated by adoption ${act.date}` };
}

export function entryIntoForce(act: ActInfo): DateFact {
  const stated = act.entryIntoForce?.value ?? null;
  const rule = stated ?? DEFAULT_RULE;
  const ruleNote = stated ? `rule ${stated}${act.entryIntoForce!.own ? '' : ` (stated in ${act.entryIntoForce!.document})`}` : `rule not stated, ${DEFAULT_RULE} assumed`;
  const sure = (c: DateFact['certainty']) => (stated ? c : 'estimated');
  if (rule.startsWith('date:')) return { date: rule.slice(5), certainty: 'exact', basis: ruleNote };
  if (rule === 'on-signature') return { date: act.date, certainty: 'exact', basis: `${ruleNote}, adopted ${act.date}` };
  if (rule === 'on-registration') {
    if (act.registrationDate) return { date: act.registrationDate.value, certainty: 'exact', basis: `${ruleNote}, registered ${act.registrationDate.value}` };
    return { date: act.date, certainty: 'estimated', basis: `${ruleNote}, registration date not stated, adoption ${act.date}` };
  }
  const p = publication(act);
  if (rule === 'on-first-publication') return { date: p.date, certainty: sure(p.certainty), basis: `${ruleNote}; ${p.basis}` };
  return { date: addDays(p.date, 11), certainty: sure(p.certainty), basis: `${ruleNote}; ${p.basis}; +11 days` };
}
