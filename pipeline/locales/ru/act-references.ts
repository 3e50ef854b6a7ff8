/**
 * Russian act references: "постановлением акимата Западно-Казахстанской области от 5 июня 2020 года
 * № 131", "приказом Министра ... от 28 апреля 2015 года № 279", "решением маслихата города Алматы от
 * 05.06.2020 № 5-VI". Russian names the kind, then the issuer, then the region, then "от" date "№".
 */
import type { Annotation } from '../../shared/annotation.ts';
import { actKey } from '../../shared/act-key.ts';
import { findDates } from '../../extract/common/dates.ts';
import type { ActRef, ReferenceContext } from '../../extract/act/reference.ts';
import { NATIONAL_ISSUERS, NEWSPAPER_ISSUE_AFTER, NUMBER_AFTER, cleanNumber, displacedNumber, listGap, findIssuers, findKinds, findRegions } from '../../extract/act/vocabulary.ts';
import { dates } from './dates.ts';

/** How far before its date a reference may name its kind and issuer: long issuer names ("приказом Министра ... Республики Казахстан") fit. */
const LOOKBACK = 260;
/** How far after a date its number may stand ("от 5 июня 2020 года № 131"). */
const NUMBER_WINDOW = 40;
/** The "от" that introduces a date of an act may stand this far before it ("от «4» ..."). */
const OT_WINDOW = 4;
/** A date preceded by "от" names an act even when the number is missing. */
const OT_BEFORE = /от\s*$/u;
/** A registration note before the date: "(зарегистрирован в Министерстве юстиции ... 10 июня 2015 года № 11342)". */
const REGISTRATION_BEFORE = /зарегистрир\p{L}*[^.;()\n]*$/iu;
/** How far after a number a newspaper's running number may follow ("№ 17 (17241)"). */
const ISSUE_WINDOW = 20;

export function findActReferences(text: string, start: number, end: number, context: ReferenceContext = {}): Annotation<ActRef>[] {
  const out: Annotation<ActRef>[] = [];
  let previousEnd = start;
  let previous: (ActRef & { end: number }) | null = null;
  for (const d of findDates(text, dates, start, end)) {
    const after = NUMBER_AFTER.exec(text.slice(d.end, Math.min(end, d.end + NUMBER_WINDOW)));
    const before = text.slice(Math.max(start, d.start - OT_WINDOW), d.start);
    if (!after && !OT_BEFORE.test(before)) continue; // a date that names no act
    if (after && NEWSPAPER_ISSUE_AFTER.test(text.slice(d.end + after[0].length, d.end + after[0].length + ISSUE_WINDOW))) continue;
    const from = Math.max(previousEnd, d.start - LOOKBACK, start);
    // "(зарегистрирован в Министерстве юстиции ... 10 июня 2015 года № 11342)" registers an act, it is none.
    if (REGISTRATION_BEFORE.test(text.slice(from, d.start))) continue;
    const kinds = findKinds(text, from, d.start, 'ru');
    const kind = kinds.at(-1);
    // A law has no issuer of ours; it must not borrow the carrying act's.
    if (kind?.value === 'law' && !findIssuers(text, kind.start, d.start, 'ru').length) continue;
    const issuers = findIssuers(text, kind ? kind.start : from, d.start, 'ru');
    const issuer = issuers[0];
    // A list "постановлениями акимата … от 12.05.2017 № 118; от 03.11.2017 № 301": later items share the first's issuer.
    const inherited = !issuer && previous && listGap(text, previous.end, d.start) ? previous : null;
    if (!issuer && !inherited && !context.issuer) continue;
    // "маслихата Акмолинской области" names the region after the issuer; "Акмолинского областного
    // маслихата" before it.
    let regions = findRegions(text, issuer ? issuer.end : from, d.start, 'ru');
    if (regions.length === 0 && issuer) regions = findRegions(text, kind ? kind.end : from, issuer.start, 'ru').slice(-1);
    const issuerId = issuer?.value ?? inherited?.issuer ?? context.issuer ?? null;
    const national = issuerId !== null && NATIONAL_ISSUERS.has(issuerId);
    // "маслихата Бурабайского района Акмолинской области": Russian names the region last.
    const region = national ? null : regions.at(-1)?.value ?? (inherited ? inherited.region : context.region) ?? null;
    const number = after ? cleanNumber(after[1]) : displacedNumber(text, d.end, end);
    const refEnd = after ? d.end + after[0].length : d.end;
    const ref: ActRef = { kind: kind?.value ?? inherited?.kind ?? null, issuer: issuerId, region, date: d.value, number, key: null };
    ref.key = national || region ? actKey(ref) : null;
    out.push({ value: ref, start: kind?.start ?? issuer?.start ?? d.start, end: refEnd });
    previous = { ...ref, end: refEnd };
    previousEnd = refEnd;
  }
  return out;
}
