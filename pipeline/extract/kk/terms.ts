/** The term of service in Kazakh reglaments (channels from pipeline/lexicon/channels.json, "kk" forms). */
import type { TermBlock } from '../../structure/index.ts';
import { extractTerms as terms } from '../reglament/terms.ts';

export const extractTerms = (text: string, blocks: TermBlock[]) => terms(text, 'kk', blocks);
