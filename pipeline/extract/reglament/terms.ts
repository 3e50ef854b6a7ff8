/**
 * The term of service ("Срок оказания государственной услуги" / "…көрсету мерзімі") → terms
 * {kind, channel, duration}. Each line of a term block, and each part of it after a "; " that names a
 * waiting or service time, is a clause; its kind is read from its words
 * (waiting time → max-wait, service time → max-service, else total; a line with no such words
 * continues the previous one). Each duration takes the channels named between the previous duration
 * and itself ("услугодателем – 30 минут, при обращении на портал – 1 рабочий день"), or, when there
 * are none, the channels right after it ("не более 10 минут при обращении к услугодателю").
 * Channels come from pipeline/lexicon/channels.json.
 */
import type { Channel, Language, TermKind } from '../../../schemas/gold.ts';
import type { Annotation } from '../../shared/annotation.ts';
import { SUBPOINT_MARKER, splitInlineSubpoints, type Line, type TermBlock } from '../../structure/index.ts';
import type { Locale } from '../../locales/index.ts';
import { channelsLexicon } from '../../lexicon/index.ts';
import { findDurations, type DurationValue } from './durations.ts';
import { stemsSource } from './patterns.ts';

export interface TermAnnotation extends Annotation<{ kind: TermKind; channel: Channel; duration: DurationValue }> {
  /** The clause the term was read from. */
  clauseStart: number;
  clauseEnd: number;
}

const channelRes = new Map<Language, Array<{ channel: Exclude<Channel, null>; re: RegExp }>>();

function channelMatchers(lang: Language) {
  let list = channelRes.get(lang);
  if (!list) {
    list = channelsLexicon().channels.map((c) => ({
      channel: c.channel,
      re: new RegExp(stemsSource(c[lang].map((s) => s.replace(/ /g, '\\s+'))), 'giu'),
    }));
    channelRes.set(lang, list);
  }
  return list;
}

/** Channels named in text[from, to), in text order, without repeats. */
function findChannels(text: string, lang: Language, from: number, to: number): Array<Exclude<Channel, null>> {
  const seg = text.slice(from, to);
  const hits: Array<{ at: number; channel: Exclude<Channel, null> }> = [];
  const taken: Array<[number, number]> = [];
  for (const { channel, re } of channelMatchers(lang)) {
    const g = new RegExp(re.source, 'giu');
    for (let x = g.exec(seg); x; x = g.exec(seg)) {
      const s = x.index;
      const e = s + x[0].length;
      // "ЦОН" inside a state-corporation name already taken, a provider stem inside "Центр обслуживания…"
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      taken.push([s, e]);
      hits.push({ at: s, channel });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.channel))];
}

/** Where the channels written after a duration end ("10 минут при обращении к услугодателю, …"). */
const DELIMITER = /[,;.–—]|\s-\s/;

/** A line cut after each "; " that opens a waiting or service time; the pieces keep their offsets. (Other
 * semicolons stay: the PDF moves words past them, "в течение 10 дней; рабочих".) */
function semicolonParts(l: Line, opensKind: (clause: string) => boolean): Line[] {
  if (!l.text.includes('; ')) return [l];
  const cuts: number[] = [];
  for (let at = l.text.indexOf('; '); at >= 0; at = l.text.indexOf('; ', at + 2)) {
    const next = l.text.indexOf('; ', at + 2);
    if (opensKind(l.text.slice(at + 2, next < 0 ? undefined : next))) cuts.push(at);
  }
  if (cuts.length === 0) return [l];
  const out: Line[] = [];
  let last = 0;
  for (const at of cuts) {
    out.push({ index: l.index, start: l.start + last, end: l.start + at + 1, text: l.text.slice(last, at + 1) });
    last = at + 2;
  }
  out.push({ index: l.index, start: l.start + last, end: l.end, text: l.text.slice(last) });
  return out;
}

export function extractTerms(text: string, locale: Locale, blocks: TermBlock[]): TermAnnotation[] {
  const lang = locale.lang;
  const term = locale.reglament.term;
  const out: TermAnnotation[] = [];
  const seen = new Set<string>();
  const opensKind = (clause: string) => term.wait.test(clause) || term.service.test(clause);
  for (const block of blocks) {
    let kind: TermKind = 'total';
    // Subpoints the PDF ran into one paragraph are clauses of their own, and so are the parts of a line
    // its semicolons separate ("… – 15 рабочих дней; максимально допустимое время ожидания … – 15 минут").
    const clauses = block.lines.flatMap((l) => splitInlineSubpoints(l).flatMap((piece, k) =>
      semicolonParts(piece, opensKind).map((part, j) => ({ piece: part, isHeader: l === block.header && k === 0 && j === 0, opens: j === 0 }))));
    for (const { piece: line, isHeader, opens } of clauses) {
      const isSubpoint = opens && SUBPOINT_MARKER.test(line.text);
      if (term.wait.test(line.text)) kind = 'max-wait';
      else if (term.service.test(line.text)) kind = 'max-service';
      else if (isHeader || isSubpoint) kind = 'total';
      let from = line.start;
      if (isHeader) {
        const m = term.point.exec(line.text);
        if (m) from = line.start + m.index + m[0].length;
      }
      const durations = findDurations(text, locale, from, line.end);
      let prev = from;
      for (let i = 0; i < durations.length; i++) {
        const d = durations[i];
        let channels = findChannels(text, lang, prev, d.start);
        let consumed = d.end;
        if (channels.length === 0) {
          const limit = i + 1 < durations.length ? durations[i + 1].start : line.end;
          const rest = text.slice(d.end, limit);
          const stop = rest.search(DELIMITER);
          const postEnd = d.end + (stop >= 0 ? stop : rest.length);
          const post = findChannels(text, lang, d.end, postEnd);
          if (post.length) {
            channels = post;
            consumed = postEnd;
          }
        }
        prev = consumed;
        const list: Channel[] = channels.length ? channels : [null];
        for (const channel of list) {
          const key = `${kind}|${channel}|${d.value}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ value: { kind, channel, duration: d.value }, start: d.start, end: d.end, clauseStart: line.start, clauseEnd: line.end });
        }
      }
    }
  }
  return out;
}
