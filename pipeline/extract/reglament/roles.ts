/**
 * Participants of a reglament → role ids (tests/gold/README.md), from pipeline/lexicon/roles.json.
 * A mention is a position ("ответственный исполнитель", "басшысы") and the organization it belongs
 * to, on the side the locale says ("услугодателя", "акима сельского округа" after it in Russian;
 * "көрсетілетін қызметті берушінің" before it in Kazakh). Only agent forms are listed (nominative, and the Russian instrumental of
 * "подписание руководителем"), so objects ("передает руководителю") are never taken for actors.
 * Returns annotations over the normalized text.
 */
import type { Language, RoleId } from '../../../schemas/gold.ts';
import type { RolesLexicon } from '../../../schemas/lexicon.ts';
import type { Annotation } from '../../shared/annotation.ts';
import type { Locale } from '../../locales/index.ts';
import { globalOf } from '../../shared/regex.ts';
import { rolesLexicon } from '../../lexicon/index.ts';
import { phraseSource, stemsSource } from './patterns.ts';

type Position = RolesLexicon['positions'][number];
type Organization = RolesLexicon['organizations'][number];

interface RoleMatcher {
  positions: RegExp;
  /** Positions in the genitive of a nominalized step's agent (null: the locale has none). */
  genitivePositions: RegExp | null;
  positionOf: Map<string, Position>;
  orgAfter: RegExp;
  orgBefore: RegExp;
  orgAnywhere: RegExp;
  /** An organization name starting right here (sticky). */
  orgAt: RegExp;
  orgOf: (mention: string) => Organization | null;
  defaultOrg: Organization;
}

const cache = new Map<Language, RoleMatcher>();

function matcher(locale: Locale): RoleMatcher {
  const lang = locale.lang;
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex = rolesLexicon();
  const positionOf = new Map<string, Position>();
  const forms: string[] = [];
  for (const p of lex.positions) {
    for (const f of p[lang]) {
      positionOf.set(norm(f), p);
      forms.push(f);
    }
  }
  forms.sort((a, b) => b.length - a.length);
  const posAlt = forms.map(phraseSource).join('|');
  const orgStems = lex.organizations.flatMap((o) => o[lang].map((s) => s.replace(/ /g, '\\s+')));
  const orgAlt = stemsSource(orgStems);
  const orgRegexes = lex.organizations.map((org) => ({ org, re: new RegExp(`^(?:${org[lang].map((s) => s.replace(/ /g, '\\s+')).join('|')})`, 'iu') }));
  const m: RoleMatcher = {
    positions: new RegExp(`(?<![\\p{L}\\d-])(?:${posAlt})(?![\\p{L}-])`, 'giu'),
    genitivePositions: locale.reglament.participants.genitiveAgent
      ? new RegExp(`(?<![\\p{L}\\d-])(?:${posAlt})(?=${locale.reglament.participants.genitiveAgent.ending.source.replace(/^\^/, '')})`, 'giu')
      : null,
    positionOf,
    orgAfter: new RegExp(`\\s*(${orgAlt})`, 'iuy'),
    orgBefore: new RegExp(`(${orgAlt})\\s*$`, 'iu'),
    orgAnywhere: new RegExp(orgAlt, 'giu'),
    orgAt: new RegExp(`(?:${orgAlt})`, 'iuy'),
    orgOf: (mention) => orgRegexes.find((o) => o.re.test(mention))?.org ?? null,
    defaultOrg: lex.organizations.find((o) => o.id === lex.defaultOrganization) as Organization,
  };
  cache.set(lang, m);
  return m;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

function roleOf(position: Position, org: Organization | null, m: RoleMatcher): RoleId | null {
  if (position.role) return position.role;
  const lex = rolesLexicon();
  let o = org;
  let pos = position.id;
  if (position.organization) {
    o = lex.organizations.find((x) => x.id === position.organization) ?? null;
    pos = position.position ?? position.id;
  }
  o ??= m.defaultOrg;
  return (o.roles[pos] ?? o.roles.default ?? null) as RoleId | null;
}

export interface RoleMention extends Annotation<RoleId> {
  /** The position phrase's own span. */
  positionStart: number;
  positionEnd: number;
  /** A position the lexicon does not list, read as its organization's generic employee ("ветеринарный врач"). */
  unknownPosition?: string;
}

/**
 * Role mentions in text[from, to), in order. `loose` (participant lists, whose words the PDF may
 * shuffle: "услугодателя; специалист канцелярии") lets the organization stand anywhere in the range.
 */
function findRoleMentions(text: string, locale: Locale, from: number, to: number, loose = false, genitive = false): RoleMention[] {
  const m = matcher(locale);
  const orgSide = locale.reglament.participants.organization;
  const slice = text.slice(0, to);
  const out: RoleMention[] = [];
  const positions = genitive ? m.genitivePositions : m.positions;
  if (!positions) return out;
  const g = new RegExp(positions.source, 'giu');
  g.lastIndex = from;
  for (let x = g.exec(slice); x; x = g.exec(slice)) {
    const position = m.positionOf.get(norm(x[0]));
    if (!position) continue;
    // The first word of a longer organization name is no position of its own: "ауылдық округ әкімі
    // аппаратының маманы" is the specialist of the akim's office, not the akim.
    m.orgAt.lastIndex = x.index;
    const orgHere = m.orgAt.exec(slice);
    if (orgHere && orgHere[0].length > x[0].length) {
      g.lastIndex = x.index + orgHere[0].length;
      continue;
    }
    let org: Organization | null = null;
    let start = x.index;
    let end = x.index + x[0].length;
    if (!position.role && !position.organization) {
      if (orgSide.side === 'before') {
        const before = slice.slice(Math.max(from, x.index - orgSide.window), x.index);
        const b = m.orgBefore.exec(before);
        if (b) {
          org = m.orgOf(b[1]);
          start = x.index - (before.length - b.index);
        }
      } else {
        m.orgAfter.lastIndex = end;
        const a = m.orgAfter.exec(slice);
        if (a) {
          org = m.orgOf(a[1]);
          end = a.index + a[0].length;
        }
      }
      if (!org && loose) {
        const any = new RegExp(m.orgAnywhere.source, 'giu');
        const rest = slice.slice(from, to);
        const y = any.exec(rest);
        if (y) org = m.orgOf(y[0]);
      }
    }
    const role = roleOf(position, org, m);
    if (role) out.push({ value: role, start, end, positionStart: x.index, positionEnd: x.index + x[0].length });
  }
  return out;
}

/** Organizations mentioned in text[from, to) that are a role by themselves ("ГЦВП"). */
function findOrganizationRoles(text: string, locale: Locale, from: number, to: number): Annotation<RoleId>[] {
  const m = matcher(locale);
  const out: Annotation<RoleId>[] = [];
  const any = new RegExp(m.orgAnywhere.source, 'giu');
  const slice = text.slice(from, to);
  for (let y = any.exec(slice); y; y = any.exec(slice)) {
    const org = m.orgOf(y[0]);
    const role = org?.roles.default;
    if (role) out.push({ value: role as RoleId, start: from + y.index, end: from + y.index + y[0].length });
  }
  return out;
}

/**
 * The roles of one participant-list item: each alternative ("специалист канцелярии услугодателя или
 * специалист сельского округа") is one participant.
 */
export function rolesOfListItem(text: string, locale: Locale, from: number, to: number): Annotation<RoleId>[] {
  const parts: Array<[number, number]> = [];
  const g = globalOf(locale.reglament.participants.alternatives);
  const item = text.slice(from, to);
  let last = 0;
  for (let x = g.exec(item); x; x = g.exec(item)) {
    parts.push([from + last, from + x.index]);
    last = x.index + x[0].length;
  }
  parts.push([from + last, to]);
  const out: Annotation<RoleId>[] = [];
  for (const [s, e] of parts) {
    const mentions = findRoleMentions(text, locale, s, e, true);
    if (mentions.length) {
      out.push(mentions[0]);
      continue;
    }
    const orgs = findOrganizationRoles(text, locale, s, e);
    if (orgs.length) out.push(orgs[0]);
  }
  return out;
}

/**
 * The actor of a step: the first agent mention of the step. The service recipient counts only as the
 * step's grammatical subject (at its very start); elsewhere it is the one served, not the actor.
 */
export function stepActor(text: string, locale: Locale, bodyStart: number, end: number): RoleMention | null {
  for (const mention of findRoleMentions(text, locale, bodyStart, end)) {
    if (mention.value === 'recipient' && text.slice(bodyStart, mention.start).trim() !== '') continue;
    return mention;
  }
  return genitiveAgent(text, locale, bodyStart, end) ?? unknownPositionActor(text, locale, bodyStart, end);
}

/**
 * The agent of a nominalized step written in the genitive before its verbal noun ("… кеңсе
 * қызметкерінің құжаттарды қабылдауы"), where the genitive is a position of the lexicon; the recipient's
 * genitive ("көрсетілетін қызметті алушының") is the possessor of what is handled, never the agent.
 */
function genitiveAgent(text: string, locale: Locale, bodyStart: number, end: number): RoleMention | null {
  const agent = locale.reglament.participants.genitiveAgent;
  if (!agent) return null;
  for (const mention of findRoleMentions(text, locale, bodyStart, end, false, true)) {
    if (mention.value === 'recipient') continue;
    if (agent.verbalNoun.test(text.slice(mention.positionEnd, end))) return mention;
  }
  return null;
}

/**
 * A step whose subject is a position the lexicon does not list, next to its organization in the genitive
 * ("ветеринарный врач услугодателя", "көрсетілетін қызметті берушінің ветеринар дәрігері"): the
 * organization's generic employee role, with the position named so the lexicon can grow.
 */
function unknownPositionActor(text: string, locale: Locale, bodyStart: number, end: number): RoleMention | null {
  const m = matcher(locale);
  const { organization: side, unknownPosition, organizationGenitive } = locale.reglament.participants;
  const any = new RegExp(m.orgAnywhere.source, 'giu');
  any.lastIndex = bodyStart;
  const slice = text.slice(0, end);
  const org = any.exec(slice);
  if (!org || !organizationGenitive.test(org[0])) return null;
  const orgEnd = org.index + org[0].length;
  const organization = m.orgOf(org[0]);
  const role = (organization?.roles.employee ?? organization?.roles.default ?? null) as RoleId | null;
  if (!role) return null;
  if (side.side === 'after') {
    const phrase = unknownPosition.exec(slice.slice(bodyStart, org.index));
    if (!phrase) return null;
    const positionStart = bodyStart + phrase.index + phrase[0].indexOf(phrase[1]!);
    const positionEnd = positionStart + phrase[1]!.length;
    return { value: role, start: positionStart, end: orgEnd, positionStart, positionEnd, unknownPosition: phrase[1]! };
  }
  if (slice.slice(bodyStart, org.index).trim() !== '') return null;
  const phrase = unknownPosition.exec(slice.slice(orgEnd));
  if (!phrase) return null;
  const positionStart = orgEnd + phrase.index + phrase[0].indexOf(phrase[1]!);
  const positionEnd = positionStart + phrase[1]!.length;
  return { value: role, start: org.index, end: positionEnd, positionStart, positionEnd, unknownPosition: phrase[1]! };
}
