// 规范性文件统计: each figure of a period counted from records built through the real commands, the records behind
// each figure, the period boundaries, the scope (a unit sees its own figures, the justice bureau the region's, nobody
// another region's) and bad input.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, sessionOf, type Session, type TestEnv } from '../../../../test/helpers';
import { assertTraceable, emptyNormativeRegister, records, statistics } from '../test/statistics-fixtures';
import { inWriteTransaction } from '../../../platform/write';
import { submitFiling } from '../filing/commands/submit-filing';
import { recordFilingReview } from '../filing/commands/record-filing-review';
import { orderCorrection } from '../filing/commands/order-correction';
import { reportCorrection } from '../filing/commands/report-correction';
import { confirmCorrectionOn } from '../filing/commands/confirm-correction';
import { openCleanupCampaignOn } from '../cleanup/commands/open-cleanup-campaign';
import { recordCleanupDecisionOn } from '../cleanup/commands/record-cleanup-decision';
import { publishCleanupResults } from '../cleanup/commands/publish-cleanup-results';
import { expireDocuments } from '../catalogue/jobs/expire-documents';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { SUBJECT } from '../support';
import { addOtherRegion, addUser, buildDocument, sys } from '../test/factory';
import { pinnedClock } from '../../../platform/clock';

let env: TestEnv;
let reviewer: Session;
let legal: Session;
// The scenario is a timeline of exact day offsets (a review concluded on the period's last day…), so it runs on a
// pinned day whose offsets are all lawful working-day spans: the figures depend on the calendar, not on today.
const clock = pinnedClock('2026-08-14');
const T = clock.today();
const ago = (n: number) => daysFrom(T, -n);
// The period of the main scenario: 120 to 60 days ago.
const period = { from: ago(120), to: ago(60) };
const ids: Record<string, string> = {};

async function filingDue(id: string) {
  const row = await env.services.db
    .selectFrom('deadlines')
    .select('due_on')
    .where('subject_type', '=', SUBJECT)
    .where('subject_id', '=', id)
    .where('kind', '=', 'filing')
    .executeTakeFirstOrThrow();
  return row.due_on.slice(0, 10);
}

// Without consultation (its recorded exemption) a document built `n` days ago is drafted on day -n, submitted for the
// legality review on -n+1, reviewed on -n+15, deliberated on -n+17 and published on -n+19; issued in the name of
// the district government, it is filed within the district's 5 days.
const build = (n: number, state: Parameters<typeof buildDocument>[1]['state'], title: string) =>
  buildDocument(env, { state, startDaysAgo: n, exemptConsultation: true, title, issuerOrg: '示范区人民政府' });

before(async () => {
  // the demo's normative register is emptied below: its units and people are all the test needs
  env = await createTestEnv({ clock, demoDay: 'run' });
  await emptyNormativeRegister(env);
  reviewer = await sessionOf(env, 'demo.reviewer');
  legal = await sessionOf(env, 'demo.legal');
  const s = env.services;
  ids.d1 = await build(110, 'published', '统计测试一号办法'); // published -91
  ids.d2 = await build(62, 'legality_review', '统计测试二号办法'); // submitted -61, not concluded
  ids.d3 = await build(130, 'published', '统计测试三号办法'); // drafted -130, reviewed -115, published -111
  ids.last = await build(60, 'drafting', '统计测试期末当日起草'); // drafted on the period's last day
  ids.after = await build(59, 'drafting', '统计测试期末次日起草'); // the next day
  ids.first = await build(120, 'drafting', '统计测试期初当日起草');
  ids.before = await build(121, 'drafting', '统计测试期初前一日起草');
  ids.d8 = await build(69, 'deliberation', '统计测试八号办法'); // submitted -68, reviewed -54 (after the period)
  ids.d9 = await build(100, 'published', '统计测试九号办法'); // published -81
  ids.d10 = await build(105, 'published', '统计测试十号办法'); // published -86, never filed
  // filings: d1 on its due day (on time), d3 three days late, d9 on its due day
  await submitFiling(s, sys, ids.d1, await filingDue(ids.d1));
  await submitFiling(s, sys, ids.d3, daysFrom(await filingDue(ids.d3), 3));
  await submitFiling(s, sys, ids.d9, await filingDue(ids.d9));
  await recordFilingReview(s, sys, ids.d1, { outcome: 'accepted', reviewedOn: ago(80) });
  await recordFilingReview(s, sys, ids.d9, {
    outcome: 'not_reviewable',
    opinion: '属于内部管理文件',
    reviewedOn: ago(65),
  });
  await orderCorrection(s, sys, ids.d3, { opinion: '增设了行政许可条件，请自行纠正', orderedOn: ago(95) });
  await reportCorrection(s, sys, ids.d3, { report: '已删除相关条款', reportedOn: ago(92) });
  await inWriteTransaction(s, sys, (w) => confirmCorrectionOn(s, w, ids.d3 as string, { confirmed: true }, ago(85)));
  // a cleanup published 62 days ago over the four documents then in force: d10 repealed, the others remain valid
  const { id: campaign } = await inWriteTransaction(s, sys, (w) =>
    openCleanupCampaignOn(
      s,
      w,
      { title: '统计测试定期清理', kind: 'periodic', openedOn: ago(70) },
      { regionCode: '159901' },
    ),
  );
  ids.campaign = campaign;
  for (const key of ['d1', 'd3', 'd9', 'd10'])
    await inWriteTransaction(s, sys, (w) =>
      recordCleanupDecisionOn(
        s,
        w,
        campaign,
        key === 'd10'
          ? { documentId: ids[key] as string, outcome: 'repeal', reason: '上位法已废止' }
          : { documentId: ids[key] as string, outcome: 'remains_valid' },
        ago(64),
      ),
    );
  await publishCleanupResults(s, sys, campaign, ago(62));
  ids.d7 = await build(75, 'published', '统计测试七号办法'); // reviewed -60 (last day), published -56
});
after(() => env.close());

describe('figures of a period, each traceable to its records', () => {
  test('counts drafting, review, publication, filing, correction, stock and cleanup by the date that counts', async () => {
    const { figure } = await statistics(env, reviewer, period);
    const values = Object.fromEntries(
      [
        'drafted',
        'review_submitted',
        'reviewed',
        'published',
        'filed',
        'filing_accepted',
        'filing_correction_ordered',
        'filing_not_reviewable',
        'corrections_confirmed',
        'valid',
        'repealed',
        'lapsed',
        'cleanup_campaigns',
        'cleanup_documents',
        'cleanup_remains_valid',
        'cleanup_amend',
        'cleanup_repeal',
        'cleanup_lapse',
      ].map((k) => [k, figure(k).value]),
    );
    assert.deepEqual(values, {
      // d1 -110, d2 -62, last -60, first -120, d8 -69, d9 -100, d10 -105, d7 -75 (not d3 -130, after -59, before -121)
      drafted: 8,
      // d1 -109, d2 -61, d8 -68, d9 -99, d10 -104, d7 -74 (d3 -129 is before the period)
      review_submitted: 6,
      // d1 -95, d3 -115, d9 -85, d10 -90, d7 -60 (d8 -54 after)
      reviewed: 5,
      // d1 -91, d3 -111, d9 -81, d10 -86 (d7 -56 after)
      published: 4,
      filed: 3,
      filing_accepted: 1,
      filing_correction_ordered: 1,
      filing_not_reviewable: 1,
      corrections_confirmed: 1,
      // at the period end: d1, d3, d9 in force; d10 repealed by the cleanup; d7 not yet published
      valid: 3,
      repealed: 1,
      lapsed: 0,
      cleanup_campaigns: 1,
      cleanup_documents: 4,
      cleanup_remains_valid: 3,
      cleanup_amend: 0,
      cleanup_repeal: 1,
      cleanup_lapse: 0,
    });
  });

  test('rates carry numerator and denominator: 审结率 4/6, 备案率 3/4, 及时率 2/3', async () => {
    const { figure } = await statistics(env, reviewer, period);
    const rate = (k: string) => {
      const f = figure(k);
      return [f.numerator, f.denominator, f.value, f.display, f.unit];
    };
    // submitted in the period: d1, d9, d10, d7 concluded by -60; d2 never; d8 only on -54
    assert.deepEqual(rate('review_completion_rate'), [4, 6, 66.7, '66.7%', '%']);
    // due in the period: d1, d3, d9, d10 — d10 never filed
    assert.deepEqual(rate('filing_rate'), [3, 4, 75, '75.0%', '%']);
    // filed in the period: d1 and d9 on their due day, d3 three days late
    assert.deepEqual(rate('filing_on_time_rate'), [2, 3, 66.7, '66.7%', '%']);
  });

  test('a rate with nothing due is null and shown as a dash', async () => {
    const { figure } = await statistics(env, reviewer, { from: '2020-01-01', to: '2020-12-31' });
    for (const k of ['review_completion_rate', 'filing_rate', 'filing_on_time_rate']) {
      assert.equal(figure(k).value, null, k);
      assert.equal(figure(k).display, '—', k);
      assert.equal(figure(k).denominator, 0, k);
    }
  });

  test('every figure lists exactly the records it counts, with 文号, unit, the date that counted and a link', async () => {
    await assertTraceable(env, reviewer, period);
    const filed = await records(env, reviewer, 'filed', period);
    assert.deepEqual(filed.map((r) => r.id).sort(), [ids.d1, ids.d3, ids.d9].sort());
    for (const r of filed) {
      assert.match(r.docNumber ?? '', /^示政规〔\d{4}〕\d+号$/);
      assert.equal(r.unitName, '示范区市场监督管理局');
      assert.ok(r.countedOn >= period.from && r.countedOn <= period.to);
      assert.equal(r.link, `/console/normative-documents/${r.id}`);
    }
    const late = (await records(env, reviewer, 'filing_on_time_rate', period)).filter((r) => !r.inNumerator);
    assert.deepEqual(
      late.map((r) => r.id),
      [ids.d3],
    );
    const campaigns = await records(env, reviewer, 'cleanup_campaigns', period);
    assert.deepEqual(
      campaigns.map((r) => r.link),
      [`/console/normative-cleanups/${ids.campaign}`],
    );
  });

  test('a record on the last day of the period counts, one on the next day does not; likewise the first day', async () => {
    const drafted = (await records(env, reviewer, 'drafted', period)).map((r) => r.id);
    assert.ok(drafted.includes(ids.last as string) && drafted.includes(ids.first as string));
    assert.ok(!drafted.includes(ids.after as string) && !drafted.includes(ids.before as string));
    const next = (await records(env, reviewer, 'drafted', { from: ago(59), to: ago(59) })).map((r) => r.id);
    assert.deepEqual(next, [ids.after]);
    // d7's review concluded on the last day: counted as reviewed in the period, not in the next
    const reviewed = (await records(env, reviewer, 'reviewed', period)).map((r) => r.id);
    assert.ok(reviewed.includes(ids.d7 as string));
    const later = (await records(env, reviewer, 'reviewed', { from: ago(59), to: T })).map((r) => r.id);
    assert.deepEqual(later, [ids.d8]);
  });

  test('the period defaults to this year to date', async () => {
    const { body } = await statistics(env, reviewer, {});
    assert.deepEqual(body.period, { from: `${T.slice(0, 4)}-01-01`, to: T });
    assert.equal(body.scope.regionCode, '159901');
  });
});

describe('state at the period end', () => {
  test('a document is in force through the last day of its validity and lapsed from the next', async () => {
    const id = await build(50, 'published', '统计测试到期失效办法'); // published -31
    const db = env.services.db;
    await db
      .updateTable('normative_documents')
      .set({ expires_on: ago(10) })
      .where('id', '=', id)
      .execute();
    await db
      .updateTable('normative_registrations')
      .set({ expires_on: ago(10) })
      .where('document_id', '=', id)
      .execute();
    await expireDocuments(env.services);
    const at = async (figure: string, day: string) =>
      (await records(env, reviewer, figure, { from: ago(40), to: day })).map((r) => r.id).includes(id);
    assert.deepEqual([await at('valid', ago(10)), await at('lapsed', ago(10))], [true, false]);
    assert.deepEqual([await at('valid', ago(9)), await at('lapsed', ago(9))], [false, true]);
    assert.deepEqual([await at('valid', ago(32)), await at('lapsed', ago(32))], [false, false]);
  });

  test('a document published with a later 施行日期 is 已公布、尚未施行 at a period end before it, not 现行有效', async () => {
    const id = await build(50, 'published', '统计测试延后施行办法'); // published -31
    await env.services.db
      .updateTable('normative_documents')
      .set({ effective_on: ago(20) })
      .where('id', '=', id)
      .execute();
    const at = async (figure: string, day: string) =>
      (await records(env, reviewer, figure, { from: ago(40), to: day })).map((r) => r.id).includes(id);
    assert.deepEqual([await at('valid', ago(21)), await at('not_yet_effective', ago(21))], [false, true]);
    assert.deepEqual([await at('valid', ago(20)), await at('not_yet_effective', ago(20))], [true, false]);
  });
});

describe('scope', () => {
  test("a unit's legal officer counts only the unit's records, and is told whose figures these are", async () => {
    await addUser(env, 'stats.finance', '示范区财政局', 'legal_officer');
    const finance = await sessionOf(env, 'stats.finance');
    const own = await buildDocument(env, {
      state: 'drafting',
      draftingOrg: '示范区财政局',
      issuerOrg: '示范区人民政府',
      startDaysAgo: 20,
    });
    const recent = { from: ago(30), to: T };
    assert.deepEqual(
      (await records(env, finance, 'drafted', recent)).map((r) => r.id),
      [own],
    );
    assert.equal((await statistics(env, finance, period)).figure('filed').value, 0);
    assert.equal((await records(env, finance, 'filed', period)).length, 0);
    assert.equal((await statistics(env, finance, recent)).body.scope.orgName, '示范区财政局');
    assert.equal((await statistics(env, legal, recent)).figure('drafted').value, 0);
    assert.equal((await statistics(env, reviewer, recent)).figure('drafted').value, 1);
    await assertTraceable(env, finance, recent);
  });

  test("the justice bureau narrows the region to one unit; a unit's officer cannot ask for another unit", async () => {
    const market = (
      await env.services.db
        .selectFrom('orgs')
        .select('id')
        .where('name', '=', '示范区市场监督管理局')
        .executeTakeFirstOrThrow()
    ).id;
    const finance = (
      await env.services.db.selectFrom('orgs').select('id').where('name', '=', '示范区财政局').executeTakeFirstOrThrow()
    ).id;
    const { body, figure } = await statistics(env, reviewer, { ...period, orgId: finance });
    assert.equal(body.scope.orgName, '示范区财政局');
    assert.equal(figure('filed').value, 0);
    assert.equal((await statistics(env, reviewer, { ...period, orgId: market })).figure('filed').value, 3);
    const res = await call(env.app, legal, 'GET', `/api/normative-statistics?orgId=${finance}`);
    assert.equal(res.statusCode, 404);
    assert.match(res.json().message, /不存在或您无权查看/);
  });

  test('nobody sees another region: it answers 404, and their own region has none of these records', async () => {
    await addOtherRegion(env);
    const other = await sessionOf(env, 'other.reviewer');
    for (const url of [
      '/api/normative-statistics?regionCode=159901',
      '/api/normative-statistics/records?figure=filed&regionCode=159901',
    ]) {
      const res = await call(env.app, other, 'GET', url);
      assert.equal(res.statusCode, 404, url);
    }
    const { body, figure } = await statistics(env, other, period);
    assert.equal(body.scope.regionCode, '159902');
    assert.equal(figure('filed').value, 0);
    assert.equal((await records(env, other, 'drafted', period)).length, 0);
  });

  test('someone without access to normative documents is refused; the public must sign in', async () => {
    const officer = await sessionOf(env, 'demo.officer');
    assert.equal((await call(env.app, officer, 'GET', '/api/normative-statistics')).statusCode, 403);
    assert.equal((await call(env.app, null, 'GET', '/api/normative-statistics')).statusCode, 401);
  });
});

describe('bad input', () => {
  const refused = async (url: string, pattern: RegExp) => {
    const res = await call(env.app, reviewer, 'GET', url);
    assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
    const body = res.json() as { code: string; message: string };
    assert.match(body.message, pattern, url);
    assert.match(body.message, /[\u4e00-\u9fff]/);
  };

  test('refuses a period that ends before it starts, naming the dates', () =>
    refused('/api/normative-statistics?from=2026-06-02&to=2026-06-01', /开始日期.*不能晚于结束日期/));

  test('refuses dates that are not real dates', async () => {
    await refused('/api/normative-statistics?from=2026-02-30', /开始日期/);
    await refused('/api/normative-statistics?to=yesterday', /结束日期/);
    await refused('/api/normative-statistics/records?figure=filed&from=2026-13-01', /开始日期/);
  });

  test('refuses an unknown figure and a malformed unit or region', async () => {
    await refused('/api/normative-statistics/records?figure=profit', /统计项目/);
    await refused('/api/normative-statistics/records', /统计项目/);
    await refused('/api/normative-statistics?orgId=x', /标识格式不正确/);
    await refused('/api/normative-statistics?regionCode=12', /地区代码/);
  });
});
