/**
 * `npx tsx scripts/bench-pathological.ts [--from 128] [--to 4096] [--kinds a,b] [--repeat 2]`
 *
 * Extraction time against paragraph length on ten kinds of pathological text: each kind repeats one
 * fragment into a paragraph of --from KiB, doubling up to --to KiB, inserted into the steps section of a
 * corpus reglament (so every extractor of the reglament and of the act sees it). For each kind it prints
 * the time per size and the growth exponent: the least-squares slope of log(time) against log(size);
 * 1 is linear, 2 quadratic. Each time is the fastest of --repeat runs. It prints figures and asserts
 * nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractBytes } from '../pipeline/extract-file.ts';

const ROOT = new URL('../', import.meta.url).pathname;

/** A host document and the line after which the paragraph goes (the first step of its first reglament). */
interface Host {
  file: string;
  after: RegExp;
}
const RU: Host = { file: 'corpus/000_1599c89bdcad9835.txt', after: /^\s*1\) работник услугодателя:\s*$/m };
const KK: Host = { file: 'corpus/001_ad9c0be88298471a.txt', after: /^1\) көрсетілетін қызметті беруші.*$/m };

interface Kind {
  name: string;
  host: Host;
  fragment: string;
  /** Wrap the paragraph into lines of this many characters, as a PDF's text layer does. */
  wrap?: number;
}

const KINDS: Kind[] = [
  { name: 'spelled-day-wrapped', host: RU, fragment: '1 (один) рабочий день, ', wrap: 70 },
  { name: 'number-words-no-unit', host: RU, fragment: 'в течение 1 (одного) часа, ' },
  { name: 'displaced-units', host: RU, fragment: 'в часа. течение 1 (одного) ' },
  { name: 'bare-numbers', host: RU, fragment: '15 3 0 0,5 18.00 ' },
  { name: 'number-words-spelled', host: RU, fragment: 'одного двух трех рабочих дней ' },
  { name: 'kazakh-working-days', host: KK, fragment: '2 (екі) жұмыс күні, күнтізбелік ', wrap: 80 },
  { name: 'act-references', host: RU, fragment: 'постановление акимата области от 4 августа 2015 года № 204 "Об утверждении ', wrap: 75 },
  { name: 'unclosed-quotes-parens', host: RU, fragment: '«регламент (услуги "выдача ( ' },
  { name: 'role-steps', host: RU, fragment: '1) работник услугодателя принимает документы; 2) руководитель услугодателя – ' },
  { name: 'one-long-word', host: RU, fragment: 'услугодателяуслугополучателя' },
];

function hostText(host: Host): { before: string; after: string } {
  const text = readFileSync(join(ROOT, host.file), 'utf8');
  const m = host.after.exec(text);
  if (!m) throw new Error(`${host.file}: no line matches ${host.after}`);
  const cut = m.index + m[0].length + 1;
  return { before: text.slice(0, cut), after: text.slice(cut) };
}

function paragraph(kind: Kind, bytes: number): string {
  const size = Buffer.byteLength(kind.fragment);
  const flat = kind.fragment.repeat(Math.ceil(bytes / size));
  if (!kind.wrap) return flat;
  const lines: string[] = [];
  for (let i = 0; i < flat.length; i += kind.wrap) lines.push(flat.slice(i, i + kind.wrap));
  return lines.join('\n');
}

async function timeOnce(bytes: Buffer): Promise<number> {
  const t0 = process.hrtime.bigint();
  await extractBytes('pathological.txt', bytes);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The least-squares slope of log(y) against log(x). */
function growthExponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', default: '128' },
      to: { type: 'string', default: '4096' },
      kinds: { type: 'string' },
      repeat: { type: 'string', default: '2' },
    },
  });
  const from = Number(values.from) * 1024;
  const to = Number(values.to) * 1024;
  const repeat = Number(values.repeat);
  const only = values.kinds?.split(',');
  const kinds = only ? KINDS.filter((k) => only.includes(k.name)) : KINDS;
  const sizes: number[] = [];
  for (let s = from; s <= to; s *= 2) sizes.push(s);
  console.log(`kind                      ${sizes.map((s) => `${s / 1024} KiB`.padStart(10)).join('')}  exponent`);
  const exponents: number[] = [];
  for (const kind of kinds) {
    const host = hostText(kind.host);
    await timeOnce(Buffer.from(host.before + paragraph(kind, sizes[0]) + '\n' + host.after)); // warm-up
    const times: number[] = [];
    for (const size of sizes) {
      const bytes = Buffer.from(host.before + paragraph(kind, size) + '\n' + host.after);
      let best = Infinity;
      for (let r = 0; r < repeat; r++) best = Math.min(best, await timeOnce(bytes));
      times.push(best);
    }
    const exponent = growthExponent(sizes, times);
    exponents.push(exponent);
    console.log(`${kind.name.padEnd(26)}${times.map((t) => `${t.toFixed(0)} ms`.padStart(10)).join('')}  ${exponent.toFixed(2)}`);
  }
  console.log(`largest growth exponent: ${Math.max(...exponents).toFixed(2)}`);
}

await main();
