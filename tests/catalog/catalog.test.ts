/**
 * The service catalog: the data file, matching across languages and wordings, and the link of every
 * reglament of the real corpus extraction.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../graph/catalog/catalog.ts';
import { rowsOf } from '../../graph/queries/embedded-source.ts';
import { corpusResults } from '../queries/corpus.ts';

const catalog = Catalog.load();

describe('service catalog', () => {
  it('links the Russian and Kazakh names of one service', () => {
    expect(catalog.match('Присвоение статуса оралмана', 'ru').serviceId).toBe(catalog.match('Оралман мәртебесін беру', 'kk').serviceId);
    const ids = new Set([
      catalog.match('Выдача направлений лицам на участие в активных формах содействия занятости', 'ru'),
      catalog.match('Выдача направлений лицам на участие в активных мерах содействия занятости', 'ru'),
      catalog.match('Адамдарға жұмыспен қамтуға жәрдемдесудің белсенді нысандарына қатысуға жолдамалар беру', 'kk'),
      catalog.match('Адамдарға жұмыспен қамтуға жәрдемдесудің белсенді шараларына қатысуға жолдамалар беру', 'kk'),
    ].map((m) => m.serviceId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toBeNull();
  });

  it('matches inflected and re-punctuated names by stem, and small variations by string distance', () => {
    expect(catalog.match('Регистрация лиц ищущих работу в качестве безработного', 'ru'))
      .toMatchObject({ serviceId: 'jobseeker-registration-as-unemployed', method: 'stem' });
    expect(catalog.match('«Выдача направлений лицам на участие в активных мерах содействия занятости населения»', 'ru'))
      .toMatchObject({ serviceId: 'active-employment-measures', method: 'fuzzy' });
  });

  it('keeps distinct services apart and reports an unknown name as unmatched', () => {
    expect(catalog.match('Регистрация лиц, ищущих работу', 'ru').serviceId)
      .not.toBe(catalog.match('Регистрация лиц, ищущих работу, в качестве безработных', 'ru').serviceId);
    expect(catalog.match('Выдача архивных справок', 'ru')).toMatchObject({ serviceId: null, method: 'unmatched' });
    expect(catalog.idFor('Выдача архивных справок', 'ru')).toBe('unmatched:выдача архивных справок');
  });

  it('names the file and the reason for a bad catalog file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zangraph-catalog-'));
    const bad = join(dir, 'services.json');
    await writeFile(bad, JSON.stringify({ version: 1, services: [{ id: 'x', ru: ['А'], kk: [] }, { id: 'y', ru: ['а'], kk: [] }] }));
    expect(() => Catalog.load(bad)).toThrow(new RegExp(`${bad}.*names both x and y`));
    await writeFile(bad, '{"version": 2}');
    expect(() => Catalog.load(bad)).toThrow(new RegExp(`${bad}: not a service catalog`));
  });

  it('links every reglament of the corpus extraction to a catalog service', async () => {
    const { reglaments } = rowsOf(await corpusResults());
    expect(reglaments.length).toBeGreaterThanOrEqual(33);
    const links = catalog.link(reglaments);
    expect(links.filter((l) => !l.serviceId).map((l) => `${l.document}#${l.reglament} ${l.name}`)).toEqual([]);
    // The Kostanay Kazakh text and the West Kazakhstan Russian text of the oralman service meet.
    const oralman = links.filter((l) => l.serviceId === 'oralman-status').map((l) => l.language);
    expect(new Set(oralman)).toEqual(new Set(['ru', 'kk']));
  }, 120_000);
});
