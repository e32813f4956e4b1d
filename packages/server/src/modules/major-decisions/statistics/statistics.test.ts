// 重大行政决策统计 on a small fixed fixture in 2021 (before any demo record): four decisions of the demo region's
// government, two 承办单位, their acts written as SQL fixtures (the hearing, expert, risk, evaluation, adjustment and
// stop acts by the names core declares, whichever branch records them), and a catalogue adjusted in July. Each figure
// is its exact number and lists exactly the records behind it; the scope narrows both; the export carries both.
// Then the demo region's two years of decisions (demo/seed-history.ts): every state, real figures, work waiting.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type {
  DecisionRecord,
  DecisionRecordList,
  DecisionStatisticRecords,
  DecisionStatistics,
} from '@fazhi/core/contracts';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { insertDecision } from './test/fixtures';
import { loadExcel } from '../../../platform/http/xlsx-export';

let env: TestEnv;
let reviewer: Session;
let legal: Session;
let gov: string;
let market: string;
let housing: string;
const ids: Record<string, string> = {};
const YEAR = 'from=2021-01-01&to=2021-12-31';

async function catalogueVersion(region: string, version: number, publishedOn: string, items: [string, string][]) {
  const db = env.services.db;
  const id = randomUUID();
  await db
    .insertInto('decision_catalogues')
    .values({
      region_code: region,
      id,
      body_org_id: gov,
      year: 2021,
      version_no: version,
      status: version === 2 ? 'published' : 'superseded',
      adjustment_reason: version === 1 ? null : '测试调整',
      party_consent_on: publishedOn,
      party_consent_record: '测试',
      published_on: publishedOn,
    })
    .execute();
  const itemIds = [];
  for (const [seq, [title, sponsor]] of items.entries()) {
    const itemId = randomUUID();
    itemIds.push(itemId);
    await db
      .insertInto('decision_catalogue_items')
      .values({
        region_code: region,
        id: itemId,
        catalogue_id: id,
        item_key: randomUUID(),
        seq: seq + 1,
        title,
        sponsor_org_id: sponsor,
        legal_basis: '测试依据',
        planned_start: '2021-03-01',
        planned_finish: '2021-12-31',
        hearing: false,
        expert_review: false,
        risk_assessment: false,
        fair_competition_review: false,
      })
      .execute();
  }
  return itemIds;
}

before(async () => {
  env = await createTestEnv();
  [reviewer, legal] = [await signIn(env.app, 'demo.reviewer'), await signIn(env.app, 'demo.legal')];
  gov = await orgId(env, '示范区人民政府');
  market = await orgId(env, '示范区市场监督管理局');
  housing = await orgId(env, '示范区住房和城乡建设局');
  const bureau = await orgId(env, '示范区司法局');
  const region = (
    await env.services.db.selectFrom('orgs').select('region_code').where('id', '=', gov).executeTakeFirstOrThrow()
  ).region_code;
  await catalogueVersion(region, 1, '2021-02-10', [
    ['统计测试事项甲', market],
    ['统计测试事项乙', housing],
  ]);
  const [itemA] = await catalogueVersion(region, 2, '2021-07-15', [
    ['统计测试事项甲', market],
    ['统计测试事项乙', housing],
    ['统计测试事项丙', housing],
  ]);
  const common = { regionCode: region, bodyOrgId: gov };
  const review = (concludedOn: string) => ({
    reviewerOrgId: bureau,
    submittedOn: '2021-04-01',
    concludedOn,
    result: 'passed' as const,
  });
  ids.A = await insertDecision(env.services.db, {
    ...common,
    sponsorOrgId: market,
    title: '统计测试决策甲',
    catalogueItemId: itemA!,
    acts: [
      { act: 'start_decided', on: '2021-03-01' },
      { act: 'consultation', on: '2021-04-01', statusAfter: 'consultation' },
      { act: 'experts_heard', on: '2021-04-20', statusAfter: 'consultation' },
      { act: 'discussed', on: '2021-06-10', statusAfter: 'decided' },
      { act: 'published', on: '2021-06-20', statusAfter: 'published' },
      { act: 'filed', on: '2021-07-10', statusAfter: 'published' },
      { act: 'evaluated', on: '2021-11-01', statusAfter: 'published' },
    ],
    review: review('2021-06-01'),
    filingDue: '2021-07-20',
  });
  ids.B = await insertDecision(env.services.db, {
    ...common,
    sponsorOrgId: housing,
    title: '统计测试决策乙',
    acts: [
      { act: 'start_decided', on: '2021-02-01' },
      { act: 'hearing_held', on: '2021-03-15' },
      { act: 'risk_assessed', on: '2021-03-20' },
      { act: 'discussed', on: '2021-05-10', statusAfter: 'decided' },
      { act: 'published', on: '2021-05-15', statusAfter: 'published' },
      { act: 'filed', on: '2021-06-30', statusAfter: 'published' },
      { act: 'adjusted', on: '2021-09-01', statusAfter: 'published' },
      { act: 'stopped', on: '2021-12-01', statusAfter: 'stopped' },
    ],
    review: review('2021-05-01'),
    filingDue: '2021-06-14',
  });
  // discussed without a legality review (only SQL can write this: the gate refuses it), and not adopted
  ids.C = await insertDecision(env.services.db, {
    ...common,
    sponsorOrgId: market,
    title: '统计测试决策丙',
    acts: [
      { act: 'start_decided', on: '2021-08-01' },
      { act: 'discussed', on: '2021-10-10', statusAfter: 'not_adopted' },
    ],
  });
  // started before the period and discussed after it: only its consultation falls in 2021
  ids.D = await insertDecision(env.services.db, {
    ...common,
    sponsorOrgId: market,
    title: '统计测试决策丁',
    acts: [
      { act: 'start_decided', on: '2020-12-20' },
      { act: 'consultation', on: '2021-02-01', statusAfter: 'consultation' },
      { act: 'discussed', on: '2022-01-10', statusAfter: 'decided' },
    ],
  });
});
after(async () => env?.close());

const figuresOf = async (who: Session, query: string) => {
  const r = await call(env.app, who, 'GET', `/api/decision-statistics?${query}`);
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json() as DecisionStatistics;
  return { body, by: new Map(body.figures.map((f) => [f.key, f])) };
};
const recordsOf = async (who: Session, figure: string, query = YEAR) => {
  const r = await call(env.app, who, 'GET', `/api/decision-statistics/records?figure=${figure}&${query}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json() as DecisionStatisticRecords;
};
const titles = (r: DecisionStatisticRecords) => r.items.map((i) => i.title).sort();

describe('decision statistics: each figure its exact number and the records behind it', () => {
  const expected: Record<string, [number | null, string[]]> = {
    catalogue_items: [3, ['统计测试事项丙', '统计测试事项乙', '统计测试事项甲']],
    started: [3, ['统计测试决策丙', '统计测试决策乙', '统计测试决策甲']],
    started_in_catalogue: [1, ['统计测试决策甲']],
    started_outside_catalogue: [2, ['统计测试决策丙', '统计测试决策乙']],
    decided: [2, ['统计测试决策乙', '统计测试决策甲']],
    decided_with_public_participation: [2, ['统计测试决策乙', '统计测试决策甲']],
    decided_with_hearing: [1, ['统计测试决策乙']],
    decided_with_expert_review: [1, ['统计测试决策甲']],
    decided_with_risk_assessment: [1, ['统计测试决策乙']],
    decided_with_fair_competition_review: [0, []],
    legality_review_rate: [66.7, ['统计测试决策丙', '统计测试决策乙', '统计测试决策甲']],
    published: [2, ['统计测试决策乙', '统计测试决策甲']],
    filed: [2, ['统计测试决策乙', '统计测试决策甲']],
    filed_on_time_rate: [50, ['统计测试决策乙', '统计测试决策甲']],
    post_evaluated: [1, ['统计测试决策甲']],
    adjusted: [1, ['统计测试决策乙']],
    stopped: [1, ['统计测试决策乙']],
  };

  test('the region over 2021, as the justice bureau sees it', async () => {
    const { by, body } = await figuresOf(reviewer, YEAR);
    assert.deepEqual(
      body.figures.map((f) => f.key).sort(),
      Object.keys(expected).sort(),
      'every figure defined in core is answered',
    );
    for (const [key, [value, records]] of Object.entries(expected)) {
      assert.equal(by.get(key as never)?.value, value, key);
      const listed = await recordsOf(reviewer, key);
      assert.deepEqual(titles(listed), records, key);
      if (by.get(key as never)?.unit === '件') assert.equal(listed.total, value, key);
    }
    assert.ok(body.scope.sponsors.some((s) => s.id === housing));
  });

  test('合法性审查率 under 100% is flagged red, naming the decision discussed without review', async () => {
    const { by } = await figuresOf(reviewer, YEAR);
    const rate = by.get('legality_review_rate')!;
    assert.equal(rate.display, '66.7%');
    assert.deepEqual([rate.numerator, rate.denominator, rate.belowRequired, rate.required], [2, 3, true, 100]);
    const records = await recordsOf(reviewer, 'legality_review_rate');
    const c = records.items.find((i) => i.title === '统计测试决策丙')!;
    assert.equal(c.inNumerator, false);
    assert.equal(c.note, '讨论前未经合法性审查');
    assert.equal(c.link, `/console/decisions/${ids.C}`);
    assert.equal(records.items.filter((i) => i.inNumerator).length, 2);
    // on time: 甲 filed ten days before its due day, 乙 sixteen days after
    const filing = await recordsOf(reviewer, 'filed_on_time_rate');
    assert.deepEqual(
      filing.items.map((i) => [i.title, i.inNumerator, i.note]),
      [
        ['统计测试决策乙', false, '备案期限届满日 2021-06-14'],
        ['统计测试决策甲', true, '备案期限届满日 2021-07-20'],
      ],
    );
  });

  test('the catalogue counts the version in force at the period end', async () => {
    const { by } = await figuresOf(reviewer, 'from=2021-01-01&to=2021-06-30');
    assert.equal(by.get('catalogue_items')?.value, 2);
    const listed = await recordsOf(reviewer, 'catalogue_items', 'from=2021-01-01&to=2021-06-30');
    assert.ok(listed.items.every((i) => i.note === '2021年决策事项目录（第1版）' && i.decisionId === null));
  });

  test('scope: a department counts what it conducts; a 承办单位 asked for narrows; another unit is 404', async () => {
    const own = await figuresOf(legal, YEAR);
    assert.equal(own.by.get('started')?.value, 2);
    assert.equal(own.by.get('catalogue_items')?.value, 1);
    assert.equal(own.by.get('decided')?.value, 1);
    assert.equal(own.by.get('legality_review_rate')?.display, '50.0%');
    assert.deepEqual(titles(await recordsOf(legal, 'started')), ['统计测试决策丙', '统计测试决策甲']);
    const narrowed = await figuresOf(reviewer, `${YEAR}&sponsorOrgId=${housing}`);
    assert.equal(narrowed.by.get('started')?.value, 1);
    assert.equal(narrowed.body.scope.sponsorName, '示范区住房和城乡建设局');
    const refused = await call(env.app, legal, 'GET', `/api/decision-statistics?${YEAR}&sponsorOrgId=${housing}`);
    assert.equal(refused.statusCode, 404);
    const bad = await call(env.app, reviewer, 'GET', '/api/decision-statistics?from=2021-12-31&to=2021-01-01');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /开始日期/);
  });

  test('the export holds every figure and the records behind each', async () => {
    const r = await call(env.app, reviewer, 'GET', `/api/decision-statistics/export.xlsx?${YEAR}`);
    assert.equal(r.statusCode, 200);
    const wb = new (await loadExcel()).Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const rows = Array.from(wb.worksheets[0]!.getSheetValues(), (v) => (Array.isArray(v) ? v.slice(1) : []));
    const row = (label: string) => rows.find((x) => x[1] === label);
    assert.equal(row('合法性审查率')?.[2], '66.7%（应为100%）');
    assert.equal(row('启动决策')?.[2], '3件');
    const behind = rows.filter((x) => x[0] === '合法性审查率' && typeof x[1] === 'string' && x[1].startsWith('统计'));
    assert.deepEqual(
      behind.map((x) => [x[1], x[6]]),
      [
        ['统计测试决策乙', '是'],
        ['统计测试决策甲', '是'],
        ['统计测试决策丙', '否'],
      ],
    );
  });
});

describe("the demo region's two years of decisions", () => {
  const since = (days: number) => formatIsoDate(parseIsoDate(env.services.clock.today()) - days);

  test('every state the procedure has so far, each labelled demo, and real figures over the two years', async () => {
    const demo = await env.services.db
      .selectFrom('decision_records')
      .select(['status', 'is_demo'])
      .where('title', 'not like', '统计测试%')
      .execute();
    assert.ok(demo.every((d) => d.is_demo));
    const statuses = new Set(demo.map((d) => d.status));
    for (const s of ['proposed', 'not_started', 'drafting', 'legality_review', 'discussion'] as const)
      assert.ok(statuses.has(s), s);
    for (const s of ['decided', 'not_adopted', 'published'] as const) assert.ok(statuses.has(s), s);
    const { by } = await figuresOf(reviewer, `from=${since(730)}&to=${since(0)}`);
    assert.ok((by.get('started')?.value ?? 0) >= 10);
    assert.ok((by.get('decided')?.value ?? 0) >= 4);
    assert.equal(by.get('legality_review_rate')?.display, '100.0%');
    const onTime = by.get('filed_on_time_rate')!;
    assert.ok(onTime.denominator! >= 3 && onTime.numerator! < onTime.denominator!, 'one filing was late');
    assert.ok((by.get('catalogue_items')?.value ?? 0) >= 3);
  });

  test('the leader, the office, the department and the justice bureau each find a decision waiting for them', async () => {
    const waiting = async (username: string, title: string, ability: string) => {
      const who = await signIn(env.app, username);
      const list = (await call(env.app, who, 'GET', '/api/decisions')).json() as DecisionRecordList;
      const found = list.items.find((d) => d.title === title);
      assert.ok(found, `${username}: ${title}`);
      const one = (await call(env.app, who, 'GET', `/api/decisions/${found.id}`)).json() as DecisionRecord;
      assert.equal(one.abilities[ability as keyof DecisionRecord['abilities']], true, `${username}: ${ability}`);
    };
    await waiting('demo.leader', '示范区公共文化设施免费开放实施方案', 'reportToParty');
    await waiting('demo.office', '示范区生活垃圾分类管理实施办法', 'decideStart');
    await waiting('demo.legal', '示范区城区农贸市场布局优化调整方案', 'openConsultation');
    await waiting('demo.reviewer', '示范区预付式消费经营行为规范措施', 'recordReview');
  });
});
