/** Procedure steps of Kazakh reglaments. */
import type { ProcedureBlock } from '../../structure/index.ts';
import { extractProcedures } from '../reglament/steps.ts';
import { locale } from './reglament.ts';

export const extractSteps = (text: string, blocks: ProcedureBlock[]) => extractProcedures(text, blocks, locale);
