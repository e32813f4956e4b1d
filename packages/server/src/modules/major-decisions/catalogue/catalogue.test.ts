// The decision catalogue end to end through the API: the office drafts the year's catalogue, the publication is
// refused until the same-level Party committee's consent is recorded (第三条第三款), an adjustment keeps every
// version, the portal shows each item's history; every act has its audit event; the demo region's catalogues.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DecisionCatalogue, PublicCatalogues } from '@fazhi/core/contracts';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { createRegion } from '../../organisations/commands/create-region';
import { createOrg } from '../../organisations/commands/create-org';

const system = { actor: null, ip: null };

let env: TestEnv;
let office: Session;
let government: string;
let sponsor: string;
const base = '/api/decision-catalogues';
const year = 2040;

const item = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  sponsorOrgId: sponsor,
  legalBasis: '《中华人民共和国城乡规划法》',
  plannedStart: `${year}-03-01`,
  plannedFinish: `${year}-09-30`,
  applicableSteps: ['hearing', 'risk_assessment'],
  ...extra,
});

before(async () => {
  env = await createTestEnv();
  office = await signIn(env.app, 'demo.office');
  government = await orgId(env, '示范区人民政府');
  sponsor = await orgId(env, '示范区住房和城乡建设局');
});
after(async () => env?.close());

const auditActions = async (subjectIds: string[]) =>
  (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', 'in', subjectIds)
      .orderBy('occurred_at')
      .execute()
  ).map((r) => r.action);

describe('the office publishes and adjusts the year’s decision catalogue', () => {
  let first: string;
  let second: string;

  test('drafted with items; published only after the Party committee’s consent (第三条第三款)', async () => {
    const created = await call(env.app, office, 'POST', base, { bodyOrgId: government, year });
    assert.equal(created.statusCode, 201, created.body);
    first = (created.json() as { id: string }).id;
    const again = await call(env.app, office, 'POST', base, { bodyOrgId: government, year });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'CATALOGUE_EXISTS');

    for (const title of ['示范区测试事项甲', '示范区测试事项乙', '示范区测试事项丙']) {
      const r = await call(env.app, office, 'POST', `${base}/${first}/items`, item(title));
      assert.equal(r.statusCode, 200, r.body);
    }
    const early = await call(env.app, office, 'POST', `${base}/${first}/publication`, {});
    assert.equal(early.statusCode, 422);
    assert.equal(early.json().code, 'PARTY_CONSENT_MISSING');
    assert.match(early.json().message, /同级党委同意.*第三条第三款/);

    const today = env.services.clock.today();
    const consent = await call(env.app, office, 'POST', `${base}/${first}/party-consent`, {
      consentedOn: today,
      record: '区委常委会会议纪要（测试）',
    });
    assert.equal(consent.statusCode, 200, consent.body);
    const locked = await call(env.app, office, 'POST', `${base}/${first}/items`, item('同意后增加的事项'));
    assert.equal(locked.statusCode, 409);
    const published = await call(env.app, office, 'POST', `${base}/${first}/publication`, {});
    assert.equal(published.statusCode, 200, published.body);
    const c = published.json() as DecisionCatalogue;
    assert.equal(c.status, 'published');
    assert.equal(c.items.length, 3);
    assert.ok(c.abilities.adjust);
    // the item's procedure lists its steps with their articles: hearing applies, expert review does not
    const steps = c.items[0]!.steps.map((s) => s.label);
    assert.ok(steps.includes('听证会') && !steps.includes('专家论证'));
    assert.ok(c.items[0]!.steps.find((s) => s.label === '合法性审查')?.basis.includes('第二十五条'));
  });

  test('an adjustment is a new version with its reason; the portal shows each item’s history', async () => {
    const adjusted = await call(env.app, office, 'POST', `${base}/${first}/adjustment`, { reason: '根据测试需要调整' });
    assert.equal(adjusted.statusCode, 201, adjusted.body);
    second = (adjusted.json() as { id: string }).id;
    const draft = (await call(env.app, office, 'GET', `${base}/${second}`)).json() as DecisionCatalogue;
    assert.equal(draft.versionNo, 2);
    assert.equal(draft.items.length, 3);
    const byTitle = (t: string) => draft.items.find((i) => i.title === t)!;
    assert.equal(
      (await call(env.app, office, 'DELETE', `${base}/${second}/items/${byTitle('示范区测试事项乙').id}`)).statusCode,
      200,
    );
    const changed = await call(
      env.app,
      office,
      'PUT',
      `${base}/${second}/items/${byTitle('示范区测试事项丙').id}`,
      item('示范区测试事项丙', { plannedFinish: `${year}-12-31` }),
    );
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(
      (await call(env.app, office, 'POST', `${base}/${second}/items`, item('示范区测试事项丁'))).statusCode,
      200,
    );
    await call(env.app, office, 'POST', `${base}/${second}/party-consent`, {
      consentedOn: env.services.clock.today(),
      record: '区委常委会会议纪要（测试二）',
    });
    assert.equal((await call(env.app, office, 'POST', `${base}/${second}/publication`, {})).statusCode, 200);
    const v1 = (await call(env.app, office, 'GET', `${base}/${first}`)).json() as DecisionCatalogue;
    assert.equal(v1.status, 'superseded');
    assert.deepEqual(
      v1.versions.map((v) => [v.versionNo, v.status]),
      [
        [1, 'superseded'],
        [2, 'published'],
      ],
    );

    const portal = await call(env.app, null, 'GET', `/api/public/decision-catalogues?year=${year}`);
    assert.equal(portal.statusCode, 200, portal.body);
    const shown = (portal.json() as PublicCatalogues).catalogues.find((c) => c.bodyName === '示范区人民政府')!;
    assert.equal(shown.versionNo, 2);
    assert.deepEqual(
      shown.items.map((i) => i.title),
      ['示范区测试事项甲', '示范区测试事项丙', '示范区测试事项丁'],
    );
    const history = (t: string) =>
      [...shown.items, ...shown.removed].find((i) => i.title === t)!.history.map((h) => [h.versionNo, h.changeLabel]);
    assert.deepEqual(history('示范区测试事项甲'), [[1, '列入目录']]);
    assert.deepEqual(history('示范区测试事项丙'), [
      [1, '列入目录'],
      [2, '调整时修改'],
    ]);
    assert.deepEqual(history('示范区测试事项丁'), [[2, '调整时新增']]);
    assert.deepEqual(history('示范区测试事项乙'), [
      [1, '列入目录'],
      [2, '调整时移出目录'],
    ]);
    assert.deepEqual(
      shown.adjustments.map((a) => a.reason),
      ['根据测试需要调整'],
    );
    assert.equal(shown.items.find((i) => i.title === '示范区测试事项丙')!.plannedFinish, `${year}-12-31`);
  });

  test('every act wrote its audit event', async () => {
    assert.deepEqual(await auditActions([first]), [
      'decision_catalogue.drafted',
      'decision_catalogue.item_added',
      'decision_catalogue.item_added',
      'decision_catalogue.item_added',
      'decision_catalogue.party_consent_recorded',
      'decision_catalogue.published',
    ]);
    assert.deepEqual(await auditActions([second]), [
      'decision_catalogue.adjustment_opened',
      'decision_catalogue.item_removed',
      'decision_catalogue.item_changed',
      'decision_catalogue.item_added',
      'decision_catalogue.party_consent_recorded',
      'decision_catalogue.published',
    ]);
  });
});

describe('what a catalogue refuses', () => {
  test('an item starts in the catalogue’s year, finishes after it starts, and its 承办单位 is of the region', async () => {
    const { id } = (await call(env.app, office, 'POST', base, { bodyOrgId: government, year: year + 1 })).json() as {
      id: string;
    };
    const dates = await call(
      env.app,
      office,
      'POST',
      `${base}/${id}/items`,
      item('日期错误', { plannedStart: `${year}-03-01`, plannedFinish: `${year}-01-01` }),
    );
    assert.equal(dates.statusCode, 422);
    assert.deepEqual((dates.json().fields as { path: string }[]).map((f) => f.path).sort(), [
      'plannedFinish',
      'plannedStart',
    ]);
    await createRegion(env.services, system, { code: '159902', name: '对照区（测试）', parentCode: '159900' });
    const { id: other } = await createOrg(env.services, system, {
      regionCode: '159902',
      name: '对照区人民政府',
      kind: 'government',
    });
    const outside = await call(
      env.app,
      office,
      'POST',
      `${base}/${id}/items`,
      item('外地承办', { sponsorOrgId: other, plannedStart: `${year + 1}-03-01`, plannedFinish: `${year + 1}-05-01` }),
    );
    assert.equal(outside.statusCode, 422);
    assert.equal(outside.json().code, 'SPONSOR_OUTSIDE_REGION');
    const empty = await call(env.app, office, 'POST', `${base}/${id}/party-consent`, {
      consentedOn: env.services.clock.today(),
      record: '测试',
    });
    assert.equal(empty.json().code, 'CATALOGUE_EMPTY');
  });

  test('第四十二条: a department keeps a catalogue only where the region has its departments follow the procedure', async () => {
    const legal = await signIn(env.app, 'demo.legal');
    const market = await orgId(env, '示范区市场监督管理局');
    await env.services.db
      .insertInto('region_settings')
      .values({ region_code: '159901', key: 'decision.departments-and-townships-follow', value: 'false', source: null })
      .execute();
    try {
      const refused = await call(env.app, legal, 'POST', base, { bodyOrgId: market, year });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().code, 'NOT_A_DECISION_BODY');
    } finally {
      await env.services.db
        .deleteFrom('region_settings')
        .where('key', '=', 'decision.departments-and-townships-follow')
        .execute();
    }
    assert.equal((await call(env.app, legal, 'POST', base, { bodyOrgId: market, year })).statusCode, 201);
  });
});

test('an item’s filing step cites the region’s own filing rule where it set one', async () => {
  const y = Number(env.services.clock.today().slice(0, 4));
  const list = (await call(env.app, office, 'GET', base)).json() as {
    items: { id: string; year: number; status: string }[];
  };
  const current = list.items.find((c) => c.year === y && c.status === 'published')!;
  const filingBasis = async () =>
    ((await call(env.app, office, 'GET', `${base}/${current.id}`)).json() as DecisionCatalogue).items[0]!.steps.find(
      (s) => s.label === '向上一级人民政府备案',
    )!.basis;
  assert.equal(await filingBasis(), '本地区关于重大行政决策备案的规定');
  await env.services.db
    .insertInto('region_settings')
    .values({
      region_code: '159901',
      key: 'deadline.rule.decision.filing.amount',
      value: '30',
      source: '《示范市重大行政决策程序规定》第三十五条（演示）',
    })
    .execute();
  try {
    assert.equal(await filingBasis(), '《示范市重大行政决策程序规定》第三十五条（演示）');
  } finally {
    await env.services.db
      .deleteFrom('region_settings')
      .where('key', '=', 'deadline.rule.decision.filing.amount')
      .execute();
  }
});

test('the demo region has this year’s catalogue and last year’s, adjusted once, labelled demo', async () => {
  const y = Number(env.services.clock.today().slice(0, 4));
  const list = (await call(env.app, office, 'GET', base)).json() as {
    items: { year: number; versionNo: number; status: string; isDemo: boolean }[];
  };
  const demo = list.items.filter((c) => c.isDemo);
  assert.deepEqual(
    demo.filter((c) => c.year === y).map((c) => [c.versionNo, c.status]),
    [[1, 'published']],
  );
  assert.deepEqual(
    demo.filter((c) => c.year === y - 1).map((c) => [c.versionNo, c.status]),
    [
      [2, 'published'],
      [1, 'superseded'],
    ],
  );
  const portal = (
    await call(env.app, null, 'GET', `/api/public/decision-catalogues?year=${y - 1}`)
  ).json() as PublicCatalogues;
  const last = portal.catalogues[0]!;
  assert.ok(last.isDemo);
  assert.equal(last.removed.length, 1);
  assert.equal(last.adjustments.length, 1);
});
