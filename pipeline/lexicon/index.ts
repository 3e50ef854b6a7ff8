/**
 * Loads the lexicon data files (pipeline/lexicon/*.json), validates each against its zod schema
 * (schemas/lexicon.ts) once, and hands the typed data to the extractors. A lexicon that does not
 * validate throws a LexiconError (a UserError) naming the file and the failing path.
 */
import { z } from 'zod';
import {
  ActsLexicon, AmendmentsLexicon, MonthsLexicon, RegionsLexicon,
  ChannelsLexicon, DurationRelationsLexicon, NumeralsLexicon, RoleLabelsLexicon, RolesLexicon, UnitsLexicon,
} from '../../schemas/lexicon.ts';
import { UserError } from '../shared/user-error.ts';
import unitsJson from './units.json' with { type: 'json' };
import numeralsJson from './numerals.json' with { type: 'json' };
import channelsJson from './channels.json' with { type: 'json' };
import rolesJson from './roles.json' with { type: 'json' };
import monthsJson from './months.json' with { type: 'json' };
import regionsJson from './regions.json' with { type: 'json' };
import actsJson from './acts.json' with { type: 'json' };
import amendmentsJson from './amendments.json' with { type: 'json' };
import durationRelationsJson from './duration-relations.json' with { type: 'json' };
import roleLabelsJson from './role-labels.json' with { type: 'json' };

/** A lexicon file that does not validate: the CLI prints its one line, naming the file and the path. */
export class LexiconError extends UserError {
  constructor(file: string, reason: string) {
    super(`pipeline/lexicon/${file}: ${reason}`);
  }
}

export function loadLexicon<T extends z.ZodTypeAny>(file: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LexiconError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// ---- reglament lexicons ----
export const unitsLexicon = lazy(() => loadLexicon('units.json', UnitsLexicon, unitsJson));
export const numeralsLexicon = lazy(() => loadLexicon('numerals.json', NumeralsLexicon, numeralsJson));
export const channelsLexicon = lazy(() => loadLexicon('channels.json', ChannelsLexicon, channelsJson));
export const rolesLexicon = lazy(() => loadLexicon('roles.json', RolesLexicon, rolesJson));
export const durationRelationsLexicon = lazy(() => loadLexicon('duration-relations.json', DurationRelationsLexicon, durationRelationsJson));
export const roleLabelsLexicon = lazy(() => loadLexicon('role-labels.json', RoleLabelsLexicon, roleLabelsJson));

// ---- act lexicons ----
export const monthsLexicon = lazy(() => loadLexicon('months.json', MonthsLexicon, monthsJson));
export const regionsLexicon = lazy(() => loadLexicon('regions.json', RegionsLexicon, regionsJson));
export const actsLexicon = lazy(() => loadLexicon('acts.json', ActsLexicon, actsJson));
export const amendmentsLexicon = lazy(() => loadLexicon('amendments.json', AmendmentsLexicon, amendmentsJson));
