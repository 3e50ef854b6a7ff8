/**
 * The text locales' compound patterns: the compounds whose hyphen stays at a line end, and the soft
 * hyphenations of single words they must leave alone.
 */
import { localeOf } from '../../pipeline/locales/index.ts';
import { describePatterns } from './pattern-table.ts';

describePatterns('Russian text patterns', localeOf('ru').text, {
  'hyphenation.compound': {
    matches: ['социально-трудовой', 'санаторно-курортным', 'медико-социальной', 'протезно-ортопедической', 'северо-казахстанской'],
    rejects: ['кото-рой', 'располо-женного', 'руково-дителя', 'государст-венной', 'социально-экономическая-'],
  },
});

describePatterns('Kazakh text patterns', localeOf('kk').text, {
  'hyphenation.compound': {
    matches: ['әлеуметтік-еңбек', 'ақпараттық-коммуникациялық', 'жер-су', 'іс-қимыл', 'өзін-өзі'],
    rejects: ['орталық-тарымен', 'қызмет-кері', 'көрсетілетін-дей', 'мемлекеттік-те'],
  },
});
