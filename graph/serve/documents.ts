/**
 * The texts behind the facts: a stored document's source text, read from the file it was extracted
 * from (the path the store recorded, relative to the folder the run started in), decoded by the same
 * reader as the pipeline, so the facts' character spans and quotes index it exactly.
 * Guarantees: a document the store does not hold is `undefined` (the caller answers 404); a file that
 * is gone or changed since it was extracted is an error naming the file and the reason.
 */
import { resolve } from 'node:path';
import { readDocument } from '../../pipeline/read/index.ts';
import type { DocumentText } from '../../schemas/serve.ts';
import type { QueryModel } from '../queries/model.ts';

export class DocumentUnavailable extends Error {}

/** Reads texts on demand and keeps the last few (an analyst pages through one or two acts at a time). */
export class DocumentTexts {
  private readonly cache = new Map<string, Promise<string>>();
  private readonly byName: Map<string, QueryModel['documents'][number]>;
  constructor(model: QueryModel, private readonly baseDir = process.cwd(), private readonly keep = 16) {
    this.byName = new Map(model.documents.map((d) => [d.name, d]));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  private text(name: string, path: string): Promise<string> {
    let t = this.cache.get(name);
    if (!t) {
      t = readDocument(resolve(this.baseDir, path)).then((d) => d.source).catch((e: Error) => {
        this.cache.delete(name);
        throw new DocumentUnavailable(`the text of ${name} cannot be read from ${path}: ${e.message}`);
      });
      this.cache.set(name, t);
      if (this.cache.size > this.keep) this.cache.delete(this.cache.keys().next().value!);
    }
    return t;
  }

  /** The text, with the span or the quote asked for located (a span past the text's end is not). */
  async get(name: string, want: { quote?: string; start?: number; end?: number } = {}): Promise<DocumentText | undefined> {
    const doc = this.byName.get(name);
    if (!doc) return undefined;
    const text = await this.text(name, doc.path);
    const highlight = want.start !== undefined && want.end !== undefined ? spanAt(text, want.start, want.end)
      : want.quote ? locate(text, want.quote) : null;
    return { name, language: doc.language, act: doc.act, text, highlight };
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where a quote stands in a text: its first occurrence and the 1-based line it starts on. */
export function locate(text: string, quote: string): DocumentText['highlight'] {
  const start = text.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length, line: lineAt(text, start) };
}

/** A span of the text with the line it starts on; null when it does not lie within the text. */
export function spanAt(text: string, start: number, end: number): DocumentText['highlight'] {
  return end <= text.length ? { start, end, line: lineAt(text, start) } : null;
}
