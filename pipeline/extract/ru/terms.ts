/** The term of service in Russian reglaments (channels from pipeline/lexicon/channels.json, "ru" forms). */
import type { TermBlock } from '../../structure/index.ts';
import { extractTerms as terms } from '../reglament/terms.ts';

export const extractTerms = (text: string, blocks: TermBlock[]) => terms(text, 'ru', blocks);
