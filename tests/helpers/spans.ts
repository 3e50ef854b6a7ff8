/** Test helper: every provenance span ({start, end, quote}) anywhere in an extraction result, with its path. */
export interface SpanLike { start: number; end: number; quote: string }

const isSpan = (v: unknown): v is SpanLike =>
  typeof v === 'object' && v !== null && typeof (v as SpanLike).start === 'number' && typeof (v as SpanLike).end === 'number' && typeof (v as SpanLike).quote === 'string';

export function collectSpans(v: unknown, path = '', out: Array<[string, SpanLike]> = []): Array<[string, SpanLike]> {
  if (isSpan(v)) out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => collectSpans(x, `${path}[${i}]`, out));
  else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) collectSpans(x, `${path}.${k}`, out);
  return out;
}
