import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { readBytes } from '../../pipeline/read/index.ts';
import { corpusPath } from '../helpers/corpus.ts';

// A real header paragraph of the corpus (002), without "№", which KOI8-R cannot encode.
const header = readFileSync(corpusPath('002'), 'utf8').split('\n').slice(1, 3).join('\n');

describe('decoding text files', () => {
  it('the sample is real Russian text', () => {
    expect(header).toContain('Об утверждении регламентов государственных услуг');
  });

  for (const [enc, bom] of [['utf-8', true], ['utf-16le', true], ['utf-16be', true], ['windows-1251', false], ['koi8-r', false]] as const) {
    it(`decodes ${enc}${bom ? ' with BOM' : ''}`, async () => {
      const bytes = iconv.encode(header, enc, { addBOM: bom });
      const doc = await readBytes(`header.${enc}.txt`, bytes);
      expect(doc.source).toBe(header);
      expect(doc.notes.join(' ')).toContain(enc === 'utf-8' ? 'utf-8 with BOM' : enc);
    });
  }

  it('refuses binary formats naming what it saw', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expect(readBytes('scan.txt', png)).rejects.toThrow('scan.txt: unsupported format: PNG image');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    await expect(readBytes('act.txt', zip)).rejects.toThrow(/act\.txt: unsupported format: ZIP archive/);
    // A .docx is read as Word; a broken one says so rather than naming the container.
    await expect(readBytes('act.docx', zip)).rejects.toThrow(/act\.docx: damaged or not a Word document/);
  });

  it('refuses empty and whitespace-only files', async () => {
    await expect(readBytes('blank.txt', new TextEncoder().encode(' \n\t\n'))).rejects.toThrow('blank.txt: empty document');
    await expect(readBytes('zero.txt', new Uint8Array())).rejects.toThrow('zero.txt: empty document');
  });
});

describe('single-byte texts that are not Cyrillic, or DOS Cyrillic', () => {
  it('refuses Latin-1 instead of reading its accents as Cyrillic', async () => {
    const bytes = iconv.encode('Café résumé naïve façade déjà vu, élève à côté, très bien reçu', 'latin1');
    await expect(readBytes('fr.txt', bytes)).rejects.toThrow(/fr\.txt: unsupported text encoding \(detected: ISO-8859-1\)/);
  });

  it('reads DOS CP866 Russian', async () => {
    const doc = await readBytes('dos.txt', iconv.encode(header, 'cp866'));
    expect(doc.source).toBe(header);
    expect(doc.notes).toEqual(['encoding: cp866']);
  });
});
