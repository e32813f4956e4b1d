// One decision through the API, switching users: the government office records a proposal outside the catalogue
// (refused without the reason) and the decision to start; the 承办单位's legal officer drafts (two options when
// views differ widely, 第十二条第四款), consults the public through the shared mechanism (≥ 30 days or a reason,
// 第十五条) and sends the draft for legality review (refused before the consultation, naming 第十四条); the justice
// bureau reviews (counsel required, 第二十七条; 7 working days, 第二十六条): found unlawful it goes back, found
// lawful it waits for the meeting. Each act leaves its history row and its audit event.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { DecisionRecord, DecisionRecordList, Workbench } from '@fazhi/core/contracts';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { decisionAuditOf } from './test/audit-of';
import type { DeadlineStatus, WarningLevel } from '../../../platform/deadlines';

let env: TestEnv;
let office: Session;
let legal: Session;
let reviewer: Session;
let government: string;
let market: string;
let today: string;
const base = '/api/decisions';
const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);

before(async () => {
  env = await createTestEnv();
  [office, legal, reviewer] = [
    await signIn(env.app, 'demo.office'),
    await signIn(env.app, 'demo.legal'),
    await signIn(env.app, 'demo.reviewer'),
  ];
  government = await orgId(env, '示范区人民政府');
  market = await orgId(env, '示范区市场监督管理局');
  today = env.services.clock.today();
});
after(async () => env?.close());

const auditOf = (id: string) => decisionAuditOf(env, id);

async function expectRefused(
  who: Session,
  path: string,
  body: unknown,
  status: number,
  code: string,
  message?: RegExp,
) {
  const r = await call(env.app, who, 'POST', path, body);
  assert.equal(r.statusCode, status, r.body);
  assert.equal(r.json().code, code);
  if (message) assert.match(r.json().message, message);
  return r.json() as { fields?: { path: string; message: string }[] };
}

const proposal = {
  proposal: '建议制定示范区农贸市场布局调整方案，解决城区农贸市场分布不均的问题',
  proposer: '示范区人大代表联名建议',
};
const outside = () => ({
  bodyOrgId: government,
  title: '示范区城区农贸市场布局调整方案（测试）',
  sponsorOrgId: '',
  applicableSteps: [],
  ...proposal,
});

describe('a decision from the proposal to the legality review, switching users', () => {
  let id: string;
  const one = (suffix = '') => `${base}/${id}${suffix}`;

  test('第十一条: outside the catalogue only with the reason; the office records the start', async () => {
    const body = { ...outside(), sponsorOrgId: market };
    const refused = await expectRefused(office, base, body, 422, 'OUTSIDE_CATALOGUE_INCOMPLETE', /应当说明理由/);
    assert.ok(refused.fields?.some((f) => f.path === 'outsideCatalogueReason'));
    const created = await call(env.app, office, 'POST', base, {
      ...body,
      outsideCatalogueReason: '群众反映集中，年中列入区政府重点工作',
    });
    assert.equal(created.statusCode, 201, created.body);
    id = (created.json() as { id: string }).id;

    // the sponsor's legal officer reads it, but the start is the body's to decide (403)
    await expectRefused(legal, one('/start-decision'), { start: true, startRecord: '测试' }, 403, 'FORBIDDEN');
    const started = await call(env.app, office, 'POST', one('/start-decision'), {
      start: true,
      startRecord: '区政府常务会议纪要〔测试〕1号',
    });
    assert.equal(started.statusCode, 200, started.body);
    const d = started.json() as DecisionRecord;
    assert.equal(d.status, 'drafting');
    assert.equal(d.sponsorName, '示范区市场监督管理局');
    assert.equal(d.inCatalogue, false);
    assert.ok(d.steps.some((s) => s.label === '合法性审查' && /第二十五条/.test(s.basis)));
  });

  test('第十二条: no consultation before the draft; views differing widely need two options', async () => {
    await expectRefused(legal, one('/consultation'), { closesOn: today }, 422, 'DECISION_STEP_MISSING', /第十二条/);
    const draft = {
      draftText: '一、调整原则……二、布局方案……',
      explanation: '起草过程、调研情况和主要内容的说明',
      options: ['就地改造提升'],
      viewsDifferWidely: true,
    };
    const refused = await expectRefused(legal, one('/draft'), draft, 422, 'OPTIONS_REQUIRED', /第十二条第四款/);
    assert.equal(refused.fields?.[0]?.path, 'options');
    const r = await call(env.app, legal, 'POST', one('/draft'), { ...draft, options: ['就地改造提升', '异地新建'] });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual((r.json() as DecisionRecord).draft?.options, ['就地改造提升', '异地新建']);
    assert.ok((r.json() as DecisionRecord).abilities.openConsultation);
  });

  test('第十四条、第十五条: the review waits for the consultation, whose period is ≥ 30 days or explained', async () => {
    await expectRefused(
      legal,
      one('/legality-review'),
      { basis: '依据', procedureStatement: '说明' },
      422,
      'DECISION_STEP_MISSING',
      /公众参与.*第十四条/,
    );
    await expectRefused(
      legal,
      one('/consultation'),
      { opensOn: ago(40), closesOn: ago(30) },
      422,
      'CONSULTATION_PERIOD_INVALID',
      /30/,
    );
    const opened = await call(env.app, legal, 'POST', one('/consultation'), { opensOn: ago(75), closesOn: ago(35) });
    assert.equal(opened.statusCode, 200, opened.body);
    assert.equal((opened.json() as DecisionRecord).status, 'consultation');
    const closed = await call(env.app, legal, 'POST', one('/consultation/closure'), { closedOn: ago(34) });
    assert.equal(closed.statusCode, 200, closed.body);
    const d = closed.json() as DecisionRecord;
    assert.equal(d.status, 'drafting');
    assert.equal(d.consultation?.open, false);
  });

  test('第二十五条至第二十八条: reviewed with counsel; unlawful goes back, lawful waits for the meeting', async () => {
    const sent = await call(env.app, legal, 'POST', one('/legality-review'), {
      submittedOn: ago(30),
      basis: '《中华人民共和国农产品质量安全法》',
      procedureStatement: '已公开征求意见35日，收到意见0条',
    });
    assert.equal(sent.statusCode, 200, sent.body);
    assert.equal((sent.json() as DecisionRecord).status, 'legality_review');
    const seen = (await call(env.app, reviewer, 'GET', one())).json() as DecisionRecord;
    assert.ok(seen.abilities.recordReview);
    assert.equal((await call(env.app, legal, 'GET', one())).json().abilities.recordReview, false);

    const checklist = seen.reviewChecklist.map((c) => ({ item: c.item, finding: 'ok' }));
    const review = { checklist, opinion: '经审查……', result: 'failed', counsel: [] };
    const incomplete = await expectRefused(
      reviewer,
      one('/legality-review/result'),
      review,
      422,
      'REVIEW_FORM_INCOMPLETE',
    );
    assert.ok(incomplete.fields?.some((f) => f.path === 'counsel'));
    const counsel = [{ name: '示范·张律师', role: 'public_lawyer' }];
    const unlawful = await call(env.app, reviewer, 'POST', one('/legality-review/result'), { ...review, counsel });
    assert.equal(unlawful.statusCode, 200, unlawful.body);
    assert.equal((unlawful.json() as DecisionRecord).status, 'drafting');

    // sent again today: concluding the same day needs the reason (一般不少于7个工作日)
    const again = await call(env.app, legal, 'POST', one('/legality-review'), {
      basis: '《中华人民共和国农产品质量安全法》',
      procedureStatement: '已按审查意见修改',
    });
    assert.equal(again.statusCode, 200, again.body);
    const passed = { ...review, counsel, result: 'passed' };
    await expectRefused(reviewer, one('/legality-review/result'), passed, 422, 'REVIEW_TOO_EARLY', /7个工作日/);
    const lawful = await call(env.app, reviewer, 'POST', one('/legality-review/result'), {
      ...passed,
      earlyReason: '第二次审查仅涉及修改部分',
    });
    assert.equal(lawful.statusCode, 200, lawful.body);
    const d = lawful.json() as DecisionRecord;
    assert.equal(d.status, 'discussion');
    assert.deepEqual(
      d.reviews.map((r) => [r.round, r.result, r.counsel[0]?.roleLabel]),
      [
        [1, 'failed', '公职律师'],
        [2, 'passed', '公职律师'],
      ],
    );
    assert.deepEqual(
      d.acts.map((a) => a.by),
      [
        '示范·区政府办公室法制工作人员',
        '示范·区政府办公室法制工作人员',
        ...Array(4).fill('示范·市场监管局法制员'),
        '示范·司法局审核员',
        '示范·市场监管局法制员',
        '示范·司法局审核员',
      ],
    );
  });

  test('every act wrote its audit event on the decision', async () => {
    const actions = await auditOf(id);
    for (const a of [
      'major_decision.proposed',
      'major_decision.start_decided',
      'major_decision.draft_recorded',
      'major_decision.consultation_opened',
      'major_decision.consultation',
      'major_decision.consultation_closed',
      'major_decision.consultation_ended',
      'major_decision.submitted_for_legality_review',
      'major_decision.sent_for_review',
      'major_decision.legality_reviewed',
      'major_decision.reviewed',
    ])
      assert.ok(actions.includes(a), a);
    const list = (await call(env.app, legal, 'GET', base)).json() as DecisionRecordList;
    assert.ok(list.items.some((d) => d.id === id && d.statusLabel === '待集体讨论'));
  });

  test('第三十条至第三十二条: the meeting with the head last and dissent written, the Party committee, publication and filing', async () => {
    const leader = await signIn(env.app, 'demo.leader');
    const speeches = [
      { name: '副区长甲', isHead: false, view: 'agree' },
      { name: '副区长乙', isHead: false, view: 'disagree', opinion: '选址涉及居民搬迁，应当进一步论证' },
      { name: '区长', isHead: true, view: 'agree', opinion: '同意，按程序公布' },
    ];
    const meeting = {
      meetingKind: 'executive',
      meetingName: '区政府第12次常务会议',
      attendees: ['副区长甲', '副区长乙', '区长'],
      decision: 'adopted',
    };
    const headFirst = await expectRefused(
      leader,
      one('/discussion'),
      { ...meeting, speeches: [speeches[2], speeches[0], speeches[1]] },
      422,
      'MEETING_RECORD_INCOMPLETE',
      /行政首长最后发表意见.*第三十条第二款/,
    );
    assert.equal(headFirst.fields?.[0]?.path, 'speeches');
    await expectRefused(
      leader,
      one('/discussion'),
      { ...meeting, speeches: [{ name: '副区长乙', isHead: false, view: 'disagree' }, speeches[2]] },
      422,
      'MEETING_RECORD_INCOMPLETE',
      /不同意见应当如实载明/,
    );
    const held = await call(env.app, leader, 'POST', one('/discussion'), { ...meeting, speeches });
    assert.equal(held.statusCode, 200, held.body);
    let d = held.json() as DecisionRecord;
    assert.equal(d.status, 'decided');
    assert.equal(d.meeting?.speeches[1]?.viewLabel, '不同意');

    const publication = {
      publishedText: '示范区城区农贸市场布局调整方案',
      adoptionExplanation: '公众意见0条；未组织专家论证',
      interpretation: '一、出台背景……',
    };
    await expectRefused(
      office,
      one('/publication'),
      publication,
      422,
      'DECISION_STEP_MISSING',
      /向同级党委请示报告.*第三十一条/,
    );
    assert.equal(
      (await call(env.app, office, 'POST', one('/party-report'), { reportRecord: '关于……的请示（测试）' })).statusCode,
      200,
    );
    const published = await call(env.app, office, 'POST', one('/publication'), publication);
    assert.equal(published.statusCode, 200, published.body);
    d = published.json() as DecisionRecord;
    assert.equal(d.status, 'published');
    assert.equal(d.filing?.standing, 'pending');
    assert.ok(d.filing!.due > today, d.filing!.due);
    assert.ok(d.deadlines.some((x) => x.kind === 'filing' && x.due === d.filing!.due && x.explanation.length > 0));
    // a local rule: the region's own (none configured here), never another locality's document
    assert.equal(d.filing?.basis, '本地区关于重大行政决策备案的规定');
    assert.doesNotMatch(JSON.stringify(d.deadlines), /包头|东河/);
    // the stored deadline and the workbench's item carry the same basis: nothing rewrites it on display
    const stored = await env.services.db
      .selectFrom('deadlines')
      .select(['basis', 'explanation'])
      .where('subject_type', '=', 'major_decision')
      .where('subject_id', '=', id)
      .where('kind', '=', 'filing')
      .executeTakeFirstOrThrow();
    assert.equal(stored.basis, '本地区关于重大行政决策备案的规定');
    assert.doesNotMatch(JSON.stringify(stored), /包头|东河|包东/);
    const todo = ((await call(env.app, office, 'GET', '/api/workbench')).json() as Workbench).todos.find(
      (x) => x.subjectType === 'major_decision' && x.link?.includes(id),
    );
    assert.equal(todo?.basis, '本地区关于重大行政决策备案的规定', JSON.stringify(todo));
    assert.doesNotMatch(JSON.stringify(todo), /包头|东河|包东/);

    const filed = await call(env.app, office, 'POST', one('/filing'), { filingRecord: '示政备〔测试〕1号' });
    assert.equal(filed.statusCode, 200, filed.body);
    d = filed.json() as DecisionRecord;
    assert.equal(d.filing?.standing, 'on_time');
    assert.equal(d.filing?.standingLabel, '按期备案');
    await expectRefused(office, one('/filing'), { filingRecord: '再次' }, 409, 'DECISION_ALREADY_FILED');
    const actions = await auditOf(id);
    for (const a of [
      'major_decision.discussed',
      'major_decision.reported_to_party',
      'major_decision.published',
      'major_decision.filed',
    ])
      assert.ok(actions.includes(a), a);
  });
});

describe('the gates of the steps a catalogue item calls for', () => {
  test('第十九条: an item that calls for expert review is not sent for legality review without it', async () => {
    const created = await call(env.app, office, 'POST', base, {
      ...outside(),
      title: '示范区专家论证测试事项',
      sponsorOrgId: government,
      applicableSteps: ['expert_review'],
      outsideCatalogueReason: '测试',
    });
    assert.equal(created.statusCode, 201, created.body);
    const one = `${base}/${(created.json() as { id: string }).id}`;
    for (const [path, body] of [
      ['/start-decision', { start: true, startRecord: '测试' }],
      ['/draft', { draftText: '草案', explanation: '说明', options: [], viewsDifferWidely: false }],
      ['/consultation', { opensOn: ago(75), closesOn: ago(35) }],
      ['/consultation/closure', {}],
    ] as const) {
      const r = await call(env.app, office, 'POST', `${one}${path}`, body);
      assert.equal(r.statusCode, 200, `${path} ${r.body}`);
    }
    const r = await call(env.app, office, 'POST', `${one}/legality-review`, {
      basis: '依据',
      procedureStatement: '说明',
    });
    assert.equal(r.statusCode, 422, r.body);
    assert.match(r.json().message, /专家论证.*第十九条/);
  });

  test('a proposal from the published catalogue takes the item’s title, 承办单位 and steps', async () => {
    const list = (await call(env.app, office, 'GET', base)).json() as DecisionRecordList;
    const body = list.bodies.find((b) => b.id === government)!;
    const item = body.items.find((i) => i.year === Number(today.slice(0, 4)))!;
    const r = await call(env.app, office, 'POST', base, {
      bodyOrgId: government,
      catalogueItemId: item.id,
      ...proposal,
    });
    assert.equal(r.statusCode, 201, r.body);
    const d = (await call(env.app, office, 'GET', `${base}/${r.json().id}`)).json() as DecisionRecord;
    assert.equal(d.title, item.title);
    assert.equal(d.sponsorOrgId, item.sponsorOrgId);
    assert.equal(d.inCatalogue, true);
    assert.ok(d.steps.some((s) => s.label === '专家论证'));
  });
});

describe('the demo region’s decisions leave each office work waiting', () => {
  const waiting = async (who: Session, ability: keyof DecisionRecord['abilities']) => {
    const list = (await call(env.app, who, 'GET', base)).json() as DecisionRecordList;
    const found: string[] = [];
    for (const d of list.items.filter((x) => x.isDemo)) {
      const one = (await call(env.app, who, 'GET', `${base}/${d.id}`)).json() as DecisionRecord;
      if (one.abilities[ability]) found.push(one.title);
    }
    return found;
  };

  test('the office decides on a proposal, the bureau consults on its draft, the justice bureau reviews', async () => {
    assert.ok((await waiting(office, 'decideStart')).includes('示范区生活垃圾分类管理实施办法'));
    assert.ok((await waiting(legal, 'openConsultation')).includes('示范区城区农贸市场布局优化调整方案'));
    assert.ok((await waiting(reviewer, 'recordReview')).includes('示范区预付式消费经营行为规范措施'));
    // the published decision's filing one level up is overdue: red on the office's workbench, linked to the decision
    const workbench = (await call(env.app, office, 'GET', '/api/workbench')).json() as Workbench;
    const filing = workbench.todos.find(
      (x) => x.subjectType === 'major_decision' && x.subjectTitle.includes('示范区网络餐饮服务食品安全监管办法'),
    );
    assert.equal(filing?.warningLevel, 'red', JSON.stringify(filing));
    assert.match(filing!.link ?? '', /^\/console\/decisions\//);
    const lawful = (await call(env.app, reviewer, 'GET', base)).json() as DecisionRecordList;
    assert.ok(lawful.items.some((d) => d.title === '示范区户外广告设施设置规划' && d.status === 'discussion'));
  });
});

describe('the migration that makes the review time a floor (202612100602, 第二十六条第二款)', () => {
  test('review times stored as ordinary deadlines become floors, and closed ones are judged as a floor is', async () => {
    const migration = readFileSync(
      new URL('../migrations/202612100602_decision_review_time_floor.sql', import.meta.url),
      'utf8',
    );
    const { region_code } = await env.services.db
      .selectFrom('orgs')
      .select('region_code')
      .where('id', '=', government)
      .executeTakeFirstOrThrow();
    const row = (status: DeadlineStatus, closedOn: string | null, warningLevel: WarningLevel = 'none') => ({
      region_code,
      id: randomUUID(),
      subject_type: 'major_decision',
      subject_id: randomUUID(),
      kind: 'legality-review-time',
      label: '合法性审查时间',
      subject_title: '迁移前的审查时间（测试）',
      rule_id: 'decision.legality-review',
      basis: '《重大行政决策程序暂行条例》第二十六条第二款',
      start_on: '2026-03-02',
      due_on: '2026-03-11',
      responsible_org_id: government,
      pauses: JSON.stringify([]),
      explanation: JSON.stringify([]),
      status,
      closed_on: closedOn,
      warning_level: warningLevel,
    });
    // open and shown red; concluded on the 7th working day (old: met); after it (old: missed); before it (old: met)
    const rows = [
      row('open', null, 'red'),
      row('met', '2026-03-11'),
      row('missed', '2026-03-20'),
      row('met', '2026-03-05'),
    ];
    const after = await env.services.db
      .transaction()
      .execute(async (tx) => {
        await tx.insertInto('deadlines').values(rows).execute();
        await sql.raw(migration).execute(tx);
        const found = await tx
          .selectFrom('deadlines')
          .select(['id', 'bound', 'status', 'warning_level'])
          .where(
            'id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
        throw Object.assign(new Error('rolled back'), { found });
      })
      .catch((e: { found?: { id: string; bound: string; status: string; warning_level: string }[] }) => {
        if (!e.found) throw e;
        return new Map(e.found.map((f) => [f.id, f]));
      });
    const of = (i: number) => after.get(rows[i]!.id)!;
    assert.deepEqual(
      rows.map((_, i) => [of(i).bound, of(i).status, of(i).warning_level]),
      [
        ['floor', 'open', 'none'],
        ['floor', 'met', 'none'],
        ['floor', 'met', 'none'],
        ['floor', 'missed', 'none'],
      ],
    );
  });
});
