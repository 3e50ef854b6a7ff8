/**
 * Kazakh act references: "Батыс Қазақстан облысы әкімдігінің 2020 жылғы 5 маусымдағы № 131
 * қаулысымен", "Қостанай облысы әкімдігінің 10.06.2016 № 266 қаулысымен", "... министрінің 2015
 * жылғы 28 сәуірдегі № 279 бұйрығымен". Kazakh names the region and the issuer (genitive) before
 * the date and number, and the kind after them — sometimes after the quoted title.
 */
import type { Annotation } from '../../shared/annotation.ts';
import { actKey } from '../../shared/act-key.ts';
import { findDates } from '../../extract/common/dates.ts';
import type { ActRef, ReferenceContext } from '../../extract/act/reference.ts';
import { NATIONAL_ISSUERS, NEWSPAPER_ISSUE_AFTER, NUMBER_AFTER, cleanNumber, displacedNumber, listGap, findIssuers, findKinds, findRegions } from '../../extract/act/vocabulary.ts';
import { dates } from './dates.ts';
import { globalOf } from '../../shared/regex.ts';

/** How far before its date a reference names its issuer (genitive, right before the date). */
const LOOKBACK = 160;
/** How far after a date its number may stand ("2020 жылғы 5 маусымдағы № 131"). */
const NUMBER_WINDOW = 40;
/** How far before the issuer its region is named ("Қостанай облысы Лисаков қаласы мәслихатының"). */
const REGION_BEFORE_ISSUER = 80;
/**
 * A maslikhat decision numbered by its session, the session between the date and the number: "… 2014
 * жылғы 26 маусымдағы ХХ сессиясының № 222 шешімі", "… V сайланған XIV сессиясының № 5С-14/1",
 * "… кезектен тыс 35-сессиясының № 3". Roman numerals come in Latin or Cyrillic letters (Х, І, С).
 */
const SESSION_BEFORE_NUMBER = /^\s*(?:[IVXLCХІС]+\s+(?:сайланған|шақырылған)\s+)?(?:(?:кезектен\s+тыс|кезекті)\s+)?(?:[IVXLCХІС]+|\d+)(?:\s*-\s*(?:ші|шы)?\s*|\s+)(?:(?:кезектен\s+тыс|кезекті)\s+)?сессиясының\s*(?=№|N\s*\d)/iu;
/** How far after a date its session may be named. */
const SESSION_WINDOW = 80;
/** A registration note after the number: "... 2020 жылғы 19 қазанда № 21478 болып тіркелді". */
const REGISTRATION_AFTER = /^\s*(?:болып\s+)?тіркел/iu;
/** How far after the number the registration verb may follow. */
const REGISTRATION_WINDOW = 30;
/** How far after a number a newspaper's running number may follow ("№ 104 (21955)"). */
const ISSUE_WINDOW = 20;
/** How far after the number the kind may follow, past a quoted title. */
const TITLE_WINDOW = 420;
/** How long a kind word with its case ending is ("қаулыларымен"). */
const KIND_WORD = 30;
/** The state's name that opens a national issuer ("Қазақстан Республикасы ... министрінің"). */
const NATIONAL_ISSUER_PREFIX = /(?:Қазақстан\s+Республикасы(?:ның)?|ҚР)/iu;
/** How far before a national issuer the state's name may stand ("Қазақстан Республикасы Индустрия және инфрақұрылымдық даму министрінің"). */
const PREFIX_WINDOW = 150;
/** After the number: an optional quoted title, then the kind word. */
const KIND_AFTER = /^\s*(?:["«“][^\n]{0,400}?["»”]\s*)?(?=\p{L})/u;

export function findActReferences(text: string, start: number, end: number, context: ReferenceContext = {}): Annotation<ActRef>[] {
  const out: Annotation<ActRef>[] = [];
  const found = findDates(text, dates, start, end);
  let previousEnd = start;
  let previous: (ActRef & { end: number }) | null = null;
  found.forEach((d, i) => {
    const session = SESSION_BEFORE_NUMBER.exec(text.slice(d.end, Math.min(end, d.end + SESSION_WINDOW)));
    const numberFrom = d.end + (session ? session[0].length : 0);
    const after = NUMBER_AFTER.exec(text.slice(numberFrom, Math.min(end, numberFrom + NUMBER_WINDOW)));
    const from = Math.max(previousEnd, d.start - LOOKBACK, start);
    const issuers = findIssuers(text, from, d.start, 'kk');
    const issuer = issuers.at(-1);
    if (!issuer && !after) return; // a date that names no act
    // A list "… әкімдігінің 10.03.2022 № 61; 05.08.2022 № 198 қаулыларымен": later items share the first's issuer.
    const inherited = !issuer && previous && listGap(text, previous.end, d.start) ? previous : null;
    if (!issuer && !inherited && !context.issuer) return;
    // The region is the one named right before the issuer ("Қостанай облысы Лисаков қаласы мәслихатының"),
    // not one mentioned earlier in the title.
    const regionFrom = issuer ? Math.max(from, issuer.start - REGION_BEFORE_ISSUER) : from;
    const regions = findRegions(text, regionFrom, issuer ? issuer.start : d.start, 'kk').slice(-1);
    const numberEnd = after ? numberFrom + after[0].length : d.end;
    // "... министрлігінде 2020 жылғы 19 қазанда № 21478 болып тіркелді" registers an act, it is none.
    if (REGISTRATION_AFTER.test(text.slice(numberEnd, numberEnd + REGISTRATION_WINDOW))) return;
    if (after && NEWSPAPER_ISSUE_AFTER.test(text.slice(numberEnd, numberEnd + ISSUE_WINDOW))) return;
    const limit = Math.min(end, found[i + 1]?.start ?? end, numberEnd + TITLE_WINDOW);
    let kind = null;
    const lead = KIND_AFTER.exec(text.slice(numberEnd, limit));
    if (lead) {
      const k = findKinds(text, numberEnd + lead[0].length, Math.min(limit, numberEnd + lead[0].length + KIND_WORD), 'kk')[0];
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
      const before = text.slice(Math.max(from, issuer.start - PREFIX_WINDOW), issuer.start);
      // The first one with no sentence break before the issuer: "Қазақстан Республикасы Премьер-Министрінің
      // орынбасары – Қазақстан Республикасы Еңбек ... министрінің" opens at the first.
      const prefix = [...before.matchAll(globalOf(NATIONAL_ISSUER_PREFIX))]
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
