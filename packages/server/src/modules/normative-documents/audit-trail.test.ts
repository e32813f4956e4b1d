// One document walked through every act of the procedure — drafting, fair-competition review, consultation with a
// comment moderated and answered, legality review, deliberation, publication, filing, forwarding, a correction
// refused once and then confirmed, the post-evaluation task, its start and an amend conclusion — and the audit trail
// it leaves, in order: every transition writes its event (rule 3), and the status history matches.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, orgId, signIn, type Session, type TestEnv } from '../../../test/helpers';
import { inWriteTransaction } from '../../platform/write';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { sys, XSS } from './test/factory';
import { submitSubjectCommentOn } from '../../platform/participation/consultation-commands';
import { SUBJECT } from './support';
import { createPostEvaluationTasks } from './post-evaluation/jobs/create-post-evaluation-tasks';
import { clockFromEnv } from '../../platform/clock';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
const t = clockFromEnv().today();

before(async () => {
  env = await createTestEnv();
  legal = await signIn(env.app, 'demo.legal');
  reviewer = await signIn(env.app, 'demo.reviewer');
});
after(() => env.close());

async function trail(id: string) {
  return env.services.db
    .selectFrom('audit_events')
    .select(['action', 'actor_user_id', 'summary'])
    .where('subject_id', '=', id)
    .orderBy('seq')
    .execute();
}

describe('the audit trail of the whole procedure', () => {
  test('every act from drafting to the post-evaluation conclusion writes its audit event, in order', async () => {
    const act = async (s: Session, id: string, path: string, body: Record<string, unknown>) => {
      const res = await call(env.app, s, 'POST', `/api/normative-documents/${id}/${path}`, body);
      assert.equal(res.statusCode, 200, `${path}: ${res.body}`);
      return res.json().document;
    };
    const drafted = await call(env.app, legal, 'POST', '/api/normative-documents', {
      draftingOrgId: await orgId(env, '示范区市场监督管理局'),
      title: `示范区农贸市场经营秩序管理办法${XSS}`,
      kind: 'ordinary',
      legalBases: [{ title: '《中华人民共和国产品质量法》', article: '第八条' }],
      affectsRights: true,
      affectsMarket: true,
      draftingExplanation: '起草说明',
      articles: [{ body: '为了规范农贸市场经营秩序，制定本办法。' }, { body: '市场开办者应当建立管理制度。' }],
    });
    assert.equal(drafted.statusCode, 201, drafted.body);
    const id = drafted.json().id as string;
    const articleId = drafted.json().articles[1].id as string;
    await act(legal, id, 'fair-competition-review', { result: 'passed', opinion: '未发现排除、限制竞争的内容' });
    await act(legal, id, 'consultation', { opensOn: daysFrom(t, -62), closesOn: daysFrom(t, -32) });
    const comment = await inWriteTransaction(env.services, sys, (w) =>
      submitSubjectCommentOn(
        env.services,
        w,
        SUBJECT,
        id,
        { body: `建议明确摊位费标准。${XSS}`, name: '示范·市民', articleId },
        { on: daysFrom(t, -50) },
      ),
    );
    const moderated = await call(
      env.app,
      legal,
      'POST',
      `/api/normative-documents/${id}/comments/${comment.id}/moderation`,
      { decision: 'approved' },
    );
    assert.equal(moderated.statusCode, 200, moderated.body);
    const answered = await call(
      env.app,
      legal,
      'POST',
      `/api/normative-documents/${id}/comments/${comment.id}/answer`,
      {
        answer: 'partly_adopted',
        reason: '摊位费属于经营者自主定价，已补充公示要求。',
      },
    );
    assert.equal(answered.statusCode, 200, answered.body);
    await act(legal, id, 'consultation/close', {});
    await act(legal, id, 'legality-review/submission', { submittedOn: daysFrom(t, -25) });
    await act(reviewer, id, 'legality-review', {
      checklist: [{ item: 'creates_licence_penalty_coercion', finding: 'ok' }],
      opinion: '同意',
      result: 'passed',
    });
    await act(legal, id, 'deliberation', {
      meetingKind: 'leadership_meeting',
      meetingName: '局领导班子会议',
      meetingOn: t,
      decision: 'adopted',
    });
    // a short validity, so that the post-evaluation task (6 months before expiry) is due at once
    await act(legal, id, 'publication', {
      effectiveOn: t,
      expiresOn: daysFrom(t, 120),
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });
    await act(legal, id, 'filing', {});
    await act(reviewer, id, 'filing/forwarding', { toGovernmentOn: t, toCongressOn: t });
    await act(reviewer, id, 'filing/correction-order', { opinion: `第二条应予修改${XSS}` });
    await act(legal, id, 'filing/correction-report', { report: '已修改' });
    await act(reviewer, id, 'filing/correction-confirmation', { confirmed: false, note: '尚未修改到位' });
    await act(legal, id, 'filing/correction-report', { report: '已全部修改' });
    const corrected = await act(reviewer, id, 'filing/correction-confirmation', { confirmed: true });
    assert.equal(corrected.filingStatus, 'accepted');
    assert.equal(await createPostEvaluationTasks(env.services, t), 1);
    await act(legal, id, 'post-evaluation/start', {});
    const concluded = await act(legal, id, 'post-evaluation/conclusion', {
      outcome: 'amend',
      conclusion: '部分条款已不适应监管需要，应予修改',
    });
    assert.equal(concluded.status, 'amendment_pending');

    const events = await trail(id);
    const ours = events.map((e) => e.action).filter((a) => a.startsWith('normative_document.'));
    assert.deepEqual(ours, [
      'normative_document.drafted',
      'normative_document.fair_competition_reviewed',
      'normative_document.consultation_opened',
      'normative_document.comment_submitted',
      'normative_document.comment_moderated',
      'normative_document.comment_answered',
      'normative_document.consultation_closed',
      'normative_document.submitted_for_legality_review',
      'normative_document.legality_reviewed',
      'normative_document.deliberated',
      'normative_document.published',
      'normative_document.filing_submitted',
      'normative_document.filing_forwarded',
      'normative_document.correction_ordered',
      'normative_document.correction_reported',
      'normative_document.correction_rejected',
      'normative_document.correction_reported',
      'normative_document.correction_confirmed',
      'normative_document.post_evaluation_created',
      'normative_document.post_evaluation_started',
      'normative_document.post_evaluation_concluded',
    ]);
    // every deadline the procedure sets is recorded, and each one set is closed again by the act that meets it
    const deadlineEvents = events.map((e) => e.action).filter((a) => a.startsWith('deadline.'));
    const set = deadlineEvents.filter((a) => a === 'deadline.set').length;
    const closed = deadlineEvents.filter((a) => a === 'deadline.closed').length;
    assert.ok(set >= 5, `deadlines set: ${set}`);
    assert.equal(closed, set);
    // the acts of signed-in users name them; the summary keeps the title as typed
    const legalId = (
      await env.services.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'demo.legal')
        .executeTakeFirstOrThrow()
    ).id;
    const draftedEvent = events.find((e) => e.action === 'normative_document.drafted');
    assert.equal(draftedEvent?.actor_user_id, legalId);
    assert.ok(draftedEvent?.summary.includes(XSS));

    // the status history records each act with the status it left the document in
    const history = concluded.statusHistory.map((h: { act: string; toStatus: string }) => `${h.act}→${h.toStatus}`);
    assert.deepEqual(history, [
      'draft→drafting',
      'record-fair-competition-review→drafting',
      'open-consultation→consultation',
      'close-consultation→drafting',
      'submit-for-legality-review→legality_review',
      'record-legality-review→deliberation',
      'record-deliberation→approved',
      'publish→published',
      'submit-filing→published',
      'order-correction→published',
      'confirm-correction→published',
      'conclude-post-evaluation→amendment_pending',
    ]);
  });

  test('the other branches — exemption, a failed review, revisions, a deliberation sending it back, then rejecting it — each write their event', async () => {
    const act = async (s: Session, id: string, path: string, body: Record<string, unknown>) => {
      const res = await call(env.app, s, 'POST', `/api/normative-documents/${id}/${path}`, body);
      assert.equal(res.statusCode, 200, `${path}: ${res.body}`);
      return res.json().document;
    };
    const drafted = await call(env.app, legal, 'POST', '/api/normative-documents', {
      draftingOrgId: await orgId(env, '示范区市场监督管理局'),
      title: '示范区市场监督管理局内部执法档案管理办法',
      kind: 'ordinary',
      legalBases: [{ title: '《中华人民共和国档案法》' }],
      affectsRights: true,
      affectsMarket: false,
      draftingExplanation: '起草说明',
      articles: [{ body: '为了规范执法档案管理，制定本办法。' }],
    });
    const id = drafted.json().id as string;
    const review = (result: string) =>
      act(reviewer, id, 'legality-review', {
        checklist: [],
        opinion: result === 'failed' ? '第一条缺少依据' : '同意',
        result,
        earlyReason: '材料齐全，提前办结',
      });
    const revise = (body: string) => act(legal, id, 'revise', { articles: [{ body }] });
    await act(legal, id, 'consultation/exemption', { reason: '涉及执法工作秘密，依法不公开征求意见' });
    await act(legal, id, 'legality-review/submission', {});
    assert.equal((await review('failed')).status, 'drafting');
    await revise('为了规范执法档案管理，根据《中华人民共和国档案法》，制定本办法。');
    await act(legal, id, 'legality-review/submission', {});
    await review('passed');
    const meeting = { meetingKind: 'leadership_meeting', meetingName: '局领导班子会议', meetingOn: t };
    assert.equal((await act(legal, id, 'deliberation', { ...meeting, decision: 'revise' })).status, 'drafting');
    await revise('为了规范执法档案的收集、整理和利用，根据《中华人民共和国档案法》，制定本办法。');
    await act(legal, id, 'legality-review/submission', {});
    await review('passed');
    const rejected = await act(legal, id, 'deliberation', { ...meeting, decision: 'rejected' });
    assert.equal(rejected.status, 'withdrawn');
    const ours = (await trail(id)).map((e) => e.action).filter((a) => a.startsWith('normative_document.'));
    assert.deepEqual(ours, [
      'normative_document.drafted',
      'normative_document.consultation_exempted',
      'normative_document.submitted_for_legality_review',
      'normative_document.legality_reviewed',
      'normative_document.draft_revised',
      'normative_document.submitted_for_legality_review',
      'normative_document.legality_reviewed',
      'normative_document.deliberated',
      'normative_document.draft_revised',
      'normative_document.submitted_for_legality_review',
      'normative_document.legality_reviewed',
      'normative_document.deliberated',
    ]);
    // each legality-review deadline was closed by its review: a withdrawn draft leaves nothing on a workbench
    const open = await env.services.db
      .selectFrom('deadlines')
      .select('kind')
      .where('subject_id', '=', id)
      .where('status', '=', 'open')
      .execute();
    assert.deepEqual(open, []);
  });

  test('a review request from the portal to its answer leaves its events in order', async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/public/normative-review-requests',
      payload: {
        regionCode: '159901',
        documentTitle: `示范区某管理办法${XSS}`,
        requesterKind: 'citizen',
        requesterName: '示范·测试公民',
        reasons: '第三条增加了公民义务，缺少上位法依据。',
      },
      remoteAddress: '192.0.2.77',
    });
    assert.equal(res.statusCode, 201, res.body);
    const request = await env.services.db
      .selectFrom('normative_review_requests')
      .select('id')
      .where('tracking_number', '=', res.json().trackingNumber)
      .executeTakeFirstOrThrow();
    const base = `/api/normative-review-requests/${request.id}`;
    const decided = await call(env.app, reviewer, 'POST', `${base}/decision`, {
      decision: 'accept',
      reason: '属于审查范围',
    });
    assert.equal(decided.statusCode, 200, decided.body);
    const answered = await call(env.app, reviewer, 'POST', `${base}/answer`, {
      answer: '经审查，已建议制定机关修改。',
    });
    assert.equal(answered.statusCode, 200, answered.body);
    const events = await trail(request.id);
    assert.deepEqual(
      events.map((e) => e.action),
      [
        'deadline.set',
        'normative_review_request.submitted',
        'deadline.closed',
        'deadline.set',
        'normative_review_request.accepted',
        'deadline.closed',
        'normative_review_request.answered',
      ],
    );
    // the public submission has no actor; the bureau's acts name the reviewer
    assert.equal(events[1]?.actor_user_id, null);
    assert.notEqual(events[4]?.actor_user_id, null);
  });
});
