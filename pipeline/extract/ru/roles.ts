/** Participant roles in Russian reglament text (pipeline/lexicon/roles.json, "ru" forms). */
import { landmarks } from '../../structure/landmarks.ts';
import { rolesOfListItem, stepActor as actor } from '../reglament/roles.ts';

export const stepActor = (text: string, bodyStart: number, end: number) => actor(text, 'ru', bodyStart, end);
export const listItemRoles = (text: string, from: number, to: number) => rolesOfListItem(text, 'ru', from, to, landmarks('ru').alternatives);
