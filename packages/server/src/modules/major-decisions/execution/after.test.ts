// After a decision is published, switching users: the body's office names the implementing unit (第三十四条), whose
// legal officer then reads the decision and finds its overdue report red on the workbench, reports with a problem
// (第三十五条) and gets the next due day; the evaluation refuses the unit that assessed before the decision
// (第三十六条第二款); a suspension, a minor and a major adjustment and a stop go only through the procedure
// (第三十七条); accountability is recorded at any stage (第三十八条至第四十一条); the archive refuses a file with gaps
// and keeps the generated case file — its contents giving each part's page — and manifest with their SM3 digests
// (第三十三条). Each act leaves its act row and audit event. The decisions start published from a fixture
// (execution/test/published-decision.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { DecisionAfter, DecisionRecord, Workbench } from '@fazhi/core/contracts';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { sm3 } from '../../../platform/crypto/sm';
import { chineseDate } from '../../../platform/display-dates';
import { pdfPageTexts } from '../../../../test/paper-text';
import { publishedDecision } from './test/published-decision';

let env: TestEnv;
let office: Session;
let legal: Session;
let government: string;
let market: string;
let today: string;
const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
const url = (id: string, path = '') => `/api/decisions/${id}${path}`;

before(async () => {
  env = await createTestEnv();
  [office, legal] = [await signIn(env.app, 'demo.office'), await signIn(env.app, 'demo.legal')];
  government = await orgId(env, '示范区人民政府');
  market = await orgId(env, '示范区市场监督管理局');
  today = env.services.clock.today();
});
after(async () => env?.close());

const acts = async (id: string) =>
  (
    await env.services.db
      .selectFrom('decision_record_acts')
      .select('act')
      .where('decision_id', '=', id)
      .orderBy('created_at')
      .execute()
  ).map((r) => r.act);
const audited = async (id: string, action: string) =>
  env.services.db
    .selectFrom('audit_log')
    .select('changes')
    .where('subject_type', '=', 'major_decision')
    .where('subject_id', '=', id)
    .where('action', '=', action)
    .executeTakeFirst();

async function post(who: Session, path: string, body: unknown, status = 200) {
  const r = await call(env.app, who, 'POST', path, body);
  assert.equal(r.statusCode, status, r.body);
  return r.json() as DecisionAfter & { code: string; message: string; fields?: { path: string }[] };
}

const published = (title: string, filed = true) =>
  publishedDecision(env.services, {
    regionCode: '159901',
    bodyOrgId: government,
    sponsorOrgId: government,
    title: `${title}${randomUUID().slice(0, 6)}`,
    filed,
  });

describe('a published decision executed, evaluated, changed, held to account and archived', () => {
  let id: string;
  let title: string;
  before(async () => {
    id = await published('示范区老旧小区改造实施方案（测试）');
    title = (
      await env.services.db
        .selectFrom('decision_records')
        .select('title')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).title;
  });

  test('第三十四条: the body names the implementing unit, whose staff then read the decision and find the report due', async () => {
    assert.equal((await call(env.app, legal, 'GET', url(id, '/after'))).statusCode, 404, 'not yet its decision');
    const early = await post(office, url(id, '/progress-reports'), { implementerOrgId: market, progress: '测试' }, 422);
    assert.match(early.message, /明确决策执行单位.*第三十四条/);
    const bad = await post(
      office,
      url(id, '/implementation'),
      { units: [{ orgId: market, lead: false }], assignmentRecord: '区政府第9次常务会议' },
      422,
    );
    assert.equal(bad.fields?.[0]?.path, 'units');
    const assigned = await post(office, url(id, '/implementation'), {
      units: [{ orgId: market, lead: true }],
      assignedOn: ago(100),
      assignmentRecord: '区政府第9次常务会议',
    });
    assert.equal(assigned.implementers[0]?.name, '示范区市场监督管理局');
    assert.ok(assigned.implementers[0]!.nextReportDue! < today, 'three months after the assignment, now past');
    assert.equal(assigned.abilities.assignImplementation, false);
    await post(
      office,
      url(id, '/implementation'),
      { units: [{ orgId: market, lead: true }], assignmentRecord: '再次' },
      409,
    );

    const seen = (await call(env.app, legal, 'GET', url(id, '/after'))).json() as DecisionAfter;
    assert.deepEqual(seen.reportsFor, [{ id: market, name: '示范区市场监督管理局' }]);
    assert.equal(seen.abilities.reportProgress, true);
    assert.equal(seen.abilities.archive, false, 'the archive is the body’s');
    const workbench = (await call(env.app, legal, 'GET', '/api/workbench')).json() as Workbench;
    const due = workbench.todos.find((t) => t.subjectTitle.includes(title) && t.label === '报告决策执行情况');
    assert.equal(due?.warningLevel, 'red', JSON.stringify(due));
    assert.match(due!.basis, /第三十四条/);
    assert.ok(await audited(id, 'major_decision.implementation_assigned'));
  });

  test('第三十五条: a report with a problem names both; the overdue report closes late and the next is due', async () => {
    const half = await post(
      legal,
      url(id, '/progress-reports'),
      { implementerOrgId: market, progress: '已完成12个小区', problem: 'circumstances_changed' },
      422,
    );
    assert.ok(half.fields?.some((f) => f.path === 'problemDetail'));
    await post(office, url(id, '/progress-reports'), { implementerOrgId: market, progress: '测试' }, 403);
    const reported = await post(legal, url(id, '/progress-reports'), {
      implementerOrgId: market,
      progress: '已完成12个小区的改造',
      problem: 'circumstances_changed',
      problemDetail: '建材价格上涨，预算不足',
    });
    assert.equal(reported.progressReports[0]?.problemLabel, '客观情况发生重大变化');
    assert.ok(reported.implementers[0]!.nextReportDue! > today);
    const decision = (await call(env.app, legal, 'GET', url(id))).json() as DecisionRecord;
    assert.match(decision.acts.at(-1)!.summary, /逾期.*客观情况发生重大变化.*第三十五条/);
    // 第三十五条: reported to the body at once — its office is told
    const told = await env.services.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('n.body')
      .where('u.username', '=', 'demo.office')
      .where('n.kind', '=', 'decision.problem_reported')
      .where('n.subject_id', '=', id)
      .executeTakeFirst();
    assert.match(told?.body ?? '', /建材价格上涨/);
    assert.ok(
      decision.deadlines.some((d) => d.label === '报告决策执行情况' && d.status === 'open' && d.explanation.length > 0),
    );
  });

  test('第三十六条: the unit that assessed before the decision may not evaluate it; another unit may', async () => {
    await env.services.db
      .insertInto('decision_expert_draws')
      .values({
        region_code: '159901',
        id: randomUUID(),
        matter: title,
        field: '城市规划',
        count: 1,
        interests: JSON.stringify([]),
        seed: 'test',
        candidates: JSON.stringify([]),
        excluded: JSON.stringify([]),
        drawn: JSON.stringify([{ id: randomUUID(), name: '专家甲', employer: '示范区城市规划研究院' }]),
        drawn_on: ago(90),
      })
      .execute();
    const evaluation = {
      trigger: 'many_objections',
      triggerDetail: '居民反映施工扰民意见较多',
      evaluatorName: '示范区城市规划研究院',
      participants: '人大代表2名、政协委员1名、居民代表10名',
      evaluationReport: '改造进度符合预期，但施工时段安排不当',
      conclusion: 'adjust',
    };
    const refused = await post(office, url(id, '/evaluations'), evaluation, 422);
    assert.equal(refused.code, 'EVALUATOR_EXCLUDED');
    assert.match(refused.message, /第三十六条第二款/);
    // the unit that assessed the decision's risk did main assessment work before it too (第二十二条、第二十三条)
    await env.services.db
      .insertInto('decision_risk_assessments')
      .values({
        region_code: '159901',
        id: randomUUID(),
        decision_id: id,
        assessor: '示范区社会稳定风险评估中心',
        level: 'low',
        controllable: true,
        risk_points: JSON.stringify(['施工扰民']),
        measures: '错峰施工',
        contingency_plan: '设立投诉受理专线',
        assessed_on: ago(80),
      })
      .execute();
    const byAssessor = await post(
      office,
      url(id, '/evaluations'),
      { ...evaluation, evaluatorName: '示范区社会稳定风险评估中心' },
      422,
    );
    assert.equal(byAssessor.code, 'EVALUATOR_EXCLUDED');
    const done = await post(office, url(id, '/evaluations'), { ...evaluation, evaluatorName: '示范区社会科学院' });
    assert.equal(done.evaluations[0]?.conclusionLabel, '建议调整决策');
    assert.ok(await audited(id, 'major_decision.evaluated'));
  });

  test('第三十七条: suspended in an emergency, adjusted, stopped only with the meeting', async () => {
    const unstopped = await post(office, url(id, '/stop'), { reason: '测试', decisionRecord: '区长批示' }, 422);
    assert.match(unstopped.message, /常务会议或者全体会议.*第三十七条/);
    const suspended = await post(office, url(id, '/suspension'), {
      situation: 'circumstances_changed',
      reason: '预算不足，需重新核定',
      decisionRecord: '区长批示〔2026〕12号',
    });
    assert.equal(suspended.abilities.suspend, false);
    await post(
      office,
      url(id, '/suspension'),
      { situation: 'force_majeure', reason: '再次', decisionRecord: '批示' },
      409,
    );
    const adjusted = await post(office, url(id, '/adjustments'), {
      kind: 'minor',
      reason: '按评估意见调整施工时段',
      decisionRecord: '区政府第12次常务会议',
      content: '施工时间调整为每日8时至18时',
    });
    assert.equal(adjusted.changes.at(-1)?.kindLabel, '不改变决策实质内容的调整');
    assert.equal(((await call(env.app, office, 'GET', url(id))).json() as DecisionRecord).status, 'published');
    const stopped = await post(office, url(id, '/stop'), {
      reason: '评估认为应当停止',
      meetingKind: 'executive',
      decisionRecord: '区政府第13次常务会议',
    });
    assert.equal(stopped.abilities.adjust, false);
    assert.equal(((await call(env.app, office, 'GET', url(id))).json() as DecisionRecord).status, 'stopped');
  });

  test('第三十七条: a major adjustment suspends the decision and runs the procedure again as a new record', async () => {
    const other = await published('示范区公交线网优化方案（测试）');
    await post(office, url(other, '/implementation'), {
      units: [{ orgId: government, lead: true }],
      assignmentRecord: '常务会议',
    });
    const changed = await post(office, url(other, '/adjustments'), {
      kind: 'major',
      reason: '线网重大调整',
      decisionRecord: '区政府第14次常务会议',
      content: '新增两条快线',
    });
    const next = changed.changes.at(-1)!.newDecisionId!;
    const fresh = (await call(env.app, office, 'GET', url(next))).json() as DecisionRecord;
    assert.equal(fresh.status, 'proposed');
    assert.match(fresh.outsideCatalogueReason ?? '', /第三十七条/);
    assert.equal(((await call(env.app, office, 'GET', url(other))).json() as DecisionRecord).status, 'suspended');
    // 第三十八条至第四十一条: accountability at any stage, here on a decision just proposed
    const held = await post(office, url(next, '/accountability'), {
      person: '示范区交通运输局原局长张某',
      article: 'art40',
      accountabilityFinding: '对执行中发现的重大问题漏报',
      handlingBody: '示范区监察委员会',
      handling: '诫勉谈话',
      decidedOn: ago(1),
    });
    assert.match(held.accountability[0]!.articleLabel, /第四十条/);
    assert.deepEqual(await acts(next), ['proposed', 'accountability_recorded']);
  });

  test('第三十三条: the archive lists the file’s gaps; archived, the case file and manifest are kept with their digests', async () => {
    const gappy = await published('示范区夜间经济发展措施（测试）', false);
    const check = (await call(env.app, office, 'GET', url(gappy, '/after'))).json() as DecisionAfter;
    assert.deepEqual(
      check.caseFileGaps.map((g) => g.part),
      ['filing', 'execution', 'progress'],
    );
    const refused = await post(office, url(gappy, '/archive'), {}, 422);
    assert.equal(refused.code, 'CASE_FILE_INCOMPLETE');
    assert.match(
      refused.message,
      /备案报告.*明确决策执行单位的决定（《重大行政决策程序暂行条例》第三十四条、第三十五条）.*第三十三条/,
    );

    await post(legal, url(id, '/archive'), {}, 403);
    const archived = await post(office, url(id, '/archive'), {});
    assert.equal(archived.caseFileGaps.length, 0);
    const kept = archived.archive!;
    const pdf = await call(env.app, office, 'GET', url(id, '/archive/case-file.pdf'));
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal(sm3(pdf.rawPayload), kept.caseFileSm3);
    const manifest = await call(env.app, office, 'GET', url(id, '/archive/manifest.json'));
    assert.equal(sm3(manifest.rawPayload), kept.manifestSm3);
    const listed = JSON.parse(manifest.body) as {
      files: { sm3: string }[];
      parts: { seq: number; title: string; on: string | null }[];
    };
    assert.equal(listed.files[0]!.sm3, kept.caseFileSm3);
    // the contents give each part the page its heading is on (read from the PDF's own text)
    const pages = pdfPageTexts(pdf.rawPayload);
    const firstPart = pages.findIndex((t) => t.startsWith('1.决策建议'));
    assert.ok(firstPart > 0, 'the parts follow the contents');
    const contents = pages.slice(0, firstPart).join('');
    for (const p of listed.parts) {
      const page = pages.findIndex((t) => t.startsWith(`${p.seq}.${p.title}`)) + 1;
      assert.ok(page > firstPart, `part ${p.seq} has a page of its own`);
      const row = `${p.seq}${p.title}${p.on ? chineseDate(p.on) : ''}${page}`;
      assert.ok(contents.includes(row), `the contents list ${row}: ${contents}`);
    }
    assert.deepEqual(
      listed.parts.slice(0, 3).map((p) => p.title),
      ['决策建议', '决定启动决策程序', '决策草案及起草说明'],
    );
    assert.ok(listed.parts.some((p) => p.title === '停止执行'));
    const again = await call(env.app, office, 'GET', url(id, '/archive/case-file.pdf'));
    assert.ok(again.rawPayload.equals(pdf.rawPayload), 'the stored file, not a new rendering');
    await post(office, url(id, '/archive'), {}, 409);
    const event = await audited(id, 'major_decision.archived');
    assert.equal((event?.changes as { manifestSm3: string }).manifestSm3, kept.manifestSm3);
    assert.equal((await call(env.app, office, 'GET', url(gappy, '/archive/manifest.json'))).statusCode, 404);
    assert.deepEqual((await acts(id)).slice(-1), ['archived']);
  });
});
