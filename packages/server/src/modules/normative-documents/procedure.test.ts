// The procedure through the API: drafting by the unit's legal officer, consultation, legality review by the
// justice bureau, deliberation and publication — and every gate that refuses a step out of order, naming it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, type Session, type TestEnv, sessionOf } from '../../../test/helpers';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { buildDocument, XSS } from './test/factory';
import { submitSubjectCommentOn } from '../../platform/participation/consultation-commands';
import { SUBJECT } from './support';
import { inWriteTransaction } from '../../platform/write';
import { clockFromEnv } from '../../platform/clock';

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
  title: `示范区集贸市场管理办法${XSS}`,
  kind: 'ordinary',
  legalBases: [{ title: '《中华人民共和国产品质量法》', article: '第八条' }],
  affectsRights: true,
  affectsMarket: false,
  draftingExplanation: '起草说明',
  articles: [{ body: '为了规范集贸市场管理，制定本办法。' }, { body: `市场开办者应当建立管理制度。${XSS}` }],
  ...over,
});

async function actions(id: string) {
  return (
    await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('seq')
      .execute()
  ).map((e) => e.action);
}

describe('drafting', () => {
  test('a legal officer drafts a document of their unit; the text by article and XSS are stored as typed', async () => {
    const res = await call(env.app, legal, 'POST', '/api/normative-documents', draft());
    assert.equal(res.statusCode, 201, res.body);
    const doc = res.json();
    assert.equal(doc.status, 'drafting');
    assert.equal(doc.title, `示范区集贸市场管理办法${XSS}`);
    assert.equal(doc.articles.length, 2);
    assert.equal(doc.articles[0].heading, '第一条');
    assert.equal(doc.articles[1].body, `市场开办者应当建立管理制度。${XSS}`);
    assert.equal(doc.abilities.openConsultation, true);
    assert.equal(doc.abilities.recordLegalityReview, false);
    assert.deepEqual(await actions(doc.id), ['normative_document.drafted']);
    assert.equal(doc.statusHistory.length, 1);
  });

  test('a draft issued in the name of an internal office is refused', async () => {
    const office = await orgId(env, '示范区市场监督管理局法规科');
    const res = await call(env.app, legal, 'POST', '/api/normative-documents', draft({ issuerOrgId: office }));
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'ISSUER_INTERNAL_OFFICE');
    assert.match(res.json().message, /内设机构/);
  });

  test('a unit cannot draft in the name of another department', async () => {
    const edu = await orgId(env, '示范区教育局');
    const res = await call(env.app, legal, 'POST', '/api/normative-documents', draft({ issuerOrgId: edu }));
    assert.equal(res.json().code, 'ISSUER_NOT_ALLOWED');
    const other = await call(env.app, legal, 'POST', '/api/normative-documents', draft({ draftingOrgId: edu }));
    assert.equal(other.statusCode, 403);
  });

  test('bad input is refused with the field named, and nothing is written', async () => {
    const before = await env.services.db
      .selectFrom('normative_documents')
      .select((e) => e.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    for (const bad of [
      draft({ title: '' }),
      draft({ title: 'x'.repeat(201) }),
      draft({ kind: 'forever' }),
      draft({ articles: [] }),
      draft({ legalBases: [] }),
      draft({ title: '示范\u0000办法' }),
      draft({ draftingOrgId: 'not-a-uuid' }),
    ]) {
      const res = await call(env.app, legal, 'POST', '/api/normative-documents', bad);
      assert.equal(res.statusCode, 400, res.body);
      // a control character has its own stable code (platform/http/text.ts)
      assert.match(res.json().code, /^(VALIDATION_FAILED|INVISIBLE_CHARACTERS)$/);
      assert.ok(res.json().fields.length > 0);
    }
    const after = await env.services.db
      .selectFrom('normative_documents')
      .select((e) => e.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(after.n, before.n);
  });
});

describe('the whole procedure through the API, each step with its audit event and status history', () => {
  test('draft → consultation → review → deliberation → publication', async () => {
    const id = (await call(env.app, legal, 'POST', '/api/normative-documents', draft())).json().id as string;
    const t = clockFromEnv().today();
    // a consultation shorter than 30 days is refused without a reason
    const short = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/consultation`, {
      closesOn: daysFrom(t, 10),
    });
    assert.equal(short.statusCode, 422);
    assert.equal(short.json().code, 'CONSULTATION_PERIOD_INVALID');
    // backdate the consultation so that it has ended (recording an act done on paper)
    const opened = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/consultation`, {
      opensOn: daysFrom(t, -60),
      closesOn: daysFrom(t, -30),
    });
    assert.equal(opened.statusCode, 200, opened.body);
    assert.equal(opened.json().document.status, 'consultation');
    const early = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/consultation/close`, {
      closedOn: daysFrom(t, -40),
    });
    assert.equal(early.json().code, 'CONSULTATION_NOT_ENDED');
    const closed = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/consultation/close`, {});
    assert.equal(closed.json().document.status, 'drafting');
    const submitted = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {
      submittedOn: daysFrom(t, -20),
    });
    assert.equal(submitted.statusCode, 200, submitted.body);
    const doc = submitted.json().document;
    assert.equal(doc.status, 'legality_review');
    assert.ok(
      doc.deadlines.some((d: { kind: string; status: string }) => d.kind === 'legality-review' && d.status === 'open'),
    );
    // the drafting unit cannot review its own draft
    const self = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review`, {
      checklist: [],
      opinion: '同意',
      result: 'passed',
    });
    assert.equal(self.statusCode, 403);
    // the pre-check aid returns findings over the draft
    const pre = await call(env.app, reviewer, 'GET', `/api/normative-documents/${id}/precheck`);
    assert.equal(pre.statusCode, 200);
    assert.ok(Array.isArray(pre.json().findings));
    const reviewed = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/legality-review`, {
      checklist: [{ item: 'creates_licence_penalty_coercion', finding: 'ok' }],
      opinion: `同意${XSS}`,
      result: 'passed',
    });
    assert.equal(reviewed.statusCode, 200, reviewed.body);
    assert.equal(reviewed.json().document.status, 'deliberation');
    const wrongMeeting = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/deliberation`, {
      meetingKind: 'executive_meeting',
      meetingName: '区政府常务会议',
      meetingOn: t,
      decision: 'adopted',
    });
    assert.equal(wrongMeeting.json().code, 'DELIBERATION_MEETING_INVALID');
    const deliberated = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/deliberation`, {
      meetingKind: 'leadership_meeting',
      meetingName: '局领导班子会议',
      meetingOn: t,
      decision: 'adopted',
    });
    assert.equal(deliberated.json().document.status, 'approved');
    const published = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: daysFrom(t, 30),
    });
    assert.equal(published.statusCode, 200, published.body);
    const p = published.json();
    assert.equal(p.document.status, 'published');
    assert.match(p.document.docNumber, /^示市监规〔\d{4}〕\d+号$/);
    assert.equal(p.document.filingStatus, 'not_submitted');
    assert.deepEqual(await actions(id), [
      'normative_document.drafted',
      'normative_document.consultation_opened',
      'normative_document.consultation_closed',
      'deadline.set',
      'normative_document.submitted_for_legality_review',
      'deadline.closed',
      'normative_document.legality_reviewed',
      'normative_document.deliberated',
      'deadline.set',
      'normative_document.published',
    ]);
    const history = p.document.statusHistory.map((h: { toStatus: string }) => h.toStatus);
    assert.deepEqual(history, [
      'drafting',
      'consultation',
      'drafting',
      'legality_review',
      'deliberation',
      'approved',
      'published',
    ]);
  });
});

describe('publication gates name the missing step', () => {
  const publish = (id: string) =>
    call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: clockFromEnv().today(),
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });

  test('publishing a document that has no legality review is refused, naming the review', async () => {
    const id = await buildDocument(env, { state: 'consulted' });
    const res = await publish(id);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'DOCUMENT_STEPS_MISSING');
    assert.match(res.json().message, /合法性审核/);
    assert.ok(!/公开征求意见/.test(res.json().message));
  });

  test('publishing without consultation or a recorded exemption is refused, naming the consultation', async () => {
    const id = await buildDocument(env, { state: 'drafting' });
    const res = await publish(id);
    assert.equal(res.json().code, 'DOCUMENT_STEPS_MISSING');
    assert.match(res.json().message, /公开征求意见/);
    // submitting it for review is refused for the same reason
    const sub = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {});
    assert.match(sub.json().message, /公开征求意见/);
    // a recorded exemption stands in for the consultation
    const ex = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/consultation/exemption`, {
      reason: '涉及国家秘密，依法不公开征求意见',
    });
    assert.equal(ex.statusCode, 200);
    const again = await publish(id);
    assert.ok(!/公开征求意见/.test(again.json().message));
  });

  test('publishing without deliberation is refused, naming the deliberation only', async () => {
    const id = await buildDocument(env, { state: 'deliberation' });
    const res = await publish(id);
    assert.equal(res.json().code, 'DOCUMENT_STEPS_MISSING');
    assert.deepEqual(
      res.json().fields.map((f: { path: string }) => f.path),
      ['deliberation'],
    );
  });

  test('a market-affecting draft without fair-competition review cannot go to review or be published', async () => {
    const id = await buildDocument(env, { state: 'consulted', affectsMarket: true });
    const sub = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {});
    assert.equal(sub.statusCode, 422);
    assert.match(sub.json().message, /公平竞争审查/);
    assert.match((await publish(id)).json().message, /公平竞争审查/);
    const fc = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/fair-competition-review`, {
      result: 'passed',
      opinion: '未发现排除限制竞争的内容',
    });
    assert.equal(fc.statusCode, 200);
    const ok = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {});
    assert.equal(ok.statusCode, 200, ok.body);
  });

  test('a review that concludes before the minimum review time needs a reason; a failed review returns the draft', async () => {
    const id = await buildDocument(env, { state: 'consulted' });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {});
    const body = { checklist: [], opinion: '不同意', result: 'failed' };
    const early = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/legality-review`, body);
    assert.equal(early.json().code, 'REVIEW_TOO_EARLY');
    const res = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/legality-review`, {
      ...body,
      earlyReason: '上级紧急部署',
    });
    assert.equal(res.json().document.status, 'drafting');
    assert.equal(res.json().document.legalityReviewPassed, false);
  });

  test('a document already published cannot be published again', async () => {
    const id = await buildDocument(env, { state: 'published' });
    const res = await publish(id);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'DOCUMENT_STATE_INVALID');
  });
});

describe('the review package waits for the answers to the public', () => {
  test('comments must be moderated and answered before review; the package holds them with the checklist', async () => {
    const id = await buildDocument(env, { state: 'consultation', startDaysAgo: 40 });
    const t = clockFromEnv().today();
    const page = (await call(env.app, null, 'GET', `/api/public/normative-consultations/${id}`)).json();
    const c = await inWriteTransaction(env.services, { actor: null, ip: null }, (w) =>
      submitSubjectCommentOn(
        env.services,
        w,
        SUBJECT,
        id,
        { articleId: page.articles[0].id, body: `建议明确适用范围${XSS}` },
        {
          on: daysFrom(t, -20),
        },
      ),
    );
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/consultation/close`, {});
    const queue = (await call(env.app, legal, 'GET', '/api/normative-comments/pending')).json();
    assert.ok(queue.items.some((x: { id: string }) => x.id === c.id));
    const reviewerQueue = (await call(env.app, reviewer, 'GET', '/api/normative-comments/pending')).json();
    assert.equal(reviewerQueue.total, 0);
    const refused = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {});
    assert.equal(refused.statusCode, 422);
    assert.equal(refused.json().code, 'COMMENTS_UNANSWERED');
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/comments/${c.id}/moderation`, {
      decision: 'approved',
    });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/comments/${c.id}/answer`, { answer: 'adopted' });
    const ok = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/legality-review/submission`, {});
    assert.equal(ok.statusCode, 200, ok.body);
    const pkg = (await call(env.app, reviewer, 'GET', `/api/normative-documents/${id}/review-package`)).json();
    assert.equal(pkg.comments.length, 1);
    assert.equal(pkg.comments[0].answerLabel, '采纳');
    assert.equal(pkg.checklist.length, 8);
    assert.ok(pkg.checklist.some((i: { label: string }) => /内设机构/.test(i.label)));
    assert.ok(pkg.precheck && Array.isArray(pkg.precheck.findings));
  });
});

describe('the audit catalogue', () => {
  test('every audit event the module writes is declared with a Chinese label', async () => {
    const used = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .distinct()
      .where((eb) => eb.or([eb('action', 'like', 'normative%'), eb('action', 'like', 'deadline.%')]))
      .execute();
    assert.ok(used.length > 15);
    for (const { action } of used.filter((u) => u.action.startsWith('normative')))
      assert.match(env.services.registry.auditLabels.get(action) ?? '', /[\u4e00-\u9fa5]/, action);
  });
});

// The validity finding of the pre-check cites the region's own rule when the region set its validity limit with the
// rule it comes from (region_settings.source), and the national sources with the region's limits otherwise.
describe('the pre-check basis', () => {
  async function validityBasis(id: string): Promise<string> {
    const res = await call(env.app, reviewer, 'GET', `/api/normative-documents/${id}/precheck`);
    assert.equal(res.statusCode, 200, res.body);
    const finding = (res.json().findings as { category: string; basis: string }[]).find(
      (f) => f.category === 'validity',
    );
    assert.ok(finding, 'a draft without 有效期 gets a validity finding');
    return finding.basis;
  }

  test("the validity finding cites the region's configured rule, or the national sources without one", async () => {
    // the factory's draft states no 有效期, so the pre-check reports it
    const id = await buildDocument(env, { state: 'legality_review' });
    const { region_code: region } = await env.services.db
      .selectFrom('normative_documents')
      .select('region_code')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const national = await validityBasis(id);
    assert.match(national, /^国办发〔2018〕37号/);
    assert.match(national, /本地区设定：有效期一般不超过5年/);

    const setLimit = (value: number, source: string | null) =>
      env.services.db
        .insertInto('region_settings')
        .values({ region_code: region, key: 'normative.validity.max-years', value: JSON.stringify(value), source })
        .onConflict((oc) => oc.columns(['region_code', 'key']).doUpdateSet({ value: JSON.stringify(value), source }))
        .execute();
    try {
      await setLimit(3, '《示范区行政规范性文件管理办法》第二十条');
      const regional = await validityBasis(id);
      assert.match(
        regional,
        /^《示范区行政规范性文件管理办法》第二十条：行政规范性文件应当载明有效期，有效期一般不超过3年/,
      );
      // a limit set without naming its rule keeps the national sources, with the region's number
      await setLimit(3, null);
      const unnamed = await validityBasis(id);
      assert.match(unnamed, /^国办发〔2018〕37号/);
      assert.match(unnamed, /本地区设定：有效期一般不超过3年/);
    } finally {
      await env.services.db
        .deleteFrom('region_settings')
        .where('region_code', '=', region)
        .where('key', '=', 'normative.validity.max-years')
        .execute();
    }
  });
});
