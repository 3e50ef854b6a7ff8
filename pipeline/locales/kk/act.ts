/**
 * The Kazakh act locale: the phrases of act headers, status lines, footnotes and final points as
 * RegExp values, and Kazakh word order (the kind closes the act line; dates, numbers and rules stand
 * before the verb they qualify). Patterns are case-insensitive and Unicode unless said otherwise, never
 * global.
 */
import type { ActLocale } from '../act-locale.ts';
import { findActReferences } from './act-references.ts';
import { dates } from './dates.ts';

export const act: ActLocale = {
  findReferences: findActReferences,
  dates,

  // A line that ends in "тіркелді" (older acts: "тіркелген") is the registration note, even when it opens
  // with the state's name.
  preambleStart: /(?:^|\n)\s*(?![^\n]{0,160}?тіркел(?:ді|ген))(?:Қазақстан\s+Республикасының|"Қазақстан|«Қазақстан|Сәйкес|.{0,200}?басшылыққа\s+ала\s+отырып)/iu,
  // Case-sensitive: the operative verb is printed in capitals, the same words in prose are not it.
  operativeVerb: /ҚАУЛЫ\s+ЕТЕДІ|ШЕШІМ\s+ҚАБЫЛДАДЫ|БҰЙЫРАМЫН|ШЕШТІ/u,
  // Older acts close the note with the participle: "… 2008 жылғы 3 наурызда N 3105 тіркелген"; "тіркелген
  // күнінен" is the entry-into-force rule, not a note.
  registration: /(?:департаментінде|басқармасында|министрлігінде|тізілімінде)[^\n]{0,80}?тіркел(?:ді|ген(?!\s+күн))/iu,
  statusBanner: /Күшін\s+жойған/iu,
  otherStatusAtEnd: /(?:^|\s)(?:Қолданыстағы|Қолданысқа\s+енгізілетін|Күшіне\s+енбеген|Жаңа|Тоқтатыл(?:ған|ды))\s*$/iu,

  actLineKind: 'last',
  // "... № 272 қаулысы." / "... шешімі": the kind in the nominative ends the line; "қаулысымен" names another act.
  kindClosingActLine: /(?:ы|і)\s*(?:\.|\n|$)/u,
  actLineOverlapWithRegistration: 0,
  registrationDetails: 'before',
  dateBesidePhrase: 'before',
  ruleBesideVerb: 'before',
  amendingActsBesideVerb: 'either',

  entryIntoForceClause: /қолданысқа\s+енгізіледі|күшіне\s+енеді/iu,
  takesEffect: /қолданысқа\s+енгізіледі/iu,
  entersIntoForce: /күшіне\s+енеді/iu,
  entryIntoForce: [
    {
      rule: '10-days-after-first-publication',
      pattern: /алғаш(?:қы)?(?:\s+рет)?\s+ресми\s+жариялан\p{L}*(?:\s+күн\p{L}*)?\s+(?:(?:кейін|бастап)\s+)?(?:күнтізбелік\s+(?:он|10)|(?:он|10)\s+күнтізбелік)\s+күн\s+өткен\p{L}*\s+(?:соң|кейін)/iu,
    },
    {
      rule: 'on-first-publication',
      pattern: /алғаш(?:қы)?(?:\s+рет)?\s+ресми\s+жариялан\p{L}*(?:\s+күн\p{L}*)?\s+бастап|ресми\s+жарияланған\s+күн\p{L}*\s+бастап/iu,
    },
    { rule: 'on-registration', pattern: /мемлекеттік\s+тіркел(?:ген|уі)\s+күн\p{L}*\s+бастап/iu },
    { rule: 'on-signature', pattern: /қол\s+қойыл(?:ған)?\s+күн\p{L}*\s+бастап/iu },
    // The date precedes: "2016 жылғы 1 қаңтардан бастап қолданысқа енгізіледі".
    { rule: 'date', pattern: /бастап\s+қолданысқа\s+енгізіледі/iu },
  ],

  footnote: /(?:^|\n)\s*Ескерту\s*\./iu,
  repealedBy: /Күші\s+жойылды/iu,
  amendedBy: /(?:Өзгеріс(?:тер)?|Толықтыру(?:лар)?)(?:\s+(?:мен|және)\s+(?:өзгеріс(?:тер)?|толықтыру(?:лар)?))?\s+енгізілді|жаңа\s+редакцияда|алып\s+тасталды|толықтырылды/iu,
  amendsTitle: /(?:өзгеріс(?:тер)?|толықтыру(?:лар)?)(?:\s+(?:мен|және)\s+(?:өзгеріс(?:тер)?|толықтыру(?:лар)?))?\s+енгізу\s+туралы/iu,
  amendsPoint: /(?:өзгеріс(?:тер)?|толықтыру(?:лар)?)(?:\s+(?:мен|және)\s+(?:өзгеріс(?:тер)?|толықтыру(?:лар)?))?\s+енгізілсін/iu,
  repealsPoint: /күші\s+жойыл(?:ды|ады|ған)\s+деп\s+танылсын|күшін\s+жойған\s+деп\s+танылсын/iu,
  appendixReference: /қосымшаға\s+сәйкес|тізбеге\s+сәйкес|қосымшасына\s+сәйкес/iu,
  repealsListHeading: /(?:^|\n)[^\n]{0,400}?күші\s+жойыл(?:ған|ды\s+деп\s+танылатын)[^\n]{0,200}?тізбесі/iu,
  // Kazakh also writes the part as a suffix of its number: "3-тармақтың".
  partWord: /(?<!\p{L})(?:тармақ|тармақша|қосымша|тарау|бап|абзац|бөлім|кіріспе|тақырыб|жол|баған)\p{L}*|-(?:тармақ|тармақша|қосымша|тарау|бап|бөлім|жол|баған)\p{L}*/iu,
  publishedWord: /жарияланған/iu,
};
