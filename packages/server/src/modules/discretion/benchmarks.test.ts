// The discretion benchmarks through the API: a body's legal officer drafts a benchmark (an unfit one refused naming
// the field), publishes it with its 施行日期, revises it as a new version that takes effect later; the lookup by
// item code and day answers the version in force; an enforcement officer asks a version for a penalty suggestion;
// the portal shows the versions in force and the lenient lists; every act has its audit event; the demo region's
// benchmarks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  DiscretionBenchmark,
  DiscretionStatistics,
  LenientLists,
  PenaltySuggestionAnswer,
} from '@fazhi/core/contracts';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { itemCodesUnchecked } from '../power-lists/test/item-codes';
import { benchmarkContent } from './test/factory';

let env: TestEnv;
let legal: Session;
let officer: Session;
let amr: string;
const base = '/api/discretion-benchmarks';
const itemCode = 'T-INTEG-0001';

before(async () => {
  env = await createTestEnv();
  // the procedure's own test items carry made-up codes; the item-code check is power-lists' item-links.test.ts
  await itemCodesUnchecked(env.services.db);
  legal = await sessionOf(env, 'demo.legal');
  officer = await sessionOf(env, 'demo.officer');
  amr = await orgId(env, '示范区市场监督管理局');
});
after(async () => env?.close());

const auditActions = async (id: string) =>
  (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .execute()
  ).map((r) => r.action);

describe('a body drafts, publishes and revises a benchmark; an officer asks it for a penalty', () => {
  let first: string;
  let second: string;
  const today = () => env.services.clock.today();

  test('an unfit benchmark is refused naming the field; a fit one is drafted', async () => {
    const content = benchmarkContent('经营者违反明码标价规定');
    const upsideDown = structuredClone(content);
    upsideDown.circumstances[1]!.fine = { kind: 'amount', minYuan: 5000, maxYuan: 100 };
    const bad = await call(env.app, legal, 'POST', base, { implementingOrgId: amr, itemCode, ...upsideDown });
    assert.equal(bad.statusCode, 422, bad.body);
    assert.equal(bad.json().code, 'BENCHMARK_INVALID');
    assert.deepEqual(bad.json().fields, [{ path: 'circumstances.1.fine', message: '罚款幅度的下限不能高于上限' }]);
    const fraction = structuredClone(content) as { circumstances: { fine: unknown }[] };
    fraction.circumstances[1]!.fine = { kind: 'amount', minYuan: 10.5, maxYuan: 100 };
    const notInteger = await call(env.app, legal, 'POST', base, { implementingOrgId: amr, itemCode, ...fraction });
    assert.equal(notInteger.statusCode, 400);
    assert.match(notInteger.json().message, /罚款下限应为整数元/);

    const created = await call(env.app, legal, 'POST', base, { implementingOrgId: amr, itemCode, ...content });
    assert.equal(created.statusCode, 201, created.body);
    first = created.json().id;
    const again = await call(env.app, legal, 'POST', base, { implementingOrgId: amr, itemCode, ...content });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'BENCHMARK_DRAFT_EXISTS');
    const early = await call(env.app, officer, 'POST', `${base}/${first}/suggestion`, { facts: {} });
    assert.equal(early.statusCode, 409);
  });

  test('published with its 施行日期, not before publication; then read-only', async () => {
    const before = await call(env.app, legal, 'POST', `${base}/${first}/publication`, {
      publishedOn: today(),
      effectiveOn: '2020-01-01',
    });
    assert.equal(before.statusCode, 422);
    assert.equal(before.json().code, 'EFFECTIVE_BEFORE_PUBLICATION');
    const published = await call(env.app, legal, 'POST', `${base}/${first}/publication`, { effectiveOn: today() });
    assert.equal(published.statusCode, 200, published.body);
    const b = published.json() as DiscretionBenchmark;
    assert.equal(b.standing, 'in_force');
    assert.deepEqual(b.abilities, { read: true, edit: false, publish: false, newVersion: true, suggest: true });
    const change = await call(env.app, legal, 'PUT', `${base}/${first}`, benchmarkContent('改名'));
    assert.equal(change.statusCode, 409);
  });

  test('an officer enters the facts and reads the circumstance, range, basis and reasons', async () => {
    const r = await call(env.app, officer, 'POST', `${base}/${first}/suggestion`, {
      facts: { repeatOffence: true, eliminatedHarm: true },
    });
    assert.equal(r.statusCode, 200, r.body);
    const s = r.json() as PenaltySuggestionAnswer;
    // 第三十二条第一项 makes 从轻 applicable, the benchmark has no 从轻 circumstance: the general range applies, and
    // the conflict with 从重 is stated with the order's source
    assert.equal(s.circumstance, 'lighter');
    assert.equal(s.fineText, '1000元以上3000元以下罚款');
    assert.equal(s.versionNo, 1);
    assert.ok(s.basis.some((x) => x.includes('第三十二条第一项')));
    assert.match(s.conflict!, /从重处罚/);
    assert.ok(s.reasons.some((x) => x.source === 'benchmark' && x.ref === '从重处罚' && x.applies));
    const young = await call(env.app, officer, 'POST', `${base}/${first}/suggestion`, {
      facts: { ageAtViolation: 13 },
    });
    assert.equal((young.json() as PenaltySuggestionAnswer).circumstance, 'no_penalty');
    const wrongGrade = await call(env.app, officer, 'POST', `${base}/${first}/suggestion`, { facts: { harm: 'huge' } });
    assert.equal(wrongGrade.statusCode, 400);
    assert.match(wrongGrade.json().message, /危害后果/);
    const officerDrafts = await call(env.app, officer, 'PUT', `${base}/${first}`, benchmarkContent());
    assert.equal(officerDrafts.statusCode, 403);
  });

  test('a revision is the next version with its reason; the lookup answers the version in force on a day', async () => {
    const noReason = await call(env.app, legal, 'POST', base, {
      implementingOrgId: amr,
      itemCode,
      ...benchmarkContent(),
    });
    assert.equal(noReason.statusCode, 422);
    assert.equal(noReason.json().code, 'REASON_REQUIRED');
    const revised = await call(env.app, legal, 'POST', base, {
      implementingOrgId: amr,
      itemCode,
      ...benchmarkContent('经营者违反明码标价规定'),
      reason: '细化从重情形',
    });
    assert.equal(revised.statusCode, 201, revised.body);
    second = revised.json().id;
    assert.equal(revised.json().versionNo, 2);
    const later = '2099-01-01';
    const published = await call(env.app, legal, 'POST', `${base}/${second}/publication`, { effectiveOn: later });
    assert.equal(published.statusCode, 200, published.body);
    assert.equal((published.json() as DiscretionBenchmark).standing, 'scheduled');

    const lookup = async (on: string) =>
      (
        await call(env.app, officer, 'GET', `${base}/in-force?implementingOrgId=${amr}&itemCode=${itemCode}&on=${on}`)
      ).json().benchmark?.id;
    assert.equal(await lookup(today()), first);
    assert.equal(await lookup(later), second);
    assert.equal(await lookup('2020-01-01'), undefined);
    assert.deepEqual(await auditActions(first), ['discretion_benchmark.drafted', 'discretion_benchmark.published']);
    assert.deepEqual(await auditActions(second), ['discretion_benchmark.drafted', 'discretion_benchmark.published']);
  });

  test('a draft is changed with its audit event', async () => {
    const { id } = (
      await call(env.app, legal, 'POST', base, {
        implementingOrgId: amr,
        itemCode: 'T-INTEG-0002',
        ...benchmarkContent(),
      })
    ).json();
    const changed = await call(env.app, legal, 'PUT', `${base}/${id}`, benchmarkContent('修改后的事项名称'));
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((changed.json() as DiscretionBenchmark).itemName, '修改后的事项名称');
    assert.deepEqual(await auditActions(id), ['discretion_benchmark.drafted', 'discretion_benchmark.changed']);
  });

  test('the portal shows the versions in force and the lenient lists; never a draft or a later version', async () => {
    const list = (await call(env.app, null, 'GET', '/api/public/discretion/benchmarks?q=T-INTEG')).json();
    assert.deepEqual(
      list.items.map((i: { id: string }) => i.id),
      [first],
    );
    assert.equal((await call(env.app, null, 'GET', `/api/public/discretion/benchmarks/${second}`)).statusCode, 404);
    const one = (await call(env.app, null, 'GET', `/api/public/discretion/benchmarks/${first}`)).json();
    assert.match(one.basisOfPublication, /第三十四条/);
    const lists = (await call(env.app, null, 'GET', '/api/public/discretion/lenient-lists')).json() as LenientLists;
    const noPenalty = lists.lists.find((l) => l.kind === 'no_penalty')!;
    assert.ok(noPenalty.entries.some((e) => e.itemCode === itemCode));
    assert.match(noPenalty.basis, /第三十三条/);
  });

  test('statistics: the items in force per body, their circumstances by kind', async () => {
    const r = await call(env.app, legal, 'GET', '/api/discretion-statistics');
    assert.equal(r.statusCode, 200, r.body);
    const row = (r.json() as DiscretionStatistics).rows.find((x) => x.implementingOrgId === amr)!;
    // the demo's three items plus this test's first version; the second test item is a draft
    assert.equal(row.figures.in_force, 4);
    assert.equal(row.figures.drafts, 1);
    assert.ok(row.figures.circumstances_general >= 3);
    // the records behind the row: the body's benchmarks, every version
    const behind = (await call(env.app, legal, 'GET', `${base}?implementingOrgId=${amr}`)).json();
    assert.ok(behind.items.length >= 6);
    assert.ok(behind.items.every((i: { implementingOrgId: string }) => i.implementingOrgId === amr));
  });
});

test('the demo region’s benchmarks: the price-tag item’s revision in force, each labelled demo', async () => {
  const list = (await call(env.app, legal, 'GET', `${base}?q=159901-01-CF-0009`)).json();
  const priceTags = list.items.filter((i: { itemCode: string }) => i.itemCode === '159901-01-CF-0009');
  assert.deepEqual(
    priceTags.map((i: { versionNo: number; standing: string; isDemo: boolean }) => [i.versionNo, i.standing, i.isDemo]),
    [
      [2, 'in_force', true],
      [1, 'superseded', true],
    ],
  );
});
