/**
 * The interface language (Russian or Kazakh) and its labels (labels.json). The language is part of
 * the address (`?lang=kk`), so a shared link opens in the language it was shared in; Russian is the
 * default. Document data is never translated: it is shown in the language of its text.
 */
import labels from './labels.json';

export type Lang = 'ru' | 'kk';
export type UiKey = keyof typeof labels.ui;

export const langOf = (search: string): Lang => (new URLSearchParams(search).get('lang') === 'kk' ? 'kk' : 'ru');

export function labelsFor(lang: Lang) {
  const pick = <K extends string>(table: Record<K, { ru: string; kk: string }>, id: string, fallback = id): string =>
    (table as Record<string, { ru: string; kk: string }>)[id]?.[lang] ?? fallback;
  return {
    lang,
    t: (key: UiKey) => labels.ui[key][lang],
    region: (id: string | null) => (id ? pick(labels.regions, id) : '—'),
    /** A role in the interface language; one the labels lack by the words its text uses (`own`), else its id. */
    role: (id: string | null, own?: string) => pick(labels.roles, id ?? 'none', own ?? id?.replace(/^other:/, '') ?? ''),
    channel: (id: string | null) => pick(labels.channels, id ?? 'unspecified'),
    /** "30 minute" → "30 мин". */
    duration: (d: string) => {
      const [n, unit] = d.split(' ');
      return `${n} ${pick(labels.units, unit ?? '')}`;
    },
  };
}
export type Labels = ReturnType<typeof labelsFor>;

export const REGION_IDS = Object.keys(labels.regions);
