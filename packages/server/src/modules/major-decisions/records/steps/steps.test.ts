// The middle steps of one decision that calls for all four, through the API as its users take them: the legality
// review is refused while each is missing, naming the step and its article; the hearing's materials sent less than
// 7 days before are refused (第十六条), the record needs every participant's signature (第十七条); the experts come
// from a draw recorded for the decision and the step is complete only with every drawn expert's signed opinion
// (第十九条、第二十条), a redraw only with its reason; an uncontrollable risk sends the draft back (第二十四条); a
// draft found not to comply with fair competition is reviewed again. Each act leaves its act row and audit event.
// The hearing's announcement is a 公文 (第十六条、第十七条), in the console and on the portal while the hearing is open.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DecisionRecord, ExpertDraw, PublicDecisionHearingList } from '@fazhi/core/contracts';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../../test/helpers';
import { proposeDecision } from '../commands/propose-decision';
import { decideStart } from '../commands/decide-start';
import { recordDraft } from '../commands/record-draft';
import { openConsultation } from '../commands/open-consultation';
import { closeConsultation } from '../commands/close-consultation';
import { announceHearing } from './commands/announce-hearing';
import { decisionAuditOf } from '../test/audit-of';
import { docxText, pdfPageTexts } from '../../../../../test/paper-text';
import { chineseDate } from '../../../../platform/display-dates';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let id: string;
let today: string;
const system = { actor: null, ip: null };
const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
const later = (n: number) => formatIsoDate(parseIsoDate(today) + n);
const one = (suffix = '') => `/api/decisions/${id}${suffix}`;

before(async () => {
  env = await createTestEnv();
  [legal, reviewer] = [await signIn(env.app, 'demo.legal'), await signIn(env.app, 'demo.reviewer')];
  today = env.services.clock.today();
  const s = env.services;
  // states the test does not look at are built through the commands: proposed, started, drafted, consulted
  ({ id } = await proposeDecision(s, system, {
    bodyOrgId: await orgId(env, '示范区人民政府'),
    title: '示范区集贸市场摊位租金调整方案（步骤测试）',
    sponsorOrgId: await orgId(env, '示范区市场监督管理局'),
    applicableSteps: ['hearing', 'expert_review', 'risk_assessment', 'fair_competition_review'],
    outsideCatalogueReason: '测试',
    proposal: '测试建议',
    proposer: '测试',
  }));
  await decideStart(s, system, id, { start: true, startRecord: '测试' });
  await recordDraft(s, system, id, { draftText: '草案', explanation: '说明', options: [], viewsDifferWidely: false });
  await openConsultation(s, system, id, { opensOn: ago(80), closesOn: ago(40) });
  await closeConsultation(s, system, id, ago(39));
});
after(async () => env?.close());

const post = (who: Session, path: string, body: unknown) => call(env.app, who, 'POST', one(path), body);
async function refused(who: Session, path: string, body: unknown, status: number, code: string, message?: RegExp) {
  const r = await post(who, path, body);
  assert.equal(r.statusCode, status, r.body);
  assert.equal(r.json().code, code, r.body);
  if (message) assert.match(r.json().message, message);
  return r.json() as { message: string; fields?: { path: string }[] };
}
const submit = { basis: '依据', procedureStatement: '说明' };
describe('the hearing, the experts, the risk and the fair-competition review before the legality review', () => {
  test('the review names every missing step with its article', async () => {
    const r = await refused(legal, '/legality-review', submit, 422, 'DECISION_STEP_MISSING');
    for (const m of [/听证会.*第十六条/, /专家论证.*第十九条/, /风险评估.*第二十二条/, /公平竞争审查.*第二十九条/])
      assert.match(r.message, m);
  });

  test('第十六条、第十七条: the hearing announced with materials 7 days ahead, held with every signature', async () => {
    const hearing = {
      hearingOn: later(5),
      hearingPlace: '示范区政务服务中心三楼会议室',
      selectionRules: '按经营户、消费者、行业协会分类报名，公开随机遴选',
      participants: ['经营户代表甲', '消费者代表乙'],
      materialsSentOn: today,
    };
    const late = await refused(legal, '/hearing', hearing, 422, 'HEARING_NOTICE_LATE', /7日前.*第十六条/);
    assert.equal(late.fields?.[0]?.path, 'materialsSentOn');
    const announced = await post(legal, '/hearing', {
      ...hearing,
      hearingOn: ago(2),
      announcedOn: ago(25),
      materialsSentOn: ago(20),
    });
    assert.equal(announced.statusCode, 200, announced.body);
    const h = (announced.json() as DecisionRecord).stepRecords.hearing!;
    assert.ok(h.materialsDue >= ago(20) && h.materialsExplanation.length > 0, JSON.stringify(h));
    const record = { recordSummary: '听证参加人陈述意见并质证辩论……', signedBy: ['经营户代表甲'] };
    await refused(legal, '/hearing/record', record, 422, 'HEARING_RECORD_INCOMPLETE', /消费者代表乙.*第十七条/);
    const held = await post(legal, '/hearing/record', { ...record, signedBy: ['经营户代表甲', '消费者代表乙'] });
    assert.equal(held.statusCode, 200, held.body);
    assert.equal((held.json() as DecisionRecord).stepRecords.hearing?.heldOn, ago(2));
    const r = await refused(legal, '/legality-review', submit, 422, 'DECISION_STEP_MISSING');
    assert.doesNotMatch(r.message, /听证会/);
  });

  test('第十九条、第二十条: opinions from the draw recorded for the decision, complete only when all are signed', async () => {
    await refused(
      legal,
      '/expert-opinions',
      { opinions: [{ expertId: id, expertOpinion: '意见', signed: true }] },
      409,
      'EXPERTS_NOT_DRAWN',
    );
    const y = Number(today.slice(0, 4));
    for (const name of ['步骤专家甲', '步骤专家乙', '步骤专家丙'])
      assert.equal(
        (
          await call(env.app, reviewer, 'POST', '/api/decision-experts', {
            regionCode: '159901',
            name,
            field: '市场价格（步骤测试）',
            employer: '测试研究院',
            termFrom: `${y - 1}-01-01`,
            termTo: `${y + 1}-12-31`,
            conflicts: [],
          })
        ).statusCode,
        201,
      );
    const draw = (extra: Record<string, unknown> = {}) =>
      call(env.app, reviewer, 'POST', '/api/decision-expert-draws', {
        regionCode: '159901',
        matter: '示范区集贸市场摊位租金调整方案（步骤测试）',
        field: '市场价格（步骤测试）',
        count: 2,
        interests: [],
        decisionId: id,
        ...extra,
      });
    assert.equal((await draw()).statusCode, 201);
    const again = await draw();
    assert.equal(again.statusCode, 422, again.body);
    assert.equal(again.json().code, 'REDRAW_REASON_REQUIRED');
    const redrawn = await draw({ redrawReason: '原抽取专家之一因公出差无法参加论证' });
    assert.equal(redrawn.statusCode, 201, redrawn.body);
    const drawn = (redrawn.json() as ExpertDraw).drawn;

    const [first, second] = drawn;
    const partial = await post(legal, '/expert-opinions', {
      opinions: [
        { expertId: first!.id, expertOpinion: '租金调整幅度合理', signed: true },
        { expertId: second!.id, expertOpinion: '建议分步实施', signed: false },
      ],
    });
    assert.equal(partial.statusCode, 200, partial.body);
    const d = partial.json() as DecisionRecord;
    assert.equal(d.stepRecords.experts?.complete, false);
    assert.equal(d.stepRecords.experts?.redrawReason, '原抽取专家之一因公出差无法参加论证');
    assert.match(
      (await refused(legal, '/legality-review', submit, 422, 'DECISION_STEP_MISSING')).message,
      /专家论证.*第十九条/,
    );
    const signed = await post(legal, '/expert-opinions', {
      opinions: [{ expertId: second!.id, expertOpinion: '建议分步实施', signed: true }],
    });
    assert.equal((signed.json() as DecisionRecord).stepRecords.experts?.complete, true);
  });

  test('第二十三条、第二十四条: a report needs its measures; an uncontrollable risk sends the draft back', async () => {
    const report = {
      assessor: '示范区社会稳定风险评估中心',
      riskLevel: 'high',
      controllable: false,
      riskPoints: ['部分经营户集中上访'],
      measures: '',
      contingencyPlan: '成立应急工作组',
    };
    const unnamed = await refused(legal, '/risk-assessment', report, 400, 'VALIDATION_FAILED', /风险防范措施/);
    assert.ok(unnamed.fields?.some((f) => f.path === 'measures'));
    const noPoints = { ...report, measures: '分步调整租金', riskPoints: [] };
    const incomplete = await refused(legal, '/risk-assessment', noPoints, 422, 'RISK_REPORT_INCOMPLETE', /第二十三条/);
    assert.ok(incomplete.fields?.some((f) => f.path === 'riskPoints'));
    const back = await post(legal, '/risk-assessment', { ...report, measures: '分步调整租金' });
    assert.equal(back.statusCode, 200, back.body);
    assert.match((back.json() as DecisionRecord).acts.at(-1)!.summary, /风险不可控.*调整决策草案.*第二十四条/);
    assert.match((await refused(legal, '/legality-review', submit, 422, 'DECISION_STEP_MISSING')).message, /风险评估/);
    const ok = await post(legal, '/risk-assessment', {
      ...report,
      riskLevel: 'medium',
      controllable: true,
      measures: '分步调整租金',
    });
    assert.equal((ok.json() as DecisionRecord).stepRecords.riskAssessments.length, 2);
  });

  test('公平竞争审查: not complying is reviewed again; then the legality review goes ahead', async () => {
    const review = {
      reviewingBody: '示范区市场监督管理局（会同承办单位）',
      competitionConclusion: 'does_not_comply',
      competitionExplanation: '对本地经营户给予租金优惠，构成差别待遇',
    };
    assert.equal((await post(legal, '/fair-competition-review', review)).statusCode, 200);
    assert.match(
      (await refused(legal, '/legality-review', submit, 422, 'DECISION_STEP_MISSING')).message,
      /公平竞争审查/,
    );
    const passed = await post(legal, '/fair-competition-review', {
      ...review,
      competitionConclusion: 'complies_after_adjustment',
      competitionExplanation: '删除差别待遇条款后符合',
    });
    const d = passed.json() as DecisionRecord;
    assert.match(d.stepRecords.fairCompetitionBasis, /《公平竞争审查条例》（国务院令第783号）第二条、第十四条/);
    const sent = await post(legal, '/legality-review', submit);
    assert.equal(sent.statusCode, 200, sent.body);
    assert.equal((sent.json() as DecisionRecord).status, 'legality_review');
    // no step is recorded once the draft is under review
    await refused(
      legal,
      '/risk-assessment',
      { assessor: '甲', riskLevel: 'low', controllable: true, riskPoints: ['x'], measures: 'y', contingencyPlan: 'z' },
      409,
      'DECISION_STATUS_CONFLICT',
    );
  });

  test('every act wrote its act row and audit event', async () => {
    const acts = await env.services.db
      .selectFrom('decision_record_acts')
      .select('act')
      .where('decision_id', '=', id)
      .execute();
    const audit = await decisionAuditOf(env, id);
    for (const a of [
      'hearing_announced',
      'hearing_held',
      'experts_drawn',
      'experts_heard',
      'risk_assessed',
      'fair_competition_reviewed',
    ]) {
      assert.ok(
        acts.some((x) => x.act === a),
        a,
      );
      assert.ok(audit.includes(`major_decision.${a}`), a);
    }
  });

  test('a step the decision does not call for is refused', async () => {
    const { id: other } = await proposeDecision(env.services, system, {
      bodyOrgId: await orgId(env, '示范区人民政府'),
      title: '不适用听证的决策（步骤测试）',
      sponsorOrgId: await orgId(env, '示范区市场监督管理局'),
      applicableSteps: [],
      outsideCatalogueReason: '测试',
      proposal: '测试',
      proposer: '测试',
    });
    await decideStart(env.services, system, other, { start: true, startRecord: '测试' });
    const r = await call(env.app, legal, 'POST', `/api/decisions/${other}/fair-competition-review`, {
      reviewingBody: '甲',
      competitionConclusion: 'complies',
      competitionExplanation: '符合',
    });
    assert.equal(r.statusCode, 409, r.body);
    assert.equal(r.json().code, 'DECISION_STEP_NOT_APPLICABLE');
  });
});

test('the demo decision that calls for every step waits for its risk assessment on the bureau’s desk', async () => {
  const list = (await call(env.app, legal, 'GET', '/api/decisions')).json() as {
    items: { id: string; title: string }[];
  };
  const demo = list.items.find((x) => x.title === '示范区集贸市场摊位租金调整方案')!;
  const d = (await call(env.app, legal, 'GET', `/api/decisions/${demo.id}`)).json() as DecisionRecord;
  assert.equal(d.isDemo, true);
  assert.ok(d.stepRecords.hearing?.heldOn);
  assert.equal(d.stepRecords.experts?.complete, true);
  assert.equal(d.stepRecords.fairCompetitionReviews[0]?.conclusion, 'complies_after_adjustment');
  assert.deepEqual(
    Object.entries(d.abilities)
      .filter(([k, v]) => v && /Hearing|Expert|Risk|FairCompetition/.test(k))
      .map(([k]) => k),
    ['recordExpertOpinions', 'recordRiskAssessment', 'recordFairCompetitionReview'],
  );
  const r = await call(env.app, legal, 'POST', `/api/decisions/${demo.id}/legality-review`, submit);
  assert.equal(r.statusCode, 422, r.body);
  assert.match(
    r.json().message,
    /^尚未完成：风险评估（风险可控）（《重大行政决策程序暂行条例》第二十二条至第二十四条）$/,
  );
});

test('第十六条: the portal lists a hearing announced and not yet held, with what the announcement publishes', async () => {
  const { id: open } = await proposeDecision(env.services, system, {
    bodyOrgId: await orgId(env, '示范区人民政府'),
    title: '示范区公共停车收费标准调整方案（步骤测试）',
    sponsorOrgId: await orgId(env, '示范区市场监督管理局'),
    applicableSteps: ['hearing'],
    outsideCatalogueReason: '测试',
    proposal: '测试',
    proposer: '测试',
  });
  await decideStart(env.services, system, open, { start: true, startRecord: '测试' });
  const paper = `/api/decisions/${open}/papers/hearing-announcement`;
  const early = await call(env.app, legal, 'GET', paper);
  assert.equal(early.statusCode, 409, early.body);
  assert.match(early.json().message, /^不能生成听证会公告：尚未公告听证会（《重大行政决策程序暂行条例》第十六条）/);
  const hearing = {
    hearingOn: later(20),
    hearingPlace: '示范区政务服务中心听证室',
    selectionRules: '公开报名，随机遴选',
    participants: ['车主代表甲'],
    announcedOn: ago(5),
    applicationMethod: '向示范区市场监督管理局书面报名',
    materialsSentOn: today,
  };
  const half = await call(env.app, legal, 'POST', `/api/decisions/${open}/hearing`, hearing);
  assert.equal(half.statusCode, 422, half.body);
  assert.equal(half.json().code, 'HEARING_APPLICATION_INVALID');
  assert.deepEqual(
    half.json().fields.map((f: { path: string }) => f.path),
    ['applicationClosesOn'],
  );
  await announceHearing(env.services, system, open, { ...hearing, applicationClosesOn: ago(1) });
  const r = await env.app.inject({ method: 'GET', url: '/api/public/decision-hearings' });
  assert.equal(r.statusCode, 200, r.body);
  const item = (r.json() as PublicDecisionHearingList).items.find((h) => h.decisionTitle.includes('公共停车收费'));
  assert.equal(item?.hearingOn, later(20));
  assert.deepEqual(item?.participants, ['车主代表甲']);
  assert.equal('recordSummary' in (item ?? {}), false);
  assert.equal(item?.applicationClosesOn, ago(1));
  // 第十六条、第十七条: the announcement as a 公文, in the console and on the portal (no sign-in), its text read back
  const docx = await docxText((await call(env.app, legal, 'GET', paper)).rawPayload);
  for (const p of [
    /^示范区市场监督管理局\n示范区市场监督管理局听证〔\d{4}〕\d+号\n关于召开《示范区公共停车收费标准调整方案（步骤测试）》听证会的公告/,
    new RegExp(`二、听证时间和地点：\u3000?${chineseDate(later(20))}，示范区政务服务中心听证室`),
    /三、听证参加人遴选办法：\u3000?公开报名，随机遴选/,
    /四、报名方式：\u3000?向示范区市场监督管理局书面报名/,
    new RegExp(`五、报名截止日期：\u3000?${chineseDate(ago(1))}`),
    /六、听证参加人名单：\u3000?车主代表甲/,
    /第十七条/,
    new RegExp(`示范区市场监督管理局\n${chineseDate(ago(5))}`),
  ])
    assert.match(docx, p, docx);
  const pdf = await env.app.inject({
    method: 'GET',
    url: `/api/public/decision-hearings/${item!.id}/announcement?format=pdf`,
  });
  assert.equal(pdf.statusCode, 200, pdf.body);
  assert.match(pdfPageTexts(pdf.rawPayload).join(''), /四、报名方式：向示范区市场监督管理局书面报名/);
  // a hearing already held is no longer open
  assert.ok(!(r.json() as PublicDecisionHearingList).items.some((h) => h.decisionTitle.includes('摊位租金')));
});
