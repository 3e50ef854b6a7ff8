/** The Russian locale of reglament extraction: this language's matchers. */
import type { ReglamentLocale } from '../reglament/locale.ts';
import { findDurations } from './durations.ts';
import { listItemRoles, stepActor } from './roles.ts';
import { extractTerms } from './terms.ts';

export const locale: ReglamentLocale = { lang: 'ru', findDurations, stepActor, listItemRoles, extractTerms };
