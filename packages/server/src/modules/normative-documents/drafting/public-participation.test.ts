// The portal's 意见征集 list: only drafts of the portal's region whose consultation is open today are listed, with
// the period, the days left and the number of approved comments; bad paging is refused with a Chinese message.
// Also what the consultation page and the tracking page tell the public for the portal forms.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, type TestEnv } from '../../../../test/helpers';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { addOtherRegion, buildDocument, sys, XSS } from '../test/factory';
import { submitComment } from './commands/submit-comment';
import { moderateComment } from './commands/moderate-comment';
import { answerComment } from './commands/answer-comment';
import { submitReviewRequest } from '../filing/commands/submit-review-request';
import { clockFromEnv } from '../../../platform/clock';

let env: TestEnv;
const t = clockFromEnv().today();
interface Item {
  id: string;
  title: string;
  draftingOrgName: string;
  opensOn: string;
  closesOn: string;
  daysRemaining: number;
  approvedCommentCount: number;
}
const list = async (query = '') => {
  const res = await call(env.app, null, 'GET', `/api/public/normative-consultations${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { items: Item[]; total: number; page: number; pageSize: number; today: string };
};

before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

describe('意见征集 list on the portal (public API)', () => {
  test('lists a draft whose consultation is open today with its period, days left and drafting unit', async () => {
    const id = await buildDocument(env, { state: 'consultation', startDaysAgo: 6 });
    const body = await list();
    const item = body.items.find((i) => i.id === id);
    assert.ok(item, 'the open consultation is listed');
    assert.equal(item.title, `示范区测试管理办法${XSS}`, 'text is returned exactly as typed');
    assert.equal(item.draftingOrgName, '示范区市场监督管理局');
    assert.equal(item.opensOn, daysFrom(t, -5));
    assert.equal(item.closesOn, daysFrom(t, 25));
    assert.equal(item.daysRemaining, 25);
    assert.equal(body.today, t);
    assert.ok(body.total >= 1);
    const closing = body.items.map((i) => i.closesOn);
    assert.deepEqual(closing, [...closing].sort(), 'soonest closing first');
  });

  test('counts only the comments the drafting unit approved, never pending or rejected ones', async () => {
    const id = await buildDocument(env, { state: 'consultation', startDaysAgo: 3 });
    const ids: string[] = [];
    for (const text of ['建议明确办理时限。', '建议增加过渡期。', '与本文件无关的广告内容。'])
      ids.push((await submitComment(env.services, sys, id, { body: text })).id);
    await moderateComment(env.services, sys, id, ids[0] ?? '', { decision: 'approved' });
    await moderateComment(env.services, sys, id, ids[2] ?? '', { decision: 'rejected' });
    const item = (await list()).items.find((i) => i.id === id);
    assert.equal(item?.approvedCommentCount, 1);
  });

  test('does not list drafts, closed consultations, published documents or periods not running today', async () => {
    const drafting = await buildDocument(env, { state: 'drafting' });
    const consulted = await buildDocument(env, { state: 'consulted' });
    const published = await buildDocument(env, { state: 'published' });
    // opened 49 days ago for 30 days and never closed by the drafting unit: comments are refused, so not listed
    const lapsed = await buildDocument(env, { state: 'consultation', startDaysAgo: 50 });
    // a period that starts later (recorded on paper before the day): not yet open to comments
    const later = await buildDocument(env, { state: 'consultation', startDaysAgo: 2 });
    await env.services.db
      .updateTable('consultations')
      .set({ opens_on: daysFrom(t, 3), closes_on: daysFrom(t, 33) })
      .where('subject_id', '=', later)
      .execute();
    const listed = new Set((await list('?pageSize=200')).items.map((i) => i.id));
    for (const [name, id] of Object.entries({ drafting, consulted, published, lapsed, later }))
      assert.equal(listed.has(id), false, `${name} is not listed`);
  });

  test("does not list another region's open consultations", async () => {
    await addOtherRegion(env);
    const elsewhere = await buildDocument(env, {
      state: 'consultation',
      startDaysAgo: 4,
      draftingOrg: '示范新区人民政府',
    });
    const page = await call(env.app, null, 'GET', `/api/public/normative-consultations/${elsewhere}`);
    assert.equal(page.statusCode, 200, 'it is open in its own region');
    const listed = (await list('?pageSize=200')).items.map((i) => i.id);
    assert.equal(listed.includes(elsewhere), false);
  });

  test('pages the list and refuses bad paging with a Chinese message naming the field', async () => {
    const first = await list('?page=1&pageSize=1');
    assert.equal(first.items.length, 1);
    assert.equal(first.pageSize, 1);
    for (const [q, field] of [
      ['?page=0', 'page'],
      ['?page=abc', 'page'],
      ['?pageSize=1000', 'pageSize'],
      ['?pageSize=-1', 'pageSize'],
    ] as const) {
      const res = await call(env.app, null, 'GET', `/api/public/normative-consultations${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.equal(res.json().code, 'VALIDATION_FAILED');
      assert.equal(res.json().fields[0].path, field);
      assert.match(res.json().message, /[\u4e00-\u9fa5]/);
    }
  });
});

describe('what the portal forms need from the public API', () => {
  test('the consultation page tells the longest comment the region accepts', async () => {
    const id = await buildDocument(env, { state: 'consultation', startDaysAgo: 2 });
    const page = (await call(env.app, null, 'GET', `/api/public/normative-consultations/${id}`)).json();
    assert.equal(page.commentMaxLength, 2000);
  });

  test('the consultation page shows approved comments with their answers, as typed and without who sent them', async () => {
    const id = await buildDocument(env, { state: 'consultation', startDaysAgo: 2 });
    const page = (await call(env.app, null, 'GET', `/api/public/normative-consultations/${id}`)).json();
    const articleId = page.articles[1].id;
    const sv = env.services;
    const approved = await submitComment(sv, sys, id, {
      articleId,
      body: `建议写明适用范围。${XSS}`,
      name: '示范·实名市民',
      contact: '13700000000',
    });
    const pending = await submitComment(sv, sys, id, { body: '这条意见尚未审核。' });
    const rejected = await submitComment(sv, sys, id, { body: '与本文件无关的广告。' });
    await moderateComment(sv, sys, id, approved.id, { decision: 'approved' });
    await moderateComment(sv, sys, id, rejected.id, { decision: 'rejected' });
    const before = (await call(env.app, null, 'GET', `/api/public/normative-consultations/${id}`)).json();
    assert.deepEqual(
      before.approvedComments.map((c: { id: string }) => c.id),
      [approved.id],
      `pending ${pending.id} and rejected comments are not shown`,
    );
    assert.equal(before.approvedComments[0].body, `建议写明适用范围。${XSS}`);
    assert.equal(before.approvedComments[0].articleId, articleId);
    assert.equal(before.approvedComments[0].answer, null);
    await answerComment(sv, sys, id, approved.id, { answer: 'partly_adopted', reason: '已在第二条补充。' });
    const after = (await call(env.app, null, 'GET', `/api/public/normative-consultations/${id}`)).json();
    assert.equal(after.approvedComments[0].answerLabel, '部分采纳');
    assert.equal(after.approvedComments[0].answerReason, '已在第二条补充。');
    const text = JSON.stringify(after);
    assert.equal(text.includes('示范·实名市民'), false, 'the name is not published');
    assert.equal(text.includes('13700000000'), false, 'the contact is not published');
  });

  test('tracking a request shows the acceptance deadline with its basis, nothing personal', async () => {
    const { trackingNumber, acceptanceDue } = await submitReviewRequest(env.services, sys, {
      regionCode: '159901',
      documentTitle: '示范区某规范性文件',
      requesterKind: 'citizen',
      requesterName: '示范·测试公民甲',
      contact: '13900000000',
      reasons: '该文件增设了行政许可条件。',
    });
    const res = await call(env.app, null, 'GET', `/api/public/normative-review-requests/${trackingNumber}`);
    assert.equal(res.statusCode, 200, res.body);
    const acceptance = res.json().deadlines.find((d: { kind: string }) => d.kind === 'acceptance');
    assert.equal(acceptance.due, acceptanceDue);
    assert.equal(acceptance.status, 'open');
    assert.ok(acceptance.basis.length > 0);
    assert.equal(JSON.stringify(res.json()).includes('13900000000'), false);
    assert.equal(JSON.stringify(res.json()).includes('示范·测试公民甲'), false);
  });
});
