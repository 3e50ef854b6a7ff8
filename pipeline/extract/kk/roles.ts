/** Participant roles in Kazakh reglament text (pipeline/lexicon/roles.json, "kk" forms). */
import { landmarks } from '../../structure/landmarks.ts';
import { rolesOfListItem, stepActor as actor } from '../reglament/roles.ts';

export const stepActor = (text: string, bodyStart: number, end: number) => actor(text, 'kk', bodyStart, end);
export const listItemRoles = (text: string, from: number, to: number) => rolesOfListItem(text, 'kk', from, to, landmarks('kk').alternatives);
