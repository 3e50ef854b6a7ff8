/**
 * Reading what operators actually have: all-caps text in a single-byte Cyrillic code page, UTF-8 with
 * one damaged byte or an encoded lone surrogate, UTF-16 without a BOM, a PDF with bytes before its
 * header. Each on a real corpus text, checked by the facts extracted from it.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBytes } from '../../pipeline/read/index.ts';
import { extractBytes } from '../../pipeline/extract-file.ts';
import { corpusPath } from '../helpers/corpus.ts';

// A real header paragraph of the corpus (002), without "№", which KOI8-R cannot encode.
const header = readFileSync(corpusPath('002'), 'utf8').split('\n').slice(1, 3).join('\n');
const doc000 = readFileSync(corpusPath('000'), 'utf8');

describe('single-byte Cyrillic code pages, any letter case', () => {
  for (const enc of ['windows-1251', 'koi8-r'] as const) {
    for (const [label, text] of [['all caps', header.toUpperCase()], ['lowercase', header.toLowerCase()], ['as written', header]] as const) {
      it(`${enc}, ${label}`, async () => {
        const doc = await readBytes(`header.${enc}.txt`, iconv.encode(text, enc));
        expect(doc.source).toBe(text);
        expect(doc.notes).toContain(`encoding: ${enc}`);
      });
    }
  }

  it('an all-caps Windows-1251 act yields its facts', async () => {
    const caps = doc000.replace(/№/g, 'N').toUpperCase();
    const r = await extractBytes('caps.txt', iconv.encode(caps, 'windows-1251'));
    expect(r.diagnostics.find((d) => d.ruleId === 'read/note')?.message).toBe('encoding: windows-1251');
    expect(r.language).toBe('ru');
    expect(r.reglaments.length).toBeGreaterThan(0);
  });
});

describe('damaged Unicode', () => {
  it('one invalid byte in UTF-8: U+FFFD in its place, exact provenance, a warning with the byte offset', async () => {
    const good = Buffer.from(doc000, 'utf8');
    const at = good.indexOf(Buffer.from('Западно-Казахстанской', 'utf8'));
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    const r = await extractBytes('damaged.txt', bad);
    const warning = r.diagnostics.find((d) => d.ruleId === 'read/invalid-bytes');
    expect(warning).toMatchObject({ severity: 'warning', message: `invalid UTF-8 sequence replaced by U+FFFD at byte offset ${at}` });
    expect(r.act?.number).toBe('142');
    expect(r.reglaments).toHaveLength(5);
    // The source is the file's text with U+FFFD where the byte was; every span quotes it exactly.
    const before = good.subarray(0, at).toString('utf8');
    const source = before + '\ufffd' + doc000.slice(before.length);
    expect((await readBytes('damaged.txt', bad)).source).toBe(source);
    const spans: Array<{ start: number; end: number; quote: string }> = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (typeof v === 'object' && v !== null) {
        const o = v as Record<string, unknown>;
        if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.quote === 'string') spans.push(o as never);
        else Object.values(o).forEach(collect);
      }
    };
    collect(r);
    expect(spans.length).toBeGreaterThan(100);
    expect(spans.filter((x) => source.slice(x.start, x.end) !== x.quote)).toEqual([]);
  });

  it('an encoded lone surrogate in UTF-8 is replaced too, one warning naming its offset', async () => {
    const good = Buffer.from(header, 'utf8');
    const bad = Buffer.concat([good.subarray(0, 9), Buffer.from([0xed, 0xa0, 0x80]), good.subarray(9)]);
    const doc = await readBytes('surrogate.txt', bad);
    expect(doc.source).toBe(header.slice(0, 5) + '\ufffd\ufffd\ufffd' + header.slice(5));
    expect(doc.warnings).toEqual([{ ruleId: 'read/invalid-bytes', message: 'invalid UTF-8 sequence replaced by U+FFFD at byte offsets 9, 10, 11' }]);
  });

  it('a lone surrogate in UTF-16 becomes U+FFFD at the same character offset', async () => {
    const units = iconv.encode(header, 'utf-16le', { addBOM: true });
    const bad = Buffer.concat([units.subarray(0, 12), Buffer.from([0x00, 0xd8]), units.subarray(12)]);
    const doc = await readBytes('surrogate16.txt', bad);
    expect(doc.source).toBe(header.slice(0, 5) + '\ufffd' + header.slice(5));
    expect(doc.warnings).toEqual([{ ruleId: 'read/invalid-bytes', message: 'invalid UTF-16 unit (lone surrogate) replaced by U+FFFD at byte offset 12' }]);
  });
});

describe('UTF-16 without a BOM', () => {
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    it(`${enc}: told by its zero bytes, the act's facts extracted`, async () => {
      const r = await extractBytes(`act.${enc}.txt`, iconv.encode(doc000, enc, { addBOM: false }));
      expect(r.diagnostics.find((d) => d.ruleId === 'read/note')?.message).toBe(`encoding: ${enc} (no byte order mark)`);
      expect(r.act?.number).toBe('142');
      expect(r.reglaments).toHaveLength(5);
    });
  }
});

describe('a PDF with bytes before its header', () => {
  const pdf = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pdf', '004_175c6b83b6895c2f.pdf'));
  it('up to 1,024 leading bytes: read as the PDF it is', async () => {
    const junk = Buffer.alloc(1000, 'x');
    const doc = await readBytes('prefixed.pdf', Buffer.concat([junk, pdf]));
    expect(doc.format).toBe('pdf');
    expect(doc.source).toContain('№ 564');
  });
});
