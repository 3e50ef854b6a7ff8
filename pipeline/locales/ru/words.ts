/**
 * Russian words: natural's Porter stemmer for Russian, so case endings fall away when two names of a
 * service are compared. Loaded on its own: natural's index loads its storage back-ends, which print
 * dotenv banners on stdout and would corrupt --format json.
 */
import { createRequire } from 'node:module';
import { fromPackage } from '../../shared/package-root.ts';

const require = createRequire(fromPackage('package.json'));
const PorterStemmerRu: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer_ru.js');

export const stem = (word: string): string => PorterStemmerRu.stem(word);
