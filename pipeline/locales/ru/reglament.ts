/**
 * The Russian reglament locale: the landmarks of "Регламент государственной услуги "…"" and the
 * operative verbs of the act that approves it. Each pattern's comment quotes what it is written for.
 */
import type { ReglamentLocale } from '../reglament-locale.ts';

/** "Регламент государственной услуги", "Регламент оказания электронной государственной услуги". */
const TITLE = /Регламент(?!\p{L})\s+(?:оказания\s+)?(?:электронн\p{L}*\s+)?государственн\p{L}*\s+услуги\s*/iu;

/** "Приложение 2 к постановлению", "Приложение № 1 к решению"; group 1: the number. */
const APPENDIX_LABEL = /Приложение\s*(?:№\s*)?(\d+)?\s+к\s+(?:постановлению|решению|приказу)/iu;

/** "Утвержден постановлением акимата … от … № 123" (case-sensitive like the Kazakh stamp, which needs capitals; its first letter is listed in both cases). */
const STAMP = /[Уу]твержден\p{L}*\s+(?:постановлением|решением|приказом)[^№]{0,300}?№\s*[\p{L}\d\/-]+/u;

/** "1. Государственная услуга ", "1. Услугодателем государственной услуги ", "1. Наименование государственной услуги: ". */
const SERVICE_DEFINITION = /^1\s*\.\s*(?:(?:Электронная\s+)?государственная\s+услуга|Услугодател\p{L}*\s+(?:электронной\s+)?государственной\s+услуги|Наименование\s+(?:электронной\s+)?государственной\s+услуги\s*[:–—-]?)\s*/iu;

/** A name without its closing quote ends at "(далее – …)" or at the end of the sentence. */
const UNCLOSED_NAME_END = /\(\s*далее|\.\s*$/iu;

/** "1. Общие положения", "Глава 1. Общие положения", "Раздел 1 Общие положения". */
const GENERAL_SECTION = /(?:(?:Глава|Раздел)\s+)?1\s*\.?\s*Общие\s+положения/iu;

/** "2. Описание порядка действий структурных подразделений …". */
const PROCEDURE_SECTION = /^(?:(?:Глава|Раздел)\s+)?2\s*\.?\s*Описание\s+порядка\s+действий/iu;

/** "3. Описание порядка взаимодействия структурных подразделений …". */
const PARTICIPANTS_SECTION = /^(?:(?:Глава|Раздел)\s+)?3\s*\.?\s*Описание\s+порядка\s+взаимодействия/iu;

/** "4. Описание порядка использования информационных систем …", "5. Иные требования …", "Особенности …". */
const LATER_SECTION = /^(?:(?:Глава|Раздел)\s+)?[4-9]\s*\.?\s*(?:Описание\s+порядка|Иные\s+требования|Особенности)/iu;

/** "Сноска. Пункт 6 - в редакции …", "Примечание РЦПИ. …". */
const EDITORIAL_NOTE = /^(?:Сноска|Примечание\s+(?:РЦПИ|ИЗПИ))\s*[.!]/iu;

/** "Содержание каждой процедуры (действия)", "Описание процедур". */
const PROCEDURE_POINT = /(?:Содержание|Описание)\s+(?:каждой\s+)?процедур/iu;

/** "1)", "действие 2 –", "процедура (действие) 3:"; the number is in group 1, 2 or 3. */
const STEP_MARKER = /^["«»“”„]?\s?(?:(\d{1,2})\s*\)|действие\s+(\d{1,2})\s*[:–—.-]|процедура(?:\s*\(действие\))?\s+(\d{1,2})\s*[:–—.-])\s*/iu;

/** "При присвоении статуса оралмана:", "в случае обращения через портал:" (case-sensitive: its openers are listed in the two cases a variant heading is written in). */
const VARIANT_HEADING = /^(?:При|при|В\s+случае|в\s+случае|Через|через)\s.{3,200}:$/u;

/** "Перечень структурных подразделений (работников) услугодателя, которые участвуют …". */
const PARTICIPANTS_POINT = /Перечень\s+(?:структурных\s+подразделений|работников|сотрудников|должностных)/iu;

/** "специалист канцелярии или специалист сельского округа", "…, …". */
const ALTERNATIVES = /\s(?:или|либо)\s|,\s/iu;

/** "Срок оказания государственной услуги", "Сроки оказания". */
const TERM_POINT = /Срок\p{L}*\s+оказания/iu;

/** "Срок … продлевается", "приостанавливается", "не входит в срок". */
const TERM_NOT_A_STATEMENT = /продлева|приостанавлива|не\s+входит/iu;

/** "максимально допустимое время ожидания для сдачи пакета документов". */
const TERM_WAIT = /время\s+ожидания/iu;

/** "максимально допустимое время обслуживания". */
const TERM_SERVICE = /время\s+обслуживания/iu;

/** "-ти", "-х", "-ми" after digits ("15-ти минут", "2-х рабочих дней", "5-ми"): read with the number. */
const DIGIT_ENDING = /-(?:ти|х|и|ух|ех|ёх|ми)(?!\p{L})/iu;

/** "в течение" / "в" / "на" before a unit the PDF moved ahead of its number: "в часа. течение 1 (одного)". */
const DISPLACED_UNIT_LEAD = /(?:^|\s)(?:в|на|течение)\s*$/iu;

/** "изложить в новой редакции". */
const NEW_WORDING = /изложить\s+в\s+(?:новой\s+)?редакции/iu;

/** "дополнить приложением 3". */
const ADDED = /дополнить/iu;

/** "Утвердить прилагаемые регламенты". */
const APPROVED = /Утвердить/iu;

/** "приложению 1 к настоящему", "приложениям 2, 3 и 5 к настоящему"; group 1: the number list. */
const APPENDIX_REF = /приложени\p{L}*\s+(?:((?:\d+\s*(?:,|и|[–—-])\s*)*\d+)\s+)?к\s+настоящему/iu;

/** "2, 3 и 5": commas and "и" (a "1 - 4" range stays one piece). */
const APPENDIX_LIST_SEPARATOR = /\s*(?:,|(?<!\p{L})и(?!\p{L}))\s*/iu;

/** "регламент", "регламенты", "регламентов". */
const REGLAMENT_WORD = /регламент/iu;

/**
 * "ветеринарный врач", "главный специалист отдела": the whole text between a step's start and its
 * organization ("… услугодателя") is a nominative position: up to two adjectives (-ый/-ий/-ой), a noun
 * ending in a consonant (no verb: "-ет", "-ит", "-ть"; no oblique case: "руководителю", "проверка"), and
 * up to two genitive words ("отдела", "управления").
 */
const UNKNOWN_POSITION = /^\s*((?:\p{Ll}+(?:ый|ий|ой)\s+){0,2}\p{Ll}*[бвгджзклмнпрстфхцчшщ]ь?(?<!ет|ит|ют|ут|ат|ят|ть)(?:\s+\p{Ll}+[аяыи]){0,2})\s*$/u;

/** "услугодателя", "Государственной корпорации", "ЦОН": genitive (or indeclinable), not "услугодателю", "услугодателем". */
const ORGANIZATION_GENITIVE = /(?:[яи]|ЦОН)$/u;

export const reglament: ReglamentLocale = {
  heading: { title: TITLE, titleNameSide: 'after', appendixLabel: APPENDIX_LABEL, appendixLabelOpensLine: false, stamp: STAMP },
  serviceDefinition: { start: SERVICE_DEFINITION, after: null, unclosedNameEnd: UNCLOSED_NAME_END },
  sections: { general: GENERAL_SECTION, procedure: PROCEDURE_SECTION, participants: PARTICIPANTS_SECTION, later: LATER_SECTION },
  editorialNote: EDITORIAL_NOTE,
  procedure: { point: PROCEDURE_POINT, stepMarker: STEP_MARKER, variantHeading: VARIANT_HEADING },
  // "специалист услугодателя": the organization is a genitive after the position.
  participants: { point: PARTICIPANTS_POINT, alternatives: ALTERNATIVES, organization: { side: 'after' }, unknownPosition: UNKNOWN_POSITION, organizationGenitive: ORGANIZATION_GENITIVE, genitiveAgent: null },
  term: { point: TERM_POINT, notAStatement: TERM_NOT_A_STATEMENT, wait: TERM_WAIT, service: TERM_SERVICE },
  durations: { digitEnding: DIGIT_ENDING, displacedUnitLead: DISPLACED_UNIT_LEAD },
  operative: {
    newWording: NEW_WORDING, added: ADDED, approved: APPROVED,
    appendixRef: APPENDIX_REF, appendixListSeparator: APPENDIX_LIST_SEPARATOR, reglamentWord: REGLAMENT_WORD,
  },
};
