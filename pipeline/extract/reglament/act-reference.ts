/**
 * TEMPORARY stand-in for `parseActReference` of pipeline/extract/act (written in parallel by the
 * act-header helper): reads "постановлением акимата … от 4 августа 2015 года № 204" /
 * "… әкімдігінің 2015 жылғы 4 тамыздағы № 204 қаулысымен" into an act key. The region falls back to
 * the context (the carrying act's region). Replace with the real parser when it lands.
 */
import type { Language } from '../../../schemas/gold.ts';

export interface ActReferenceContext {
  region?: string | null;
  issuer?: string | null;
}

export interface ActReference {
  key: string;
  start: number;
  end: number;
}

const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

function monthOf(word: string, lang: Language): number | null {
  const w = word.toLowerCase();
  const list = lang === 'kk' ? KK_MONTHS : RU_MONTHS;
  let best = -1;
  let len = 0;
  list.forEach((stem, i) => {
    if (w.startsWith(stem) && stem.length > len) {
      best = i;
      len = stem.length;
    }
  });
  return best >= 0 ? best + 1 : null;
}

function issuerOf(text: string): string | null {
  if (/акимат|әкімдік|әкімдіг/iu.test(text)) return 'akimat';
  if (/маслихат|мәслихат/iu.test(text)) return 'maslikhat';
  if (/правительств|үкімет/iu.test(text)) return 'government';
  if (/министр/iu.test(text)) return 'ministry';
  if (/аким|әкім/iu.test(text)) return 'akim';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function parseActReferenceStandIn(text: string, lang: Language, context: ActReferenceContext = {}): ActReference | null {
  let date: string | null = null;
  let at = -1;
  const numeric = /(\d{2})\.(\d{2})\.(\d{4})/u.exec(text);
  if (lang === 'kk') {
    const m = /(\d{4})\s+жылғы\s+(\d{1,2})\s+(\p{L}+)/u.exec(text);
    if (m) {
      const mon = monthOf(m[3], lang);
      if (mon) date = `${m[1]}-${pad(mon)}-${pad(Number(m[2]))}`;
      at = m.index;
    }
  } else {
    const m = /(\d{1,2})\s+(\p{L}+)\s+(\d{4})\s+года/u.exec(text);
    if (m) {
      const mon = monthOf(m[2], lang);
      if (mon) date = `${m[3]}-${pad(mon)}-${pad(Number(m[1]))}`;
      at = m.index;
    }
  }
  if (!date && numeric) {
    date = `${numeric[3]}-${numeric[2]}-${numeric[1]}`;
    at = numeric.index;
  }
  const num = /№\s*([\p{L}\d/-]+)/u.exec(text);
  if (!date || !num) return null;
  const issuer = issuerOf(text.slice(0, at)) ?? context.issuer ?? null;
  if (!issuer) return null;
  // National bodies have no region; a local body's region is the context's.
  const region = issuer === 'government' || issuer === 'ministry' ? '-' : context.region ?? '-';
  return { key: `${issuer}|${region}|${date}|${num[1]}`, start: 0, end: text.length };
}
