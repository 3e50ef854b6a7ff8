/**
 * The sub-points an amending act rewords or adds in the act it amends, read from its operative text
 * (the text before its first reglament), one paragraph at a time:
 *   "в пункте 1: … изложить в новой редакции следующего содержания: подпункт 18" + ""18) "…";"",
 *   "1-тармақтың 17) тармақшасы мынадай редакцияда жазылсын:", "1-тармақ … 19), 20) тармақшалармен толықтырылсын".
 * Words come from pipeline/lexicon/amendments.json; a number may stand before or after its word, so one
 * rule reads both languages. A paragraph naming a point without a sub-point sets the point for the
 * paragraphs after it.
 * Guarantees: only paragraphs that name a sub-point and say what happens to it give facts; each fact's
 * evidence is that paragraph, and the sub-point's new text, when the act quotes it in the next
 * paragraphs ("18) "…";"), with its own span.
 */
import type { Language } from '../../../schemas/gold.ts';
import type { AmendedPoint } from '../../../schemas/extraction.ts';
import type { NormalizedDocument } from '../../normalize/index.ts';
import { amendmentsLexicon } from '../../lexicon/index.ts';
import { phraseSource } from '../reglament/patterns.ts';

interface Patterns {
  /** A point number and its word, either order: "пункте 1", "1-тармақтың". Group 1 or 2: the number. */
  point: RegExp;
  /** Sub-point numbers and their word, either order: "подпункт 18", "подпунктами 19), 20)", "19), 20) тармақшалармен". */
  subpoints: RegExp;
  newWording: RegExp;
  added: RegExp;
}

const compiled = new Map<Language, Patterns>();
const alt = (forms: string[]) => [...forms].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
/** A list of numbers, each maybe closed by ")": "19), 20)". */
const NUMBERS = String.raw`\d{1,3}\)?(?:\s*,\s*\d{1,3}\)?)*`;

function patterns(lang: Language): Patterns {
  let p = compiled.get(lang);
  if (p) return p;
  const lex = amendmentsLexicon()[lang];
  p = {
    point: new RegExp(String.raw`(?<![\p{L}\d])(?:${alt(lex.point)})\s+(\d{1,3})(?![\d)])|(?<![\d)])(\d{1,3})\s*-\s*(?:${alt(lex.point)})(?!\p{L})`, 'iu'),
    subpoints: new RegExp(String.raw`(?<![\p{L}])(?:${alt(lex.subpoint)})\s*(${NUMBERS})|(?<![\d\p{L}])(${NUMBERS})\s*(?:${alt(lex.subpoint)})(?!\p{L})`, 'iu'),
    newWording: new RegExp(String.raw`(?<![\p{L}])(?:${alt(lex.newWording)})(?!\p{L})`, 'iu'),
    added: new RegExp(String.raw`(?<![\p{L}])(?:${alt(lex.added)})(?!\p{L})`, 'iu'),
  };
  compiled.set(lang, p);
  return p;
}

/** A quoted sub-point as the amending act gives it: ""18) "Присвоение …";"" → number and text. */
const QUOTED_SUBPOINT = /^\s*["«“]?(\d{1,3})\)\s*(.+?)\s*$/u;
/** Quotes and list punctuation around a quoted sub-point's text. */
const QUOTE_TRIM = /^["«“„\s]+|["»”“\s.;,]+$/gu;
/** How many paragraphs after the amending clause may quote its sub-points. */
const QUOTE_LOOKAHEAD = 4;

export function extractAmendments(doc: NormalizedDocument, operativeEnd: number, target: string | null): AmendedPoint[] {
  const p = patterns(doc.language);
  const text = doc.text.slice(0, operativeEnd);
  const paragraphs: Array<{ start: number; end: number; s: string }> = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    paragraphs.push({ start, end, s: text.slice(start, end) });
    start = end + 1;
  }
  const out: AmendedPoint[] = [];
  let point: string | null = null;
  paragraphs.forEach((para, i) => {
    const sub = p.subpoints.exec(para.s);
    const pt = p.point.exec(sub ? para.s.slice(0, sub.index) + ' '.repeat(sub[0].length) + para.s.slice(sub.index + sub[0].length) : para.s);
    if (pt) point = pt[1] ?? pt[2] ?? point;
    if (!sub) return;
    const change: AmendedPoint['change'] | null = p.newWording.test(para.s) ? 'new-wording' : p.added.test(para.s) ? 'added' : null;
    if (!change) return;
    for (const n of (sub[1] ?? sub[2] ?? '').match(/\d{1,3}/g) ?? []) {
      const quoted = quotedSubpoint(paragraphs.slice(i + 1, i + 1 + QUOTE_LOOKAHEAD), n);
      out.push({
        target,
        point,
        subpoint: n,
        change,
        text: quoted ? quoted.text : null,
        evidence: { clause: doc.span(para.start, para.end), ...(quoted ? { text: doc.span(quoted.start, quoted.end) } : {}) },
      });
    }
  });
  return out;
}

function quotedSubpoint(paragraphs: Array<{ start: number; end: number; s: string }>, n: string): { text: string; start: number; end: number } | null {
  for (const para of paragraphs) {
    const m = QUOTED_SUBPOINT.exec(para.s);
    if (!m || m[1] !== n) continue;
    const text = m[2]!.replace(QUOTE_TRIM, '').replace(/^["«“]+/u, '');
    const start = para.start + para.s.indexOf(m[2]!);
    return { text, start, end: start + m[2]!.length };
  }
  return null;
}
