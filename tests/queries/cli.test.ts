/**
 * `zangraph query` as a user runs it: the real corpus extraction in an embedded store on disk, the
 * CLI in a child process, its JSON / CSV / table output parsed back.
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompareResult, InForceRow, ReglamentAnswer } from '../../schemas/query.ts';
import { EmbeddedStore } from '../../graph/embedded/store.ts';
import { corpusResults } from './corpus.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'zangraph.mjs');
let data = '';

async function zangraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [BIN, 'query', ...args, '--data', data], { maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'zangraph-cli-'));
  const store = await EmbeddedStore.open(data);
  await store.write((await corpusResults()).map((result) => ({ kind: 'result' as const, result })), { flush: true });
}, 120_000);

describe('zangraph query', () => {
  it('in-force --format json: rows with service, region, approvedBy, wordingBy, validity, certainty and source', async () => {
    const r = await zangraph('in-force', '--date', '2018-06-01', '--region', 'west-kazakhstan', '--service', 'белсенді шараларына', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = InForceRow.array().parse(JSON.parse(r.stdout));
    expect(rows.map((x) => [x.region, x.approvedBy, x.wordingBy, x.validFrom, x.certainty]))
      .toEqual([['west-kazakhstan', 'akimat|west-kazakhstan|2015-08-04|204', 'akimat|west-kazakhstan|2017-10-31|272', '2017-12-01', 'estimated']]);
    expect(rows[0]!.source[0]!.document).toMatch(/^001_/);
  }, 60_000);

  it('in-force prints an empty JSON array when nothing is in force, and why on stderr', async () => {
    const r = await zangraph('in-force', '--date', '2013-01-01', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toMatch(/nothing in force on 2013-01-01:\n  no reglament at all is in force yet on 2013-01-01: the first text found is in force from 2014-08-18 \(estimated\)/);
  }, 60_000);

  it('an empty in-force table says why: the last texts found and what ended them', async () => {
    const r = await zangraph('in-force', '--date', '2021-01-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^nothing in force on 2021-01-01:\n/);
    // Each reason wraps onto indented lines; read as one line.
    const text = r.stdout.replace(/\n {4}/g, ' ');
    expect(text).toMatch(/west-kazakhstan, 5 services: the last text \(wording of № 142 of 2019-06-19\) ended on 2020-06-16 \(estimated\): repeal of № 204 of 2015-08-04 inferred/);
    expect(text).toMatch(/kostanay, 6 services: the last text \(wording of № 564 of 2015-12-30\) ended on 2016-06-21 \(estimated\)/);
  }, 60_000);

  it('an unknown service exits non-zero naming the closest services; regions by Russian name', async () => {
    const r = await zangraph('in-force', '--date', '2019-09-01', '--region', 'Западно-Казахстанская', '--service', 'xyzzy');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no service is named like "xyzzy"; closest: "[^"]+", "[^"]+", "[^"]+"/);
    const typo = await zangraph('in-force', '--date', '2019-09-01', '--region', 'Западно-Казахстанская', '--service', 'статус оралмна');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/closest: "Присвоение или продление статуса оралмана"/);
  }, 60_000);

  it('regions by Kazakh name and abbreviation; an unknown region exits non-zero with the closest; --help lists the ids', async () => {
    const answers = await Promise.all(['Батыс Қазақстан', 'ЗКО', 'WKO', 'west-kazakhstan'].map((region) => zangraph('in-force', '--date', '2019-09-01', '--region', region, '--format', 'json')));
    expect(answers.map((a) => a.code)).toEqual([0, 0, 0, 0]);
    expect(new Set(answers.map((a) => a.stdout)).size).toBe(1);
    expect(InForceRow.array().parse(JSON.parse(answers[0]!.stdout)).length).toBe(5);
    const bad = await zangraph('in-force', '--date', '2019-09-01', '--region', 'Западно-Казахстанск');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown region "Западно-Казахстанск"; closest: "west-kazakhstan/);
    const help = await zangraph('--help');
    for (const id of ['west-kazakhstan', 'kostanay', 'north-kazakhstan', 'shymkent']) expect(help.stdout).toMatch(new RegExp(`^  ${id}: `, 'm'));
    expect(help.stdout).toMatch(/zangraph query reglament --region R --service TEXT/);
  }, 60_000);

  it('the in-force table gives each end its certainty and reason, the text\'s own name beside the catalog\'s, and cuts no word', async () => {
    const r = await zangraph('in-force', '--date', '2016-01-01', '--region', 'west-kazakhstan');
    expect(r.code).toBe(0);
    const [head] = r.stdout.split('\n');
    expect(head).toMatch(/from +start is +to +end is/);
    expect(r.stdout).toMatch(/2015-10-14 +exact +2017-12-01 +estimated/);
    expect(r.stdout).toMatch(/  1 from: approved by № 204 of 2015-08-04, in force 10 calendar days after publication/);
    expect(r.stdout).toMatch(/    to: +new wording by № 272 of 2017-10-31/);
    const old = await zangraph('in-force', '--date', '2015-01-01', '--region', 'west-kazakhstan', '--service', 'оралман');
    const words = old.stdout.split(/\s+/);
    // "Присвоение статуса оралмана (catalog: Присвоение или продление статуса оралмана)", wrapped but whole.
    for (const w of ['Присвоение', 'статуса', 'оралмана', '(catalog:', 'продление', 'оралмана)']) expect(words).toContain(w);
    expect(old.stdout).not.toMatch(/\p{L}…/u);
  }, 60_000);

  it('reglament --format json: Kostanay\'s foreign-labour permit on 2016-03-01 by a Kazakh word and by the Russian name, a line on every step and term', async () => {
    const kk = await zangraph('reglament', '--region', 'kostanay', '--service', 'шетелдік', '--date', '2016-03-01', '--format', 'json');
    expect(kk.code).toBe(0);
    const answers = ReglamentAnswer.array().parse(JSON.parse(kk.stdout));
    expect(answers.map((a) => [a.text?.document, a.text?.reglament, a.approvedBy?.key])).toEqual([['004_175c6b83b6895c2f.txt', 6, 'akimat|kostanay|2015-12-30|564']]);
    const steps = answers[0]!.text!.procedures.flatMap((p) => p.steps);
    expect(steps.length).toBe(5);
    expect(steps.every((s) => s.evidence.line !== null && s.durationEvidence.every((d) => d.line !== null))).toBe(true);
    const ru = await zangraph('reglament', '--region', 'Костанайская', '--service', 'Выдача разрешения иностранному работнику на трудоустройство и работодателям на привлечение иностранной рабочей силы для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы и их продление', '--date', '2016-03-01', '--format', 'json');
    expect(ru.code).toBe(0);
    expect(JSON.parse(ru.stdout)).toEqual(JSON.parse(kk.stdout));
    // A text with terms: every term has its line too.
    const wk = ReglamentAnswer.array().parse(JSON.parse((await zangraph('reglament', '--region', 'ЗКО', '--service', 'оралман', '--date', '2019-09-01', '--format', 'json')).stdout));
    expect(wk[0]!.text!.terms.length).toBe(6);
    expect(wk[0]!.text!.terms.every((t) => t.evidence.line !== null)).toBe(true);
  }, 60_000);

  it('reglament as a table and CSV: lines and readable quotes; by document; unknown reglament number exits non-zero', async () => {
    const t = await zangraph('reglament', '--document', 'corpus/004_175c6b83b6895c2f.txt', '--reglament', '6');
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/approved by № 564 of 2015-12-30: 004_175c6b83b6895c2f\.txt:1066 "Әкімдіктің 2015 жылғы 30 желтоқсандағы № 564/);
    expect(t.stdout).toMatch(/^1 +көрсетілетін қызметті +15 minute +1134 +1\) көрсетілетін қызметті берушінің қызметкері құжаттар топтамасын$/m);
    const csv = await zangraph('reglament', '--document', '004_175c6b83b6895c2f.txt', '--reglament', '6', '--format', 'csv');
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('document,reglament,language,fact,variant,n,role,label,durations,kind,channel,value,line,start,end,reading');
    expect(lines.filter((l) => l.includes(',step,')).map((l) => l.split(',')[12])).toEqual(['1134', '1137', '1141', '1154', '1158']);
    const bad = await zangraph('reglament', '--document', '004_175c6b83b6895c2f.txt', '--reglament', '9');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/004_175c6b83b6895c2f\.txt has no reglament 9; it holds 1 "Оралман мәртебесін беру"/);
  }, 60_000);

  it('history as a table gives the certainty of each end of the act\'s validity: № 204 starts exactly, ends by estimate', async () => {
    const r = await zangraph('history', '--region', 'ЗКО', '--number', '204');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('in force 2015-10-14 (exact) .. 2020-06-16 (estimated); text not in the corpus');
  }, 60_000);

  it('reglament table and CSV: a step\'s durations say which are alternatives, with the fastest and slowest totals', async () => {
    const t = await zangraph('reglament', '--document', '004_175c6b83b6895c2f.txt', '--reglament', '6');
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/\n  total {7}fastest 2 working-day \+ 2 hour \+ 20 minute, slowest 40 working-day \+ 2 hour \+ 20 minute\n/);
    expect(t.stdout).toMatch(/\n3 +көрсетілетін қызметті +40 working-day or +1141 /);
    expect(t.stdout).toMatch(/\n +орындаушысы +7 working-day or +/);
    const csv = await zangraph('reglament', '--document', '004_175c6b83b6895c2f.txt', '--reglament', '6', '--format', 'csv');
    expect(csv.stdout).toContain(',step,,3,provider-executor,көрсетілетін қызметті берушінің жауапты орындаушысы,40 working-day or 30 working-day or 7 working-day or 30 working-day or 2 working-day,');
    expect(csv.stdout).toMatch(/,total,.*fastest 2 working-day \+ 2 hour \+ 20 minute, slowest 40 working-day \+ 2 hour \+ 20 minute/);
  }, 60_000);

  it('changes with nothing between the dates says so, and when the region\'s texts do change', async () => {
    const r = await zangraph('changes', '--region', 'kostanay', '--from', '2018-01-01', '--to', '2019-01-01');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('nothing changed in kostanay between 2018-01-01 and 2019-01-01: no reglament text came into force, got a new wording or ceased; its texts change on 2016-02-06, 2016-06-21\n');
  }, 60_000);

  it('history --format csv: a header and one line per relation, in date order', async () => {
    const r = await zangraph('history', '--region', 'west-kazakhstan', '--number', '204', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('relation,act,date,inCorpus,effective,certainty,basis,statedBy,title,changes,inferredFrom');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual([
      'repeals akimat|west-kazakhstan|2014-07-01|177',
      'amended-by akimat|west-kazakhstan|2017-10-31|272',
      'amended-by akimat|west-kazakhstan|2019-06-19|142',
      'repealed-by akimat|west-kazakhstan|2020-06-05|131',
    ]);
  }, 60_000);

  it('compare as a table shows each service with a line per region, each text with its validity', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Присвоение или продление статуса оралмана\n  west-kazakhstan  № 142 of 2019-06-19 \| in force 2019-07-01\.\.2020-06-16 \(estimated\)[\s\S]*?\n  kostanay         № 564 of 2015-12-30 \|/);
  }, 60_000);

  it('compare table: each text\'s own name where it differs from the catalog\'s, roles labelled in its language, lines wrapped at spaces', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--date', '2015-01-01');
    expect(r.code).toBe(0);
    const oralman = r.stdout.slice(r.stdout.indexOf('\nПрисвоение или продление статуса оралмана\n'));
    expect(oralman).toMatch(/^\nПрисвоение или продление статуса оралмана\n  west-kazakhstan  № 177 of 2014-07-01 \| the text names it "Присвоение статуса оралмана" \|/);
    const flat = r.stdout.replace(/\n +/g, ' ');
    expect(flat).toContain('roles: работник канцелярии услугодателя, руководитель отдела услугодателя');
    expect(flat).not.toMatch(/provider-(head|clerk|employee)/);
    // Kostanay's Kazakh text, against a Russian catalog name: its own name, Kazakh labels.
    const later = (await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--date', '2016-03-01')).stdout.replace(/\s+/g, ' ');
    expect(later).toContain('the text names it "Шетелдік қызметкерге жұмысқа орналасуға');
    expect(later).toContain('roles: көрсетілетін қызметті берушінің қызметкері');
    // Wrapped, never cut: every line fits, and the service names read whole once the wrapping is undone.
    expect(r.stdout.split('\n').filter((l) => l.length > 110 && /\s\S+\s/.test(l.trim()))).toEqual([]);
    expect(later).toContain('Выдача разрешения иностранному работнику на трудоустройство и работодателям на привлечение иностранной рабочей силы для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы и их продление');
  }, 60_000);

  it('compare --format json: Kostanay\'s foreign-labour permit has a slowest total with 40 working days and a fastest with 2', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--format', 'json');
    expect(r.code).toBe(0);
    const result = CompareResult.parse(JSON.parse(r.stdout));
    const permit = result.rows.find((x) => x.serviceId === 'foreign-labour-permit')!;
    const kostanay = permit.regions.find((c) => c.region === 'kostanay')!;
    expect(kostanay.total.slowest).toContain('40 working-day');
    expect(kostanay.total.fastest).toContain('2 working-day');
    expect(kostanay.total.slowest).not.toContain('109 working-day');
    expect(kostanay.workingMinutes).toEqual({ fastest: 1100, slowest: 19340 });
  }, 60_000);

  it('compare without --date takes each region at its latest text, never a repealed 2014 text, and says the periods do not meet', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--format', 'json');
    const result = CompareResult.parse(JSON.parse(r.stdout));
    expect(result.regions.map((x) => [x.region, x.asOf, x.from, x.to])).toEqual([
      ['west-kazakhstan', '2019-07-01', '2019-07-01', '2020-06-16'],
      ['kostanay', '2016-02-06', '2016-02-06', '2016-06-21'],
    ]);
    expect(result.overlap).toBe(false);
    expect(result.notes.join('\n')).toMatch(/never in force on the same day.*cover 2016-02-06\.\.2016-06-21 together/);
    const acts = result.rows.flatMap((x) => x.regions.map((c) => c.wordingBy)).filter(Boolean);
    expect(acts).not.toContain('akimat|west-kazakhstan|2014-07-01|177');
    const table = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay');
    expect(table.stdout).toMatch(/^west-kazakhstan: as of 2019-07-01/);
    expect(table.stdout).toMatch(/note: the compared texts are never in force on the same day/);
  }, 60_000);

  it('compare --date: a text in force outside the corpus is told from a service the corpus does not regulate', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--date', '2016-03-01', '--format', 'json');
    const result = CompareResult.parse(JSON.parse(r.stdout));
    expect(result.overlap).toBe(true);
    const wk = (id: string) => result.rows.find((x) => x.serviceId === id)!.regions[0]!;
    expect(wk('active-employment-measures')).toMatchObject({ status: 'text-not-in-corpus', note: 'text in force not in the corpus (№ 204 of 2015-08-04)', validFrom: '2015-10-14' });
    expect(wk('foreign-labour-permit')).toMatchObject({ status: 'not-regulated', note: 'not regulated in the corpus' });
    const early = CompareResult.parse(JSON.parse((await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--date', '2015-01-01', '--format', 'json')).stdout));
    expect(early.notes).toEqual(['kostanay: no text of the corpus is in force on 2015-01-01; its texts cover 2016-02-06..2016-06-21']);
  }, 60_000);

  it('compare --format csv: one row per region, service and step', async () => {
    const r = await zangraph('compare', '--regions', 'west-kazakhstan,kostanay', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('service,serviceId,region,status,wordingBy,validFrom,validTo,certainty,variant,step,actor,durations,fastest,slowest,note');
    const permit = lines.filter((l) => l.includes(',foreign-labour-permit,kostanay,'));
    expect(permit).toHaveLength(5);
    expect(permit[2]).toContain(',3,provider-executor,40 working-day or 30 working-day or 7 working-day or 30 working-day or 2 working-day,2 working-day + 2 hour + 20 minute,40 working-day + 2 hour + 20 minute,');
    expect(lines.filter((l) => l.includes(',foreign-labour-permit,west-kazakhstan,not-regulated,'))).toHaveLength(1);
  }, 60_000);

  it('changes --format csv and table: a line per change and service, with the act, its date and certainty', async () => {
    const csv = await zangraph('changes', '--region', 'west-kazakhstan', '--from', '2019-01-01', '--to', '2020-12-31', '--format', 'csv');
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe('date,certainty,change,act,actInCorpus,service,serviceId,approvedBy,documents,basis');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(' '))).toEqual([
      ...Array(4).fill('2019-07-01 estimated new-wording akimat|west-kazakhstan|2019-06-19|142'),
      '2019-07-01 estimated came-into-force akimat|west-kazakhstan|2019-06-19|142',
      ...Array(5).fill('2020-06-16 estimated ceased akimat|west-kazakhstan|2020-06-05|131'),
    ]);
    const table = await zangraph('changes', '--region', 'west-kazakhstan', '--from', '2015-10-01', '--to', '2015-10-31');
    expect(table.stdout).toMatch(/2015-10-14 +exact +ceased +№ 204 of 2015-08-04 \(text not in corpus\) +Выдача справок безработным гражданам +002_/);
    const missing = await zangraph('changes', '--region', 'west-kazakhstan', '--from', '2015-10-01');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/changes needs --region R --from YYYY-MM-DD --to YYYY-MM-DD/);
  }, 60_000);

  it('history as a table says what each amending act changed, which repeal is inferred and from what, and that № 204\'s text is not in the corpus', async () => {
    const r = await zangraph('history', '--region', 'west-kazakhstan', '--number', '204');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('№ 272 of 2017-10-31 rewords sub-point 17 of point 1: "Адамдарға жұмыспен қамтуға жәрдемдесудің белсенді шараларына қатысуға жолдамалар беру" [001_ad9c0be88298471a.txt]');
    expect(r.stdout).toContain('№ 142 of 2019-06-19 adds the reglament "Выдача справки о регистрации в качестве безработного" (appendix 5 of № 142 of 2019-06-19)');
    expect(r.stdout).toMatch(/inferred, not stated: repealed-by № 131 of 2020-06-05, from 000_1599c89bdcad9835\.txt: akimat\|west-kazakhstan\|2019-06-19\|142 repealed-by/);
    expect(r.stdout).toMatch(/warning: the text of № 204 of 2015-08-04 is not in the corpus/);
  }, 60_000);

  it('rejects bad options with a clear message and exit code 2', async () => {
    const bad = await zangraph('in-force', '--date', '2018-13-45');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date 2018-13-45: not a calendar date \(YYYY-MM-DD\)/);
    const region = await zangraph('compare', '--regions', 'west-kazakhstan,atlantis');
    expect(region.code).toBe(2);
    expect(region.stderr).toMatch(/unknown region "atlantis"/);
    const act = await zangraph('history', 'akimat|west-kazakhstan|2001-01-01|1');
    expect(act.code).toBe(2);
    expect(act.stderr).toMatch(/no act akimat\|west-kazakhstan\|2001-01-01\|1 in the graph/);
  }, 60_000);
});
