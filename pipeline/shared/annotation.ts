/**
 * The one annotation type every extractor returns (LexNLP's idea): a value and the span of the
 * normalized text it was read from. The assemble stage turns the span into source provenance.
 */
export interface Annotation<T> {
  value: T;
  /** Offsets into the normalized text (NormalizedDocument.text). */
  start: number;
  end: number;
}

export function annotate<T>(value: T, start: number, end: number): Annotation<T> {
  return { value, start, end };
}
