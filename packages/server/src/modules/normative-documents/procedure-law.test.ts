// The procedure against the law (the legal expert's findings): consultation is skipped only through its recorded
// exemption, and a revised text is reviewed for fair competition again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, type Session, type TestEnv, sessionOf } from '../../../test/helpers';
import { buildDocument } from './test/factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let amr: string;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  amr = await orgId(env, '示范区市场监督管理局');
});
after(() => env.close());

const draft = (over: Record<string, unknown> = {}) => ({
  draftingOrgId: amr,
  title: '示范区农贸市场摊位管理办法',
  kind: 'ordinary',
  legalBases: [{ title: '《中华人民共和国产品质量法》', article: '第八条' }],
  affectsMarket: true,
  draftingExplanation: '起草说明',
  articles: [{ body: '为了规范农贸市场摊位管理，制定本办法。' }, { body: '摊位经营者应当亮照经营。' }],
  ...over,
});

async function drafted(over: Record<string, unknown> = {}) {
  const res = await call(env.app, legal, 'POST', '/api/normative-documents', draft(over));
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id as string;
}

const post = (id: string, path: string, body: unknown) =>
  call(env.app, legal, 'POST', `/api/normative-documents/${id}/${path}`, body);

describe('公开征求意见 is not skipped by a declaration', () => {
  test('a draft declared not to affect rights and duties is refused, naming the field', async () => {
    const res = await call(env.app, legal, 'POST', '/api/normative-documents', draft({ affectsRights: false }));
    assert.equal(res.statusCode, 400, res.body);
    const field = res.json().fields.find((f: { path: string }) => f.path === 'affectsRights');
    assert.ok(field, res.body);
    assert.match(field.message, /国办发〔2018〕37号/);
  });

  test('without consultation or its recorded exemption the draft cannot go to legality review', async () => {
    const id = await drafted({ affectsMarket: false });
    const refused = await post(id, 'legality-review/submission', {});
    assert.equal(refused.statusCode, 422, refused.body);
    assert.deepEqual(
      refused.json().fields.map((f: { path: string }) => f.path),
      ['consultation'],
    );
    const exempt = await post(id, 'consultation/exemption', { reason: '涉及国家秘密，依法不予公开' });
    assert.equal(exempt.statusCode, 200, exempt.body);
    const submitted = await post(id, 'legality-review/submission', {});
    assert.equal(submitted.statusCode, 200, submitted.body);
  });
});

describe('公平竞争审查 of the revised text', () => {
  test('revising the text after a passed review voids it (《公平竞争审查条例》第十三条), with its audit event', async () => {
    const id = await drafted();
    await post(id, 'consultation/exemption', { reason: '涉及国家秘密，依法不予公开' });
    const passed = await post(id, 'fair-competition-review', { result: 'passed', opinion: '未发现排除限制竞争内容' });
    assert.equal(passed.statusCode, 200, passed.body);
    assert.equal(passed.json().document.fairCompetitionPassed, true);
    const revised = await post(id, 'revise', {
      articles: [{ body: '为了规范农贸市场摊位管理，制定本办法。' }, { body: '摊位由本区户籍经营者优先承租。' }],
    });
    assert.equal(revised.statusCode, 200, revised.body);
    assert.equal(revised.json().document.fairCompetitionPassed, null);
    const refused = await post(id, 'legality-review/submission', {});
    assert.equal(refused.statusCode, 422, refused.body);
    assert.deepEqual(
      refused.json().fields.map((f: { path: string }) => f.path),
      ['fair_competition_review'],
    );
    const audit = await env.services.db
      .selectFrom('audit_events')
      .select('changes')
      .where('subject_id', '=', id)
      .where('action', '=', 'normative_document.draft_revised')
      .executeTakeFirstOrThrow();
    assert.equal((audit.changes as Record<string, unknown>).fairCompetitionReview, '因草案修改需重新审查');
  });

  test('revising only the drafting explanation keeps the review of the unchanged text', async () => {
    const id = await drafted();
    await post(id, 'fair-competition-review', { result: 'passed', opinion: '未发现排除限制竞争内容' });
    const revised = await post(id, 'revise', { draftingExplanation: '补充起草说明' });
    assert.equal(revised.json().document.fairCompetitionPassed, true);
  });
});

describe('legal bases shown to users', () => {
  test('a too-short consultation is refused citing 国办发〔2018〕37号, not an internal label', async () => {
    const id = await drafted({ affectsMarket: false });
    const res = await post(id, 'consultation', { opensOn: '2026-03-02', closesOn: '2026-03-10' });
    assert.equal(res.statusCode, 422, res.body);
    assert.match(res.json().message, /国办发〔2018〕37号/);
    assert.doesNotMatch(res.json().message, /典型做法|种子|内蒙古/);
  });
});

describe('施行 on the day of publication', () => {
  test('needs its reason (the region’s 30 days by default), recorded in the history and the audit event', async () => {
    const id = await buildDocument(env, { state: 'approved', startDaysAgo: 200 });
    const publishedOn = '2026-03-02';
    const silent = await post(id, 'publication', { publishedOn, effectiveOn: publishedOn });
    assert.equal(silent.statusCode, 422, silent.body);
    assert.equal(silent.json().code, 'EFFECTIVE_TOO_SOON');
    assert.deepEqual(
      silent.json().fields.map((f: { path: string }) => f.path),
      ['effectiveSoonReason'],
    );
    assert.match(silent.json().message, /30日.*2026-04-01.*《规章制定程序条例》第三十二条/);
    const reason = '涉及群众切身利益，需自发布之日起施行';
    const ok = await post(id, 'publication', { publishedOn, effectiveOn: publishedOn, effectiveSoonReason: reason });
    assert.equal(ok.statusCode, 200, ok.body);
    const audit = await env.services.db
      .selectFrom('audit_events')
      .select('changes')
      .where('subject_id', '=', id)
      .where('action', '=', 'normative_document.published')
      .executeTakeFirstOrThrow();
    assert.equal((audit.changes as Record<string, unknown>).effectiveSoonReason, reason);
    const history = ok.json().document.statusHistory as { act: string; note: string }[];
    assert.ok(history.some((h) => h.act === 'publish' && h.note.includes(reason)));
  });

  test('30 days after publication needs no reason, and a region that sets 0 days does not ask', async () => {
    const later = await buildDocument(env, { state: 'approved', startDaysAgo: 200 });
    const res = await post(later, 'publication', { publishedOn: '2026-03-02', effectiveOn: '2026-04-01' });
    assert.equal(res.statusCode, 200, res.body);
    await env.services.db
      .insertInto('region_settings')
      .values({ region_code: '159901', key: 'normative.effective-gap.min-days', value: '0', source: null })
      .execute();
    try {
      const now = await buildDocument(env, { state: 'approved', startDaysAgo: 200 });
      const same = await post(now, 'publication', { publishedOn: '2026-03-02', effectiveOn: '2026-03-02' });
      assert.equal(same.statusCode, 200, same.body);
    } finally {
      await env.services.db
        .deleteFrom('region_settings')
        .where('key', '=', 'normative.effective-gap.min-days')
        .execute();
    }
  });
});

describe('合法性审核 results that must be explained', () => {
  async function underReview(articles: string[]) {
    const id = await buildDocument(env, { state: 'legality_review', startDaysAgo: 200, articles });
    return id;
  }

  test('a checklist item marked 存在问题 needs its explanation (422 naming the field)', async () => {
    const id = await underReview(['为了规范管理，制定本办法。', '本办法适用于本区行政区域。']);
    const res = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/legality-review`, {
      checklist: [
        { item: 'adds_powers', finding: 'ok' },
        { item: 'reduces_rights_adds_duties', finding: 'problem' },
      ],
      opinion: '修改后通过',
      result: 'passed_with_changes',
      earlyReason: '测试',
    });
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().code, 'CHECKLIST_NOTE_REQUIRED');
    assert.deepEqual(
      res.json().fields.map((f: { path: string }) => f.path),
      ['checklist.1.note'],
    );
  });

  test('passing over a high-severity pre-check finding needs the confirmed reason, recorded and audited', async () => {
    const id = await underReview(['经营者应当取得区市场监督管理局核发的经营许可证后方可经营。']);
    const body = {
      checklist: [{ item: 'creates_licence_penalty_coercion', finding: 'ok' }],
      opinion: '同意',
      result: 'passed',
      earlyReason: '测试',
    };
    const refused = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/legality-review`, body);
    assert.equal(refused.statusCode, 422, refused.body);
    assert.equal(refused.json().code, 'PRECHECK_HIGH_UNCONFIRMED');
    assert.deepEqual(
      refused.json().fields.map((f: { path: string }) => f.path),
      ['highFindingsReason'],
    );
    const reason = '该许可由《中华人民共和国食品安全法》第三十五条设定，提示不成立';
    const ok = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/legality-review`, {
      ...body,
      highFindingsReason: reason,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    const audit = await env.services.db
      .selectFrom('audit_events')
      .select('changes')
      .where('subject_id', '=', id)
      .where('action', '=', 'normative_document.legality_reviewed')
      .executeTakeFirstOrThrow();
    assert.equal((audit.changes as Record<string, unknown>).highFindingsReason, reason);
  });
});
