/**
 * The PDF engine (pdf-parse and the pdf.js it runs on), loaded on first use and kept from slowing
 * down the rest of the process.
 *
 * Why: on Node 20 pdf-parse needs pdf.js's legacy build, whose bundled core-js does not only add
 * missing built-ins but also *replaces* native ones it finds not quite spec-conformant, for every
 * caller in the thread: Array.prototype.push, JSON.parse and Function.prototype.toString become
 * JavaScript polyfills, several times slower. Every push of the normalizer and every JSON.parse of
 * the store would pay for it, even in a batch without a single PDF.
 *
 * Guarantees: nothing PDF-related is loaded until a PDF is read; after `withPdfEngine` returns, every
 * property of the language's built-in objects that existed before it is again the native one
 * (additions such as Promise.withResolvers stay: pdf.js needs them). pdf.js imports its worker code
 * lazily on the first document, so the natives are restored after each use, not just after loading.
 */
type PdfParseModule = typeof import('pdf-parse');
type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfEngine {
  pdfParse: PdfParseModule;
  pdfjs: PdfjsModule;
}

/** The intrinsics whose existing properties must stay native (globals like DOMException are left alone). */
const GUARDED: object[] = [
  Object, Object.prototype, Function.prototype, Array, Array.prototype, String, String.prototype,
  Number, Number.prototype, Math, JSON, RegExp, RegExp.prototype, Map, Map.prototype, Set, Set.prototype,
  Promise, Promise.prototype, Symbol, Symbol.prototype, ArrayBuffer, ArrayBuffer.prototype, Reflect,
  Object.getPrototypeOf(Uint8Array), Object.getPrototypeOf(Uint8Array.prototype), Uint8Array, Uint8Array.prototype,
];

type Snapshot = Array<[object, PropertyKey, PropertyDescriptor]>;

function snapshot(): Snapshot {
  const out: Snapshot = [];
  for (const target of GUARDED) {
    for (const key of Reflect.ownKeys(target)) out.push([target, key, Object.getOwnPropertyDescriptor(target, key)!]);
  }
  return out;
}

function restore(saved: Snapshot): void {
  for (const [target, key, before] of saved) {
    const now = Object.getOwnPropertyDescriptor(target, key);
    if (now && now.value === before.value && now.get === before.get && now.set === before.set) continue;
    if (now && !now.configurable) continue; // cannot be put back; core-js only replaces configurable ones
    Object.defineProperty(target, key, before);
  }
}

let natives: Snapshot | undefined;
let loading: Promise<PdfEngine> | undefined;

/** Runs `use` with the PDF engine loaded, then puts back every native built-in it replaced. */
export async function withPdfEngine<T>(use: (engine: PdfEngine) => Promise<T>): Promise<T> {
  natives ??= snapshot();
  loading ??= Promise.all([import('pdf-parse'), import('pdfjs-dist/legacy/build/pdf.mjs')]).then(([pdfParse, pdfjs]) => ({ pdfParse, pdfjs }));
  try {
    return await use(await loading);
  } finally {
    restore(natives);
  }
}
