/**
 * Kazakh act references: "Батыс Қазақстан облысы әкімдігінің 2020 жылғы 5 маусымдағы № 131
 * қаулысымен", "Қостанай облысы әкімдігінің 10.06.2016 № 266 қаулысымен", "... министрінің 2015
 * жылғы 28 сәуірдегі № 279 бұйрығымен". Kazakh names the region and the issuer (genitive) before
 * the date and number, and the kind after them — sometimes after the quoted title.
 */
import type { Annotation } from '../../shared/annotation.ts';
import { findDates } from './dates.ts';
import { actKey } from '../../shared/act-key.ts';
import type { ActRef, ReferenceContext } from '../act/reference.ts';
import { NATIONAL_ISSUERS, NEWSPAPER_ISSUE_AFTER, NUMBER_AFTER, REGISTRATION_AFTER, cleanNumber, displacedNumber, listGap, findIssuers, findKinds, findRegions } from '../act/vocabulary.ts';
import { actHeaderLexicon } from '../../lexicon/index.ts';

const LOOKBACK = 160;
/** After the number: an optional quoted title, then the kind word. */
const KIND_AFTER = /^\s*(?:["«“][^\n]{0,400}?["»”]\s*)?(?=\p{L})/u;

export function findActReferences(text: string, start: number, end: number, context: ReferenceContext = {}): Annotation<ActRef>[] {
  const out: Annotation<ActRef>[] = [];
  const dates = findDates(text, start, end);
  let previousEnd = start;
  let previous: (ActRef & { end: number }) | null = null;
  dates.forEach((d, i) => {
    const after = NUMBER_AFTER.exec(text.slice(d.end, Math.min(end, d.end + 40)));
    const from = Math.max(previousEnd, d.start - LOOKBACK, start);
    const issuers = findIssuers(text, from, d.start, 'kk');
    const issuer = issuers.at(-1);
    if (!issuer && !after) return; // a date that names no act
    // A list "… әкімдігінің 10.03.2022 № 61; 05.08.2022 № 198 қаулыларымен": later items share the first's issuer.
    const inherited = !issuer && previous && listGap(text, previous.end, d.start) ? previous : null;
    if (!issuer && !inherited && !context.issuer) return;
    // The region is the one named right before the issuer ("Қостанай облысы Лисаков қаласы мәслихатының"),
    // not one mentioned earlier in the title.
    const regionFrom = issuer ? Math.max(from, issuer.start - 80) : from;
    const regions = findRegions(text, regionFrom, issuer ? issuer.start : d.start, 'kk').slice(-1);
    const numberEnd = after ? d.end + after[0].length : d.end;
    // "... министрлігінде 2020 жылғы 19 қазанда № 21478 болып тіркелді" registers an act, it is none.
    if (REGISTRATION_AFTER.test(text.slice(numberEnd, numberEnd + 30))) return;
    if (after && NEWSPAPER_ISSUE_AFTER.test(text.slice(numberEnd, numberEnd + 20))) return;
    const limit = Math.min(end, dates[i + 1]?.start ?? end, numberEnd + 420);
    let kind = null;
    const lead = KIND_AFTER.exec(text.slice(numberEnd, limit));
    if (lead) {
      const k = findKinds(text, numberEnd + lead[0].length, Math.min(limit, numberEnd + lead[0].length + 30), 'kk')[0];
      if (k && k.start === numberEnd + lead[0].length) kind = k;
    }
    const issuerId = issuer?.value ?? inherited?.issuer ?? context.issuer ?? null;
    const national = issuerId !== null && NATIONAL_ISSUERS.has(issuerId);
    const region = national ? null : regions[0]?.value ?? (inherited ? inherited.region : context.region) ?? null;
    const ref: ActRef = { kind: kind?.value ?? inherited?.kind ?? null, issuer: issuerId, region, date: d.value, number: after ? cleanNumber(after[1]) : displacedNumber(text, d.end, end), key: null };
    ref.key = national || region ? actKey(ref) : null;
    if (kind?.value === 'law' && !issuer) return; // a law has no issuer of ours
    let refStart = regions[0]?.start ?? issuer?.start ?? d.start;
    // "Қазақстан Республикасы Индустрия және инфрақұрылымдық даму министрінің": the state's name opens a national issuer.
    if (national && issuer) {
      const before = text.slice(Math.max(from, issuer.start - 150), issuer.start);
      // The first one with no sentence break before the issuer: "Қазақстан Республикасы Премьер-Министрінің
      // орынбасары – Қазақстан Республикасы Еңбек ... министрінің" opens at the first.
      const prefix = [...before.matchAll(new RegExp(actHeaderLexicon().kk.nationalIssuerPrefix, 'giu'))]
        .find((p) => !/[.;\n]/u.test(before.slice(p.index! + p[0].length)));
      if (prefix) refStart = issuer.start - before.length + prefix.index!;
    }
    const refEnd = kind ? kind.end : numberEnd;
    out.push({ value: ref, start: refStart, end: refEnd });
    previous = { ...ref, end: numberEnd };
    previousEnd = numberEnd;
  });
  return out;
}
