/** Russian words as written: the compounds whose hyphen stays when a line break falls on it. */
import type { TextLocale } from '../text-locale.ts';

/**
 * An adjective compounded from an adverb-like first part in -но/-ко/-во/-ро and a full adjective
 * ("социально-трудовой", "санаторно-курортным", "медико-социальной", "Северо-Казахстанской"); the second
 * part has a stem of at least three letters before its case ending, so a soft break before an ending
 * ("кото-рой") or inside a participle ("располо-женного") is no compound.
 */
const ADJECTIVE_COMPOUND = /^\p{L}{3,}[нквр]о-\p{L}{3,}(?:ой|ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими)$/iu;

export const text: TextLocale = { hyphenation: { compound: ADJECTIVE_COMPOUND } };
