/**
 * Russian or Kazakh? Kazakh Cyrillic has letters Russian lacks (ә ғ қ ң ө ұ ү һ і); their share
 * among Cyrillic letters decides. Kazakh texts quote Russian names and vice versa, so a threshold
 * rather than presence.
 */
import type { Language } from '../../schemas/gold.ts';

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;

export function detectLanguage(text: string): { language: Language; confident: boolean; kazakhShare: number } {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const cyr = sample.match(CYRILLIC)?.length ?? 0;
  const kk = sample.match(KAZAKH_ONLY)?.length ?? 0;
  if (cyr === 0) return { language: 'ru', confident: false, kazakhShare: 0 };
  const share = kk / cyr;
  // Kazakh prose runs around 4–8 % of such letters; Russian text quoting Kazakh names stays well under 1 %.
  return { language: share >= 0.015 ? 'kk' : 'ru', confident: cyr >= 50, kazakhShare: share };
}
