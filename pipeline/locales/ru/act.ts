/**
 * The Russian act locale: the phrases of act headers, status lines, footnotes and final points as
 * RegExp values, and Russian word order (the kind opens the act line, details follow their keyword).
 * Patterns are case-insensitive and Unicode unless said otherwise, never global.
 */
import type { ActLocale } from '../act-locale.ts';
import { findActReferences } from './act-references.ts';
import { dates } from './dates.ts';

export const act: ActLocale = {
  findReferences: findActReferences,
  dates,

  preambleStart: /(?:^|\n)\s*(?:Руководствуясь|В\s+соответствии|Согласно|На\s+основании|В\s+целях)/iu,
  // Case-sensitive: "решил" in lower case is ordinary prose, the operative verb is printed in capitals.
  operativeVerb: /ПОСТАНОВЛЯЕТ|РЕШИЛ|РЕШИЛА|ПРИКАЗЫВАЮ|РЕШИЛО/u,
  registration: /Зарегистрирован[оа]?\s+(?:в\s+)?(?:Департамент|Управлени|Министерств|Реестр|орган)/iu,
  statusBanner: /Утративш(?:ий|ее|ая)\s+силу/iu,
  otherStatusAtEnd: /(?:^|\s)(?:Действующий|Вводится\s+в\s+действие|Не\s+вступил\s+в\s+силу|Новый|Приостановлен(?:ный)?)\s*$/iu,

  actLineKind: 'first',
  kindClosingActLine: null,
  // Tolerance for an act line whose reference reaches into the first letters of the registration note.
  actLineOverlapWithRegistration: 5,
  registrationDetails: 'after',
  dateBesidePhrase: 'after',
  ruleBesideVerb: 'after',
  amendingActsBesideVerb: 'after',

  entryIntoForceClause: /вводится\s+в\s+действие|вступает\s+в\s+силу/iu,
  takesEffect: /вводится\s+в\s+действие/iu,
  entersIntoForce: /вступает\s+в\s+силу/iu,
  entryIntoForce: [
    {
      rule: '10-days-after-first-publication',
      pattern: /по\s+истечении\s+(?:десяти|10|10\s*\(десяти\))\s+календарных\s+дней\s+(?:после|со)\s+(?:дня\s+)?(?:его\s+)?(?:первого\s+)?официального\s+опубликования/iu,
    },
    { rule: 'on-first-publication', pattern: /со\s+дня\s+(?:его\s+)?(?:первого\s+)?официального\s+опубликования/iu },
    { rule: 'on-registration', pattern: /со\s+дня\s+(?:его\s+)?государственной\s+регистрации/iu },
    { rule: 'on-signature', pattern: /со\s+дня\s+(?:его\s+)?подписания/iu },
    // The date follows: "вводится в действие с 1 января 2016 года".
    { rule: 'date', pattern: /вводится\s+в\s+действие\s+с\s+/iu },
  ],

  footnote: /(?:^|\n)\s*Сноска\s*\./iu,
  repealedBy: /Утратил[оаи]?\s+силу/iu,
  amendedBy: /(?:С\s+изменени(?:ем|ями)(?:\s+и\s+дополнени(?:ем|ями))?|С\s+дополнени(?:ем|ями))\s*,?\s*внесенн(?:ым|ыми)|Внесен[оы]?\s+(?:изменени[ея]|дополнени[ея])(?:\s+и\s+(?:изменени[ея]|дополнени[ея]))?|(?:в\s+редакции|исключен[оаы]?|дополнен[оаы]?)\s+(?:постановлени|решени|приказ)/iu,
  amendsTitle: /^\s*О\s+внесении\s+(?:изменени|дополнени)/iu,
  amendsPoint: /Внести\s+(?:(?:следующие\s+)?(?:изменени[яе]|дополнени[яе])(?:\s+и\s+(?:изменени[яе]|дополнени[яе]))?\s+)?в\s/iu,
  repealsPoint: /(?:признать|признаны|признан[оа]?)\s+утративш(?:им|ими|ей)\s+силу/iu,
  appendixReference: /согласно\s+приложению|по\s+перечню|согласно\s+перечню/iu,
  repealsListHeading: /(?:^|\n)[^\n]{0,400}?Переч(?:ень|ня)\s+(?:утративших|утрачивающих|признаваемых\s+утратившими)\s+силу/iu,
  partWord: /(?<!\p{L})(?:пункт|подпункт|приложени|глав|стать|раздел|абзац|част|преамбул|заголов|строк|графа)\p{L}*/iu,
  publishedWord: /опубликован/iu,
};
