// The public side, without an account: the consultation page by article, comments with length and rate limits
// and a moderation queue, malicious text stored as text; review requests with a tracking number and the bureau's
// acceptance and answer deadlines.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { REQUEST_SUBJECT } from '../support';
import { buildDocument, XSS } from '../test/factory';
import { deadlinesOf } from '../../../platform/deadlines';
import { clockFromEnv } from '../../../platform/clock';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let consulting: string;
const t = clockFromEnv().today();

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  // a consultation open today (opened 5 days ago for 30 days)
  consulting = await buildDocument(env, { state: 'consultation', startDaysAgo: 6 });
});
after(() => env.close());

const comment = (body: Record<string, unknown>, ip = '203.0.113.7') =>
  env.app.inject({
    method: 'POST',
    url: `/api/public/normative-consultations/${consulting}/comments`,
    payload: body,
    remoteAddress: ip,
  });

describe('公开征求意见 (public API)', () => {
  test('anyone reads the draft by article without signing in', async () => {
    const res = await call(env.app, null, 'GET', `/api/public/normative-consultations/${consulting}`);
    assert.equal(res.statusCode, 200);
    const c = res.json();
    assert.equal(c.articles.length, 2);
    assert.equal(c.articles[0].heading, '第一条');
    assert.equal(c.title, `示范区测试管理办法${XSS}`);
    assert.equal('comments' in c, false);
  });

  test('a draft that is not under consultation is not public', async () => {
    const drafting = await buildDocument(env, { state: 'drafting' });
    assert.equal((await call(env.app, null, 'GET', `/api/public/normative-consultations/${drafting}`)).statusCode, 404);
    const published = await buildDocument(env, { state: 'published' });
    assert.equal(
      (await call(env.app, null, 'GET', `/api/public/normative-consultations/${published}`)).statusCode,
      404,
    );
    const res = await call(env.app, null, 'POST', `/api/public/normative-consultations/${drafting}/comments`, {
      body: '我有一条建议意见',
    });
    assert.equal(res.statusCode, 404);
  });

  test('a comment on an article goes to the moderation queue; malicious text is stored exactly as text', async () => {
    const page = (await call(env.app, null, 'GET', `/api/public/normative-consultations/${consulting}`)).json();
    const res = await comment(
      { articleId: page.articles[1].id, body: `建议修改本条。${XSS}`, name: XSS },
      '203.0.113.1',
    );
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().status, 'pending');
    const doc = (await call(env.app, legal, 'GET', `/api/normative-documents/${consulting}`)).json();
    const stored = doc.comments.find((c: { id: string }) => c.id === res.json().id);
    assert.equal(stored.body, `建议修改本条。${XSS}`);
    assert.equal(stored.commenterName, XSS);
    assert.equal(stored.moderationStatus, 'pending');
    const events = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', consulting)
      .execute();
    assert.ok(events.some((e) => e.action === 'normative_document.comment_submitted'));
  });

  test('comments over the length limit, empty ones and control characters are refused', async () => {
    const long = await comment({ body: '意'.repeat(2001) }, '203.0.113.2');
    assert.equal(long.statusCode, 422);
    assert.equal(long.json().code, 'COMMENT_TOO_LONG');
    assert.equal(long.json().fields[0].path, 'body');
    assert.equal((await comment({ body: '' }, '203.0.113.2')).statusCode, 400);
    assert.equal((await comment({ body: '正常内容\u0007响铃' }, '203.0.113.2')).statusCode, 400);
    const other = await buildDocument(env, { state: 'drafting' });
    const wrongArticle = await comment({ articleId: other, body: '对不存在的条文提意见' }, '203.0.113.2');
    assert.equal(wrongArticle.json().code, 'ARTICLE_NOT_FOUND');
  });

  test('one address may send only so many comments an hour', async () => {
    const ip = '198.51.100.9';
    for (let i = 0; i < 10; i++) assert.equal((await comment({ body: `第${i}条意见，内容充实` }, ip)).statusCode, 201);
    const limited = await comment({ body: '第十一条意见，内容充实' }, ip);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'RATE_LIMITED');
    assert.equal((await comment({ body: '另一个地址的意见' }, '198.51.100.10')).statusCode, 201);
  });

  test('the drafting unit moderates and answers; a not-adopted answer needs a reason; the review waits for answers', async () => {
    const res = await comment({ body: '建议增加听证程序。' }, '203.0.113.3');
    const cid = res.json().id as string;
    const base = `/api/normative-documents/${consulting}/comments/${cid}`;
    assert.equal(
      (await call(env.app, reviewer, 'POST', `${base}/moderation`, { decision: 'approved' })).statusCode,
      403,
    );
    assert.equal(
      (await call(env.app, legal, 'POST', `${base}/answer`, { answer: 'adopted' })).json().code,
      'COMMENT_NOT_APPROVED',
    );
    assert.equal((await call(env.app, legal, 'POST', `${base}/moderation`, { decision: 'approved' })).statusCode, 200);
    const noReason = await call(env.app, legal, 'POST', `${base}/answer`, { answer: 'not_adopted' });
    assert.equal(noReason.json().code, 'ANSWER_REASON_REQUIRED');
    const answered = await call(env.app, legal, 'POST', `${base}/answer`, {
      answer: 'not_adopted',
      reason: `上位法未规定${XSS}`,
    });
    assert.equal(answered.statusCode, 200);
    const c = answered.json().comments.find((x: { id: string }) => x.id === cid);
    assert.equal(c.answerLabel, '不予采纳');
    assert.equal(c.answerReason, `上位法未规定${XSS}`);
  });
});

describe('建议审查 (review requests)', () => {
  const request = (over: Record<string, unknown> = {}) =>
    env.app.inject({
      method: 'POST',
      url: '/api/public/normative-review-requests',
      payload: {
        regionCode: '159901',
        documentTitle: `示范区某管理办法${XSS}`,
        requesterKind: 'citizen',
        requesterName: '示范·测试公民',
        contact: '13800000000',
        reasons: '第三条增加了公民义务，缺少上位法依据。',
        ...over,
      },
      remoteAddress: '192.0.2.44',
    });

  test('a citizen files a request and tracks it by number; the bureau accepts and answers within the set periods', async () => {
    const res = await request();
    assert.equal(res.statusCode, 201, res.body);
    const { trackingNumber, acceptanceDue } = res.json();
    assert.match(trackingNumber, new RegExp(`^GF159901-${t.replace(/-/g, '')}(-[0-9A-HJKMNP-TV-Z]{4}){4}$`));
    assert.ok(acceptanceDue > t);
    const tracked = await call(env.app, null, 'GET', `/api/public/normative-review-requests/${trackingNumber}`);
    assert.equal(tracked.json().status, 'received');
    assert.equal(JSON.stringify(tracked.json()).includes('13800000000'), false);
    assert.equal(JSON.stringify(tracked.json()).includes('示范·测试公民'), false);
    const row = await env.services.db
      .selectFrom('normative_review_requests')
      .select(['id', 'contact_enc'])
      .where('tracking_number', '=', trackingNumber)
      .executeTakeFirstOrThrow();
    assert.ok(row.contact_enc && !row.contact_enc.includes('13800000000'));
    const dl = await deadlinesOf(env.services.db, '159901', REQUEST_SUBJECT, row.id, env.services.clock.today());
    assert.equal(dl[0]?.ruleId, 'normative.review-request-acceptance');
    // the drafting unit's officer does not handle requests
    assert.equal((await call(env.app, legal, 'GET', `/api/normative-review-requests/${row.id}`)).statusCode, 404);
    const answerFirst = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${row.id}/answer`, {
      answer: '答复',
    });
    assert.equal(answerFirst.json().code, 'REQUEST_NOT_ACCEPTED');
    const accepted = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${row.id}/decision`, {
      decision: 'accept',
      reason: '属于审查范围',
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const deadlines = accepted.json().deadlines as {
      kind: string;
      status: string;
      ruleId: string;
      from: string;
      due: string;
    }[];
    assert.equal(deadlines.find((d) => d.kind === 'acceptance')?.status, 'met');
    const answer = deadlines.find((d) => d.kind === 'answer');
    assert.equal(answer?.ruleId, 'normative.review-request-reply');
    assert.ok(answer && answer.due >= daysFrom(t, 60));
    const answered = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${row.id}/answer`, {
      answer: '经审查，已建议制定机关修改第三条。',
    });
    assert.equal(answered.json().status, 'answered');
    const final = await call(env.app, null, 'GET', `/api/public/normative-review-requests/${trackingNumber}`);
    assert.equal(final.json().answer, '经审查，已建议制定机关修改第三条。');
  });

  test('a declined request says why; bad input and unknown regions are refused', async () => {
    const res = await request({ requesterKind: 'organisation', requesterName: '示范某公司' });
    const id = (
      await env.services.db
        .selectFrom('normative_review_requests')
        .select('id')
        .where('tracking_number', '=', res.json().trackingNumber)
        .executeTakeFirstOrThrow()
    ).id;
    const declined = await call(env.app, reviewer, 'POST', `/api/normative-review-requests/${id}/decision`, {
      decision: 'decline',
      reason: '该文件已废止',
    });
    assert.equal(declined.json().status, 'declined');
    assert.equal((await request({ regionCode: '999999' })).statusCode, 404);
    assert.equal((await request({ reasons: '' })).statusCode, 400);
    const malformed = await call(env.app, null, 'GET', '/api/public/normative-review-requests/abc');
    assert.equal(malformed.statusCode, 400);
    // the field is named as the citizen knows it, never by its identifier or as a "路径参数"
    assert.equal(malformed.json().message, '查询编号格式不正确');
  });

  test('tracking numbers cannot be guessed: 80 random bits, and lookups per address are limited', async () => {
    const numbers = new Set<string>();
    for (let i = 0; i < 3; i++) numbers.add((await request()).json().trackingNumber as string);
    assert.equal(numbers.size, 3);
    const [first = ''] = numbers;
    // 16 Crockford base32 characters = 80 bits after the region and the date
    assert.equal(first.split('-').slice(2).join('').length, 16);
    const lookup = (number: string, from: string) =>
      env.app.inject({
        method: 'GET',
        url: `/api/public/normative-review-requests/${encodeURIComponent(number)}`,
        remoteAddress: from,
      });
    // typed by hand: lower case, spaces instead of dashes
    const typed = await lookup(first.toLowerCase().replace(/-/g, ' '), '198.51.100.7');
    assert.equal(typed.statusCode, 200, typed.body);
    assert.equal(typed.json().trackingNumber, first);
    assert.equal(typed.headers['cache-control'], 'no-store');
    const limit = env.services.config.trackingLookupsPerHour;
    env.services.config.trackingLookupsPerHour = 4;
    try {
      const answers: number[] = [];
      for (let i = 0; i < 5; i++) answers.push((await lookup(first, '198.51.100.8')).statusCode);
      assert.deepEqual(answers, [200, 200, 200, 200, 429]);
      const refused = await lookup(first, '198.51.100.8');
      assert.equal(refused.json().code, 'RATE_LIMITED');
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.equal((await lookup(first, '198.51.100.9')).statusCode, 200, 'another address is not affected');
    } finally {
      env.services.config.trackingLookupsPerHour = limit;
    }
  });
});
