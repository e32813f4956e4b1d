// The decisions on the portal and their deadlines on the workbench. The portal (第三十二条): the year's catalogue
// shows each item's stage, derived from the decision started from it, linking to the published decision; the list
// and the page answer only decisions of the portal's region that have been published — a draft, a decision decided
// but not yet published and another region's published one are 404 to the public, as absent. The workbench: the
// comment period's end for the 承办单位 that opened it, the legality review's time for the justice bureau and the
// 承办单位, each linked to the decision, the level derived from the day (the clock is pinned on 2027-01-23).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PublicCatalogues, PublicDecision, PublicDecisionList, Workbench } from '@fazhi/core/contracts';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../../test/helpers';
import { pinnedClock } from '../../../platform/clock';
import { deadlinesOf } from '../../../platform/deadlines';
import { createRegion } from '../../organisations/commands/create-region';
import { createOrg } from '../../organisations/commands/create-org';
import { draftCatalogue } from '../catalogue/commands/draft-catalogue';
import { addCatalogueItem } from '../catalogue/commands/add-catalogue-item';
import { recordPartyConsent } from '../catalogue/commands/record-party-consent';
import { publishCatalogue } from '../catalogue/commands/publish-catalogue';
import { decisionLink } from '../records/links';
import { publishedDecision } from '../execution/test/published-decision';
import { decisionAt } from './test/decision-at';

const system = { actor: null, ip: null };
const today = '2027-01-23';
const year = 2040;
let env: TestEnv;
let legal: Session;
let reviewer: Session;
let office: Session;
const ids = {} as Record<'published' | 'consulting' | 'decided' | 'reviewing' | 'elsewhere', string>;

before(async () => {
  env = await createTestEnv({ clock: pinnedClock(today) });
  const s = env.services;
  [legal, reviewer, office] = [
    await signIn(env.app, 'demo.legal'),
    await signIn(env.app, 'demo.reviewer'),
    await signIn(env.app, 'demo.office'),
  ];
  const government = await orgId(env, '示范区人民政府');
  const market = await orgId(env, '示范区市场监督管理局');
  // the government's catalogue of a year of its own: three items, one published decision, one out for comment
  const { id: catalogue } = await draftCatalogue(s, system, { bodyOrgId: government, year });
  const item = async (title: string) =>
    (
      await addCatalogueItem(s, system, catalogue, {
        title,
        sponsorOrgId: market,
        legalBasis: '《中华人民共和国食品安全法》',
        plannedStart: `${year}-03-01`,
        plannedFinish: `${year}-10-31`,
        applicableSteps: [],
      })
    ).itemId;
  const [publishedItem, consultingItem] = [await item('门户测试已公布事项'), await item('门户测试征求意见事项')];
  await item('门户测试未启动事项');
  await recordPartyConsent(s, system, catalogue, { consentedOn: today, record: '区委常委会会议纪要（测试）' });
  await publishCatalogue(s, system, catalogue);
  // the published decisions are written as the rows the procedure leaves, published today with the portal's texts
  // (execution/test/published-decision.ts); the others are built through the commands, whose deadlines are read
  const texts = {
    publishedText: '测试决策全文',
    adoptionExplanation: '测试采纳情况说明',
    interpretation: '测试政策解读',
  };
  const publishedToday = { filed: false, publishedAgo: 0, texts };
  ids.published = await publishedDecision(s, {
    ...publishedToday,
    regionCode: '159901',
    bodyOrgId: government,
    catalogueItemId: publishedItem,
  });
  ids.consulting = await decisionAt(
    s,
    system,
    { bodyOrgId: government, catalogueItemId: consultingItem, consultationOpened: 45 },
    'consultation',
  );
  const outside = { bodyOrgId: government, sponsorOrgId: market };
  ids.decided = await decisionAt(s, system, { ...outside, title: '门户测试已决定未公布' }, 'decided');
  // sent to the justice bureau two days ago, written as rows: the review time's deadlines from the calendar engine
  ids.reviewing = await publishedDecision(s, {
    ...outside,
    regionCode: '159901',
    title: '门户测试审查中',
    stage: 'review',
    consultationOpened: 75,
    reviewSent: 2,
  });
  // a comment answered during the consultation, written as a fixture: the report is generated from it
  const consultation = await s.db
    .selectFrom('consultations')
    .select(['id', 'region_code'])
    .where('subject_id', '=', ids.published)
    .executeTakeFirstOrThrow();
  await s.db
    .insertInto('consultation_comments')
    .values({
      region_code: consultation.region_code,
      id: crypto.randomUUID(),
      consultation_id: consultation.id,
      body: '建议明确网络订餐平台的责任',
      moderation_status: 'approved',
      answer: 'adopted',
      submitted_at: new Date('2026-11-01T02:00:00Z'),
    })
    .execute();
  // another county, and a decision published there
  await createRegion(s, system, { code: '159902', name: '对照区（测试）', parentCode: '159900' });
  const other = await createOrg(s, system, { regionCode: '159902', name: '对照区人民政府', kind: 'government' });
  ids.elsewhere = await publishedDecision(s, {
    ...publishedToday,
    regionCode: '159902',
    bodyOrgId: other.id,
    sponsorOrgId: other.id,
    title: '对照区已公布决策',
  });
});
after(async () => env?.close());

describe('the portal', () => {
  test('the catalogue shows each item’s stage from its decision, linking to the published one', async () => {
    const res = await call(env.app, null, 'GET', `/api/public/decision-catalogues?year=${year}`);
    assert.equal(res.statusCode, 200, res.body);
    const items = (res.json() as PublicCatalogues).catalogues.flatMap((c) => c.items);
    const stage = (title: string) => {
      const i = items.find((x) => x.title === title)!;
      return [i.stageLabel, i.decisionId];
    };
    assert.deepEqual(stage('门户测试已公布事项'), ['已公布', ids.published]);
    assert.deepEqual(stage('门户测试征求意见事项'), ['征求意见中', null]);
    assert.deepEqual(stage('门户测试未启动事项'), ['尚未启动', null]);
  });

  test('the list has the region’s published decisions only', async () => {
    const res = await call(env.app, null, 'GET', `/api/public/decisions?year=${today.slice(0, 4)}`);
    assert.equal(res.statusCode, 200, res.body);
    const list = res.json() as PublicDecisionList;
    const listed = list.items.map((d) => d.id);
    assert.ok(listed.includes(ids.published));
    for (const hidden of [ids.consulting, ids.decided, ids.reviewing, ids.elsewhere])
      assert.ok(!listed.includes(hidden), 'only published decisions of the portal’s region');
    assert.ok(list.years.includes(Number(today.slice(0, 4))));
  });

  test('a decision’s page has its text, interpretation, adoption explanation and the generated report', async () => {
    const res = await call(env.app, null, 'GET', `/api/public/decisions/${ids.published}`);
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json() as PublicDecision;
    assert.equal(d.title, '门户测试已公布事项');
    assert.equal(d.publishedText, '测试决策全文');
    assert.equal(d.interpretation, '测试政策解读');
    assert.equal(d.adoptionExplanation, '测试采纳情况说明');
    assert.equal(d.catalogueYear, year);
    assert.equal(d.consultation?.comments, 1);
    assert.match(d.adoptionReport!.title, /公开征求意见采纳情况的说明/);
    const text = JSON.stringify(d.adoptionReport!.blocks);
    assert.match(text, /建议明确网络订餐平台的责任/);
    // signed on the day it was published, not the day it is read
    const signature = d.adoptionReport!.blocks.find((b) => b.kind === 'signature');
    assert.equal(
      signature && 'date' in signature && signature.date,
      `${Number(d.publishedOn.slice(0, 4))}年${Number(d.publishedOn.slice(5, 7))}月${Number(d.publishedOn.slice(8, 10))}日`,
    );
  });

  test('a draft, an unpublished decision, another region’s and a wrong id are 404 to the public', async () => {
    for (const id of [ids.consulting, ids.decided, ids.reviewing, ids.elsewhere, crypto.randomUUID()]) {
      const res = await call(env.app, null, 'GET', `/api/public/decisions/${id}`);
      assert.equal(res.statusCode, 404, `${id}: ${res.body}`);
      assert.equal(res.json().code, 'NOT_FOUND');
    }
    assert.equal((await call(env.app, null, 'GET', '/api/public/decisions/abc')).statusCode, 400);
  });
});

describe('the workbench', () => {
  type WorkbenchItem = Workbench['todos'][number];
  const todosOf = async (who: Session, id: string): Promise<WorkbenchItem[]> =>
    ((await call(env.app, who, 'GET', '/api/workbench')).json() as Workbench).todos.filter(
      (t) => t.link === decisionLink(id),
    );
  const levelOn = async (id: string, kind: string, day: string) =>
    (await deadlinesOf(env.services.db, '159901', 'major_decision', id, day)).find((d) => d.kind === kind)!;
  const next = (day: string, n: number) => formatIsoDate(parseIsoDate(day) + n);

  test('the comment period’s end is the 承办单位’s, red once it has passed', async () => {
    const [todo] = await todosOf(legal, ids.consulting);
    assert.equal(todo?.label, '公开征求意见期满');
    assert.match(todo!.basis, /重大行政决策程序暂行条例.*第十五条/);
    const closesOn = next(today, -5);
    assert.equal(todo!.dueOn, closesOn, 'the closing day announced when it opened (40 days, 45 days ago)');
    assert.equal(todo!.warningLevel, 'red', 'it closed five days ago and has not been ended');
    const stored = await levelOn(ids.consulting, 'consultation', today);
    assert.match(stored.explanation.at(-1)!, new RegExp(`公告的截止日期为 ${closesOn}`));
    assert.equal((await levelOn(ids.consulting, 'consultation', closesOn)).warningLevel, 'orange');
    assert.equal((await levelOn(ids.consulting, 'consultation', next(closesOn, -30))).warningLevel, 'none');
    assert.deepEqual(await todosOf(office, ids.consulting), [], 'not the body office’s: it did not open it');
  });

  test('the review time (第二十六条: 一般不少于7个工作日) is a floor: owed to the bureau until its day, then met, never overdue', async () => {
    const [mine] = await todosOf(legal, ids.reviewing);
    assert.equal(mine?.responsibleOrgName, '示范区市场监督管理局');
    const bureau = (await todosOf(reviewer, ids.reviewing)).find((t) => t.responsibleOrgName === '示范区司法局');
    assert.match(bureau!.label, /合法性审查/);
    assert.match(bureau!.basis, /第二十六条/);
    assert.equal(bureau!.warningLevel, 'none', 'sent two days ago: 7 working days have not run');
    assert.equal(bureau!.bound, 'floor');
    const stored = await levelOn(ids.reviewing, 'legality-review-time', today);
    assert.match(bureau!.dueOn, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(bureau!.owedWorkingDays! >= 1 && bureau!.owedWorkingDays! <= 7, `owed ${bureau!.owedWorkingDays}`);
    assert.deepEqual([stored.bound, stored.status, stored.owedWorkingDays], ['floor', 'open', bureau!.owedWorkingDays]);
    assert.match(stored.explanation.at(-1)!, new RegExp(`不早于 ${stored.due}.*不计逾期`));
    for (const day of [stored.due, next(stored.due, 1), next(stored.due, 60)]) {
      const d = await levelOn(ids.reviewing, 'legality-review-time', day);
      assert.deepEqual([d.status, d.warningLevel, d.owedWorkingDays], ['met', 'none', null], day);
    }
    // once the floor has passed it is off the workbench, not red there (the row moved back by SQL, then restored)
    const moved = () =>
      env.services.db
        .updateTable('deadlines')
        .where('subject_id', '=', ids.reviewing)
        .where('kind', 'like', 'legality-review-time%');
    await moved()
      .set({ due_on: next(today, -3) })
      .execute();
    const after = await todosOf(reviewer, ids.reviewing);
    await moved().set({ due_on: stored.due }).execute();
    assert.deepEqual(after, []);
    // recorded: the decided decision's review deadlines are closed and off every workbench
    assert.deepEqual(await todosOf(reviewer, ids.decided), []);
    const closed = await deadlinesOf(env.services.db, '159901', 'major_decision', ids.decided, today);
    assert.deepEqual(
      closed
        .filter((d) => d.kind.startsWith('legality-review-time'))
        .map((d) => (d.status === 'open' ? 'open' : 'closed')),
      ['closed', 'closed'],
    );
  });
});
