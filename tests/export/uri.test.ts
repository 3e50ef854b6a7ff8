/**
 * Akoma Ntoso identifiers: the work URI of an act, the expression URI of a reglament version, the
 * ISO 3166-2:KZ code of every region id.
 */
import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '../../schemas/gold.ts';
import { actUri, countryPart, versionUri } from '../../graph/identifiers/uri.ts';

describe('identifiers', () => {
  it('names an act by country-region, kind, issuer, date and number', () => {
    expect(actUri('akimat|west-kazakhstan|2015-08-04|204', 'resolution')).toBe('/akn/kz-27/act/resolution/akimat/2015-08-04/204');
    expect(actUri('akimat|kostanay|2015-12-30|564', 'resolution')).toBe('/akn/kz-39/act/resolution/akimat/2015-12-30/564');
    expect(actUri('government|-|2015-01-01|12/3', null)).toBe('/akn/kz/act/resolution/government/2015-01-01/12%2F3');
    expect(actUri('maslikhat|kostanay|2016-01-01|5', null)).toBe('/akn/kz-39/act/decision/maslikhat/2016-01-01/5');
  });

  it('names a version by the approving act\'s expression in force from its start, in its language, and the service', () => {
    expect(versionUri('/akn/kz-27/act/resolution/akimat/2015-08-04/204', 'ru', '2019-07-01', 'oralman-status'))
      .toBe('/akn/kz-27/act/resolution/akimat/2015-08-04/204/rus@2019-07-01/!oralman-status');
    expect(versionUri('/akn/kz-39/act/resolution/akimat/2015-12-30/564', 'kk', '2016-02-06', 'unmatched:x y')).toMatch(/\/kaz@2016-02-06\/!unmatched%3Ax%20y$/);
  });

  it('has a distinct ISO 3166-2:KZ code for every region id', () => {
    const codes = REGION_IDS.map(countryPart);
    expect(new Set(codes).size).toBe(REGION_IDS.length);
    expect(codes.every((c) => /^kz-\d{2}$/.test(c))).toBe(true);
  });
});
