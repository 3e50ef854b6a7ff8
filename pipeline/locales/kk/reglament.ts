/**
 * The Kazakh reglament locale: the landmarks of ""…" мемлекеттік көрсетілетін қызмет регламенті" and
 * the operative verbs of the act that approves it. Kazakh names things before their kind (the service
 * before "регламенті", the act before "қосымша", the organization before the position) and puts the
 * verb last; each pattern's comment quotes what it is written for.
 */
import type { ReglamentLocale } from '../reglament-locale.ts';

/** " мемлекеттік көрсетілетін қызмет регламенті", " қызмет көрсету регламенті": follows the quoted name. */
const TITLE = /\s*(?:мемлекеттік\s+)?(?:электрондық\s+)?(?:көрсетілетін\s+)?қызмет(?:ті|тің)?\s+(?:көрсету\s+)?регламент[іi](?!\p{L})/iu;

/** "… қаулысына 1-қосымша", "… шешіміне қосымша"; group 1: the number. */
const APPENDIX_LABEL = /(?:қаулысына|шешіміне|бұйрығына)\s+(?:(\d+)\s*-?\s*)?қосымша/iu;

/** "Қостанай облысы әкімдігінің 2015 жылғы 14 қазандағы № 204 қаулысымен бекітілген" (case-sensitive: the region's name is found by its capitals). */
const STAMP = /(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:облыс|қала|аудан)\p{L}*\s+)?\p{L}*(?:[Әә]кімдіг|[Әә]кімдікт|[Мм]әслихат|[Әә]кім|Үкімет|[Мм]инистр)\p{L}*\s+\d{4}\s+жылғы\s+[^№\n]{1,40}?№\s*[\p{L}\d\/-]+\s+(?:қаулысымен|шешімімен|бұйрығымен)\s+бекітілген/u;

/** "1. ": point 1 opens with the quoted name. */
const SERVICE_DEFINITION = /^1\s*\.\s*/iu;

/** " мемлекеттік көрсетілетін қызмет" after point 1's quoted name: the point names the service. */
const SERVICE_DEFINITION_AFTER = /^\s*(?:мемлекеттік\s+)?(?:көрсетілетін\s+)?қызмет/iu;

/** "1. Жалпы ережелер", "1-тарау. Жалпы ережелер". */
const GENERAL_SECTION = /(?:1\s*-\s*(?:тарау|бөлім)\s*\.?|1\s*\.)\s*Жалпы\s+ережелер/iu;

/** "2. Мемлекеттік қызмет көрсету процесінде … іс-қимыл тәртібін сипаттау". */
const PROCEDURE_SECTION = /^(?:2\s*-\s*(?:тарау|бөлім)|2\s*\.)\s*.{0,250}іс-қимыл\p{L}*\s+тәртібін\s+сипаттау/iu;

/** "3. Мемлекеттік қызмет көрсету процесінде … өзара іс-қимыл тәртібін сипаттау". */
const PARTICIPANTS_SECTION = /^(?:3\s*-\s*(?:тарау|бөлім)|3\s*\.)\s*.{0,250}өзара\s+іс-қимыл/iu;

/** "4. … пайдалану тәртібін сипаттау", "… қойылатын өзге де талаптар", "… ерекшеліктері". */
const LATER_SECTION = /^(?:[4-9]\s*-\s*(?:тарау|бөлім)|[4-9]\s*\.)\s*.{0,250}(?:тәртібін\s+сипаттау|талаптар|ерекшеліктері)/iu;

/** "Ескерту. 6-тармақ жаңа редакцияда …", "РҚАО-ның ескертпесі. …". */
const EDITORIAL_NOTE = /^(?:Ескерту|(?:РҚАО|ЗҚАИ)-ның\s+ескертпесі)\s*[.!]/iu;

/** "Әрбір рәсімнің (іс-қимылдың) мазмұны", "іс-қимылдардың мазмұны". */
const PROCEDURE_POINT = /(?:рәсім(?:нің|дердің)|іс-қимыл(?:дың|дардың))\s*(?:\(\s*іс-қимыл(?:дың|дардың)\s*\)\s*)?мазмұны/iu;

/** "1)", "2-іс-қимыл –"; the number is in group 1 or 2. */
const STEP_MARKER = /^["«»“”„]?\s?(?:(\d{1,2})\s*\)|(\d{1,2})\s*-\s*іс-қимыл\s*[–—.-]?)\s*/iu;

/** "Оралман мәртебесін беру кезде:", "портал арқылы жүгінген жағдайда:" (case-sensitive, as the Russian heading is). */
const VARIANT_HEADING = /^.{3,200}(?:кезде|жағдайда|кезінде)\s*:$/u;

/** "… қатысатын құрылымдық бөлімшелердің (қызметкерлердің) тізбесі". */
const PARTICIPANTS_POINT = /тізбесі/iu;

/** "кеңсе маманы немесе ауылдық округ маманы", "…, …". */
const ALTERNATIVES = /\s(?:немесе|не)\s|,\s/iu;

/** "мемлекеттік қызметті көрсету мерзімі", "көрсету мерзімдері". */
const TERM_POINT = /көрсету\s+мерзім(?:і|дері)/iu;

/** "мерзімі … ұзартылады", "тоқтатыла тұрады", "мерзімге кірмейді". */
const TERM_NOT_A_STATEMENT = /ұзартыл|тоқтатыл|кірмейді/iu;

/** "құжаттар топтамасын тапсыру үшін күтудің рұқсат етілген ең ұзақ уақыты", "күту уақыты". */
const TERM_WAIT = /күтудің|күту\s+уақыты/iu;

/** "қызмет көрсетудің рұқсат етілген ең ұзақ уақыты". */
const TERM_SERVICE = /(?:қызмет\s+көрсету\p{L}*|қызмет\s+көрсетуінің)\s+рұқсат\s+(?:етілген|етілетін|берілген)\s+ең\s+ұзақ/iu;

/** "ішінде" ("within") before a unit the PDF moved ahead of its number. */
const DISPLACED_UNIT_LEAD = /(?:^|\s)(?:ішінде)\s*$/iu;

/** "жаңа редакцияда жазылсын". */
const NEW_WORDING = /редакцияда\s+жазылсын/iu;

/** "3-қосымшамен толықтырылсын". */
const ADDED = /толықтырылсын/iu;

/** "Қоса беріліп отырған … регламенттері бекітілсін". */
const APPROVED = /бекітілсін/iu;

/** "осы қаулыға 1-қосымшаға", "осы қаулының 2, 3 және 5-қосымшаларына"; group 1: the number list. */
const APPENDIX_REF = /осы\s+қаулы\p{L}*\s+(?:((?:\d+\s*(?:,|және|[–—-](?!\s*қосымша))\s*)*\d+)\s*-?\s*)?қосымша/iu;

/** "2, 3 және 5": commas and "және" (a "1 - 4" range stays one piece). */
const APPENDIX_LIST_SEPARATOR = /\s*(?:,|және)\s*/iu;

/** "регламенті", "регламенттері". */
const REGLAMENT_WORD = /регламент/iu;

/** "ветеринар дәрігері", "бас маманы" after "көрсетілетін қызметті берушінің": up to three lowercase words,
 * the last in the possessive (-ы/-і), not an accusative object or a verb (-ды/-ті/-ны: "құжаттарды", "жолдайды") or a verbal noun (-уы: "қабылдауы"). */
const UNKNOWN_POSITION = /^\s*((?:\p{Ll}+\s+){0,2}\p{Ll}+[ыі](?<![дтну][ыі]))(?!\p{L})/u;

/** "көрсетілетін қызметті берушінің", "Мемлекеттік корпорацияның", "ХҚКО": genitive (or indeclinable). */
const ORGANIZATION_GENITIVE = /(?:[нд][ыі]ң|ХҚКО)$/u;

/** The genitive ending after a position's possessive form: "қызметкері" → "қызметкерінің", "басшысы" → "басшысының". */
const GENITIVE_AGENT_ENDING = /^н[ыі]ң(?!\p{L})/u;

/** The verbal noun whose agent a genitive is: "қабылдауы", "тіркеуі", "қарауы". */
const VERBAL_NOUN = /\p{L}+у[ыі](?!\p{L})/u;

export const reglament: ReglamentLocale = {
  heading: { title: TITLE, titleNameSide: 'before', appendixLabel: APPENDIX_LABEL, appendixLabelOpensLine: true, stamp: STAMP },
  serviceDefinition: { start: SERVICE_DEFINITION, after: SERVICE_DEFINITION_AFTER, unclosedNameEnd: null },
  sections: { general: GENERAL_SECTION, procedure: PROCEDURE_SECTION, participants: PARTICIPANTS_SECTION, later: LATER_SECTION },
  editorialNote: EDITORIAL_NOTE,
  procedure: { point: PROCEDURE_POINT, stepMarker: STEP_MARKER, variantHeading: VARIANT_HEADING },
  // "көрсетілетін қызметті берушінің маманы": the organization is a genitive before the position, at most
  // this many characters back (a long organization name with its district fits).
  participants: { point: PARTICIPANTS_POINT, alternatives: ALTERNATIVES, organization: { side: 'before', window: 80 },
    unknownPosition: UNKNOWN_POSITION, organizationGenitive: ORGANIZATION_GENITIVE,
    genitiveAgent: { ending: GENITIVE_AGENT_ENDING, verbalNoun: VERBAL_NOUN } },
  term: { point: TERM_POINT, notAStatement: TERM_NOT_A_STATEMENT, wait: TERM_WAIT, service: TERM_SERVICE },
  // Kazakh amounts take no case ending after their digits ("15 минут ішінде").
  durations: { digitEnding: null, displacedUnitLead: DISPLACED_UNIT_LEAD },
  operative: {
    newWording: NEW_WORDING, added: ADDED, approved: APPROVED,
    appendixRef: APPENDIX_REF, appendixListSeparator: APPENDIX_LIST_SEPARATOR, reglamentWord: REGLAMENT_WORD,
  },
};
