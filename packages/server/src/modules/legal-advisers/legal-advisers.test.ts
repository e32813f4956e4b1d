// 法律顾问与合法性审查 through the API: a department registers its advisers (a village's under its township by name;
// the place checked against the unit's kind), a contract's end warned before it lapses, an engagement with its signed
// opinion; a department sends a contract to the shared desk, the justice bureau finds it in its queue and concludes
// it with the opinions counted and a registered adviser as counsel (linked, and the adviser's engagement recorded
// from it), the department revises after 修改后通过; a meeting topic without a passed review is refused from the
// agenda. Every act is audited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  LegalAdviserEngagements,
  LegalAdviserList,
  LegalAdviserStatisticRecords,
  LegalAdviserStatistics,
  LegalReviewMatter,
  LegalityReviewPackage,
  LegalityReviewQueue,
} from '@fazhi/core/contracts';
import { addDays } from '@fazhi/core/normative-documents';
import { pinnedClock } from '../../platform/clock';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { matterAsRows } from './test/factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let office: Session;
let market: string;
let government: string;
let township: string;
let today: string;

before(async () => {
  // a day already pinned elsewhere, away from long holidays: the review is sent seven calendar days back and must
  // have had its three working days (after 国庆 it would not)
  env = await createTestEnv({ clock: pinnedClock('2026-11-23') });
  [legal, reviewer, office] = await Promise.all([
    sessionOf(env, 'demo.legal'),
    sessionOf(env, 'demo.reviewer'),
    sessionOf(env, 'demo.office'),
  ]);
  market = await orgId(env, '示范区市场监督管理局');
  government = await orgId(env, '示范区人民政府');
  const town = await env.services.db
    .selectFrom('orgs')
    .select('id')
    .where('kind', '=', 'township')
    .where('name', 'like', '示范区%')
    .executeTakeFirstOrThrow();
  township = town.id;
  today = env.services.clock.today();
});
after(async () => env?.close());

const auditOf = async (id: string) =>
  (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .execute()
  ).map((r) => r.action);

describe('the registry of advisers and government lawyers', () => {
  let adviser: string;

  test('an external adviser with the firm, licence and contract; the contract warned before it lapses', async () => {
    const res = await call(env.app, legal, 'POST', '/api/legal-advisers', {
      adviserUnitId: market,
      adviserLevel: 'department',
      adviserKind: 'legal_adviser',
      adviserName: '测试顾问甲',
      lawFirm: '测试律师事务所',
      lawyerLicenceNumber: '11501201010123456',
      contractFrom: addDays(today, -300),
      contractUntil: addDays(today, 10),
      contractFeeYuan: 30000,
      serviceScope: '重大行政决策、合同审查、诉讼代理',
    });
    assert.equal(res.statusCode, 201, res.body);
    adviser = res.json().id;
    assert.deepEqual(await auditOf(adviser), ['legal_adviser.registered']);
    const list = (await call(env.app, legal, 'GET', '/api/legal-advisers')).json() as LegalAdviserList;
    const row = list.items.find((a) => a.id === adviser)!;
    assert.equal(row.standing, 'lapsing');
    assert.equal(row.daysLeft, 10);
    assert.equal(row.feeYuan, 30000);
  });

  test('bad input names its fields: the contract of an external adviser, a village placed on a department', async () => {
    const res = await call(env.app, legal, 'POST', '/api/legal-advisers', {
      adviserUnitId: market,
      adviserLevel: 'department',
      adviserKind: 'legal_adviser',
      adviserName: '测试顾问乙',
      lawyerLicenceNumber: '123',
    });
    assert.equal(res.statusCode, 400);
    const paths = (res.json().fields as { path: string }[]).map((f) => f.path).sort();
    assert.deepEqual(paths, ['contractFrom', 'contractUntil', 'lawyerLicenceNumber', 'serviceScope']);
    const village = await call(env.app, reviewer, 'POST', '/api/legal-advisers', {
      adviserUnitId: market,
      adviserLevel: 'village',
      adviserKind: 'public_lawyer',
      adviserName: '测试公职律师',
      publicLawyerCertificate: 'GZ-1',
    });
    assert.equal(village.statusCode, 422, village.body);
    assert.deepEqual(
      (village.json().fields as { path: string }[]).map((f) => f.path),
      ['adviserUnitId', 'communityName'],
    );
  });

  test('a village adviser is kept under its township by the village name (by the justice bureau)', async () => {
    const res = await call(env.app, reviewer, 'POST', '/api/legal-advisers', {
      adviserUnitId: township,
      adviserLevel: 'village',
      communityName: '测试村',
      adviserKind: 'legal_adviser',
      adviserName: '测试村法律顾问',
      contractFrom: addDays(today, -30),
      contractUntil: addDays(today, 335),
      serviceScope: '村规民约审查、矛盾纠纷化解',
    });
    assert.equal(res.statusCode, 201, res.body);
    // the department's legal officer does not reach the township
    const list = (await call(env.app, legal, 'GET', '/api/legal-advisers')).json() as LegalAdviserList;
    assert.ok(!list.items.some((a) => a.id === res.json().id));
  });

  test('an engagement with the opinion signed; a signature before the engagement is refused', async () => {
    const bad = await call(env.app, legal, 'POST', `/api/legal-advisers/${adviser}/engagements`, {
      engagementKind: 'petition',
      engagementMatter: '测试信访件',
      engagedOn: addDays(today, -2),
      adviserOpinion: '建议依法答复',
      signedOn: addDays(today, -3),
    });
    assert.equal(bad.statusCode, 400);
    const res = await call(env.app, legal, 'POST', `/api/legal-advisers/${adviser}/engagements`, {
      engagementKind: 'petition',
      engagementMatter: '测试信访件',
      engagedOn: addDays(today, -2),
      adviserOpinion: '建议依法答复',
    });
    assert.equal(res.statusCode, 201, res.body);
    const list = (
      await call(env.app, legal, 'GET', `/api/legal-adviser-engagements?adviserId=${adviser}`)
    ).json() as LegalAdviserEngagements;
    assert.deepEqual(
      list.items.map((e) => [e.kindLabel, e.signedOn]),
      [['信访', addDays(today, -2)]],
    );
  });
});

describe('a contract on the shared review desk', () => {
  let matter: string;
  let adviser: string;

  test('the department sends it with its package; the review period is counted by the region rule', async () => {
    const bad = await call(env.app, legal, 'POST', '/api/legal-review-matters', {
      reviewKind: 'contract',
      sendingUnitId: market,
      matterTitle: '测试招商引资协议',
      matterText: '甲方……乙方……',
      ownReview: '本单位已审查',
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual((bad.json().fields as { path: string }[]).map((f) => f.path).sort(), [
      'contractKind',
      'counterparty',
    ]);
    const res = await call(env.app, legal, 'POST', '/api/legal-review-matters', {
      reviewKind: 'contract',
      contractKind: 'investment_promise',
      sendingUnitId: market,
      matterTitle: '测试招商引资协议',
      counterparty: '测试投资有限公司',
      amountYuan: 50000000,
      matterText: '甲方……乙方……',
      annexDescription: '附件1：项目可行性研究报告',
      ownReview: '本单位已审查，承诺事项在职权范围内',
      submittedOn: addDays(today, -7),
    });
    assert.equal(res.statusCode, 201, res.body);
    matter = res.json().id;
    assert.deepEqual(await auditOf(matter), [
      'contract_review.created',
      'deadline.set',
      'contract_review.submitted_for_legality_review',
    ]);
    const m = (await call(env.app, legal, 'GET', `/api/legal-review-matters/${matter}`)).json() as LegalReviewMatter;
    assert.equal(m.standing, 'pending');
    assert.match(m.rounds[0]!.dueBasis ?? '', /本地区关于合法性审查的规定/);
    assert.ok(m.due && m.due > addDays(today, -7));
  });

  test('the justice bureau finds it on its desk, with the registered advisers to pick the counsel from', async () => {
    const queue = (await call(env.app, reviewer, 'GET', '/api/legality-reviews')).json() as LegalityReviewQueue;
    assert.ok(queue.items.some((i) => i.subjectId === matter && i.kind === 'contract_review'));
    const pkg = (
      await call(env.app, reviewer, 'GET', `/api/legality-reviews/contract_review/${matter}`)
    ).json() as LegalityReviewPackage;
    assert.equal(pkg.countsOpinions, true);
    assert.equal(pkg.recordPath, `/legal-review-matters/${matter}/review`);
    adviser = pkg.counselChoices!.find((c) => c.name === '测试顾问甲')!.id;
    assert.equal(pkg.checklist.length, 5);
  });

  test('the opinion with its individual opinions counted; the counsel linked to the registry', async () => {
    const pkg = (
      await call(env.app, reviewer, 'GET', `/api/legality-reviews/contract_review/${matter}`)
    ).json() as LegalityReviewPackage;
    const body = {
      checklist: pkg.checklist.map((c) => ({ item: c.item, finding: 'ok' })),
      opinion: '一、第五条政策承诺超出本级权限，应删除；二、争议解决条款应明确管辖。',
      result: 'passed_with_changes',
      counsel: [{ name: '任意', role: 'public_lawyer', adviserId: adviser }],
    };
    const missing = await call(env.app, reviewer, 'POST', `/api/legal-review-matters/${matter}/review`, body);
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(
      (missing.json().fields as { path: string }[]).map((f) => f.path),
      ['opinionCount'],
    );
    const denied = await call(env.app, legal, 'POST', `/api/legal-review-matters/${matter}/review`, {
      ...body,
      opinionCount: 2,
    });
    assert.equal(denied.statusCode, 403);
    const res = await call(env.app, reviewer, 'POST', `/api/legal-review-matters/${matter}/review`, {
      ...body,
      opinionCount: 2,
    });
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json() as LegalReviewMatter;
    assert.equal(m.standing, 'passed_with_changes');
    assert.equal(m.rounds[0]!.opinionCount, 2);
    // the name and role come from the registry, not from what was typed
    assert.deepEqual(m.rounds[0]!.counsel, [{ name: '测试顾问甲', roleLabel: '法律顾问', adviserId: adviser }]);
    assert.equal(m.abilities.revise, false, 'the reviewer does not revise');
    const asSender = (await call(env.app, legal, 'GET', `/api/legal-review-matters/${matter}`)).json();
    assert.equal((asSender as LegalReviewMatter).abilities.revise, true);
    const engagements = (
      await call(env.app, legal, 'GET', `/api/legal-adviser-engagements?adviserId=${adviser}`)
    ).json() as LegalAdviserEngagements;
    assert.ok(engagements.items.some((e) => e.kind === 'contract' && e.matter.includes('测试招商引资协议')));
    assert.deepEqual((await auditOf(matter)).slice(-1), ['contract_review.legality_reviewed']);
  });

  test('the department revises it in answer, once', async () => {
    const res = await call(env.app, legal, 'POST', `/api/legal-review-matters/${matter}/revision`, {
      matterText: '修改后的协议文本',
      revisionNote: '已删除第五条，明确由合同履行地人民法院管辖',
    });
    assert.equal(res.statusCode, 200, res.body);
    const m = res.json() as LegalReviewMatter;
    assert.equal(m.rounds[0]!.revision?.explanation, '已删除第五条，明确由合同履行地人民法院管辖');
    assert.equal(m.abilities.revise, false);
    const again = await call(env.app, legal, 'POST', `/api/legal-review-matters/${matter}/revision`, {
      matterText: '再次修改',
      revisionNote: '再次修改',
    });
    assert.equal(again.statusCode, 409);
    assert.deepEqual((await auditOf(matter)).slice(-1), ['contract_review.revised']);
  });
});

describe('the statistics count the records', () => {
  test('reviews by kind and outcome, each individual opinion, advisers by level, engagements', async () => {
    const res = await call(env.app, reviewer, 'GET', '/api/legal-adviser-statistics');
    assert.equal(res.statusCode, 200, res.body);
    const figures = Object.fromEntries((res.json() as LegalAdviserStatistics).figures.map((f) => [f.key, f.value]));
    for (const key of ['reviews_contract', 'reviews_passed_with_changes', 'reviews_within_period', 'advisers_village'])
      assert.ok(figures[key]! >= 1, key);
    assert.ok(figures.review_opinions! >= 2);
    assert.ok(figures.engagements! >= 2);
    const records = await call(
      env.app,
      reviewer,
      'GET',
      '/api/legal-adviser-statistics/records?figure=review_opinions&pageSize=200',
    );
    assert.equal(records.statusCode, 200, records.body);
    const titles = (records.json() as LegalAdviserStatisticRecords).items.map((r) => r.title);
    assert.ok(titles.includes('测试招商引资协议（第1条）') && titles.includes('测试招商引资协议（第2条）'));
    const officer = await sessionOf(env, 'demo.officer');
    assert.equal((await call(env.app, officer, 'GET', '/api/legal-adviser-statistics')).statusCode, 403);
  });
});

describe('the meeting agenda', () => {
  test('a topic without a passed review cannot be put on the agenda; a passed one can', async () => {
    const place = {
      orgId: government,
      regionCode: (
        await env.services.db
          .selectFrom('orgs')
          .select('region_code')
          .where('id', '=', government)
          .executeTakeFirstOrThrow()
      ).region_code,
    };
    const unreviewed = await matterAsRows(env.services.db, place, {
      kind: 'meeting_topic',
      title: '未审议题',
      on: today,
    });
    const pending = await matterAsRows(env.services.db, place, {
      kind: 'meeting_topic',
      title: '审查中议题',
      review: 'pending',
      on: today,
    });
    const passed = await matterAsRows(env.services.db, place, {
      kind: 'meeting_topic',
      title: '已审议题',
      review: 'passed',
      on: today,
    });
    const refused = await call(env.app, office, 'POST', '/api/legal-review-meetings', {
      meetingUnitId: government,
      meetingTitle: '区政府第9次常务会议',
      meetingOn: today,
      topicMatterIds: [passed.id, unreviewed.id, pending.id],
    });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.deepEqual(
      (refused.json().fields as { path: string; message: string }[]).map((f) => [f.path, f.message]),
      [
        ['topicMatterIds.1', '议题“未审议题”未经合法性审查，不得提交会议研究'],
        ['topicMatterIds.2', '议题“审查中议题”正在合法性审查中，审查通过后方可提交会议研究'],
      ],
    );
    const res = await call(env.app, office, 'POST', '/api/legal-review-meetings', {
      meetingUnitId: government,
      meetingTitle: '区政府第9次常务会议',
      meetingOn: today,
      topicMatterIds: [passed.id],
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(await auditOf(res.json().id), ['legal_review_meeting.recorded']);
  });
});
