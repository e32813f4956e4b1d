// 政府信息公开 on request, from the portal's form to the answer: the online request with its tracking number and the
// applicant's identifiers encrypted and masked, received on the day both sides confirm it (第三十一条); the 补正 told
// once, holding the reply period and restarting it on the corrected request (第三十条); a consultation not counted
// (第三十二条、第三十三条第三款); the approved extension (第三十三条第二款); the answer with its table 三 row, its paper
// and the tracking page; the registered channels' days of receipt; the request deemed withdrawn; each act's audit
// event. The rules themselves are core's (disclosure/disclosure.test.ts).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadline, type Pause } from '@fazhi/core/calendar';
import type { DisclosureGuide, DisclosureRequest, TrackedDisclosureRequest } from '@fazhi/core/contracts';
import { pinnedClock } from '../../platform/clock';
import { loadCalendarContext } from '../../platform/deadlines';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { buildRequest, requestBody } from './test/factory';

let env: TestEnv;
let legal: Session;
let market = '';
let today = '';
let due: (rule: string, from: string, extra?: { pauses?: Pause[]; restartFrom?: string; extended?: boolean }) => string;
const get = async (id: string) =>
  (await call(env.app, legal, 'GET', `/api/disclosure-requests/${id}`)).json<DisclosureRequest>();
const act = (id: string, path: string, body: unknown) =>
  call(env.app, legal, 'POST', `/api/disclosure-requests/${id}/${path}`, body);
const track = async (n: string) =>
  (await call(env.app, null, 'GET', `/api/public/disclosure-requests/${n}`)).json<TrackedDisclosureRequest>();
const replyDeadline = (r: DisclosureRequest) => r.deadlines.find((d) => d.kind === 'reply');

before(async () => {
  env = await createTestEnv({ clock: pinnedClock('2026-11-23') });
  today = env.services.clock.today();
  legal = await sessionOf(env, 'demo.legal');
  market = await orgId(env, '示范区市场监督管理局');
  const { calendar } = await loadCalendarContext(env.services.db, '159901');
  due = (rule, from, extra = {}) => computeDeadline(calendar, rule, { from, ...extra }).due;
});
after(() => env.close());

describe('an online request, its 补正, a consultation, an extension and a partial disclosure', () => {
  let id = '';
  let tracking = '';

  test('the portal shows the guide and takes the request without an account, with a GK tracking number', async () => {
    const guide = (
      await call(env.app, null, 'GET', '/api/public/disclosure-guide?regionCode=159901')
    ).json<DisclosureGuide>();
    assert.ok(guide.bodies.some((b) => b.id === market));
    assert.match(guide.sections.map((s) => s.paragraphs.join('')).join(''), /第11至30件每件100元/);
    const res = await call(env.app, null, 'POST', '/api/public/disclosure-requests', requestBody('159901', market));
    assert.equal(res.statusCode, 201, res.body);
    ({ id, trackingNumber: tracking } = res.json<{ id: string; trackingNumber: string }>());
    assert.match(tracking, /^GK159901-20261123-[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const party = await env.services.db
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.ok(party.id_number_enc && !party.id_number_enc.includes('11010519491231002X'));
    const r = await get(id);
    assert.deepEqual(
      r.parties.map((p) => [p.roleLabel, p.idNumberMasked, p.phoneMasked]),
      [['申请人', '1101**********002X', '138****8000']],
    );
    assert.ok(!JSON.stringify(r).includes('11010519491231002X'));
    assert.equal(r.status, 'submitted');
    assert.equal(r.receivedOn, null, '第三十一条第（三）项: received only once both sides confirm');
    assert.deepEqual(r.deadlines, []);
    const t = await track(tracking);
    assert.equal(t.status, 'submitted');
    assert.ok(!JSON.stringify(t).includes('测试申请人') && !JSON.stringify(t).includes('138'));
  });

  test('第三十一条、第三十三条: confirmed today, the reply is due twenty working days on', async () => {
    const res = await act(id, 'receipt', {});
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json<DisclosureRequest>();
    assert.equal(r.receivedOn, today);
    assert.match(r.receiptBasis ?? '', /双方确认之日/);
    assert.equal(replyDeadline(r)?.due, due('disclosure.reply', today));
    assert.equal(
      r.deadlines.find((d) => d.kind === 'correction-notice')?.due,
      due('disclosure.correction-notice', today),
    );
  });

  test('第三十条: the 补正 lists its items at once, holds the reply period and is told only once', async () => {
    const empty = await act(id, 'correction-request', { correctionItems: [] });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json<{ fields: { path: string }[] }>().fields[0]?.path, 'correctionItems');
    const res = await act(id, 'correction-request', { correctionItems: ['所需信息的文号', '信息形成的年度'] });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json<DisclosureRequest>();
    assert.equal(r.status, 'correction_requested');
    assert.equal(replyDeadline(r)?.status, 'paused');
    assert.equal(r.correction?.due, due('disclosure.applicant-correction', today));
    const t = await track(tracking);
    assert.deepEqual(t.correction?.items, ['所需信息的文号', '信息形成的年度']);
    // the applicant corrects on the portal: the reply period runs anew from the corrected request
    const corrected = await call(env.app, null, 'POST', `/api/public/disclosure-requests/${tracking}/correction`, {
      correctionText: '文号为示市监〔2026〕8号，2026年形成。',
    });
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.equal(corrected.json<TrackedDisclosureRequest>().status, 'received');
    const again = await get(id);
    assert.equal(replyDeadline(again)?.due, due('disclosure.reply', today, { restartFrom: today }));
    const second = await act(id, 'correction-request', { correctionItems: ['再补一项'] });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json<{ code: string }>().code, 'CORRECTION_ALREADY_REQUESTED');
  });

  test('第三十二条、第三十三条第三款: a third party consulted holds the reply, its days not counted', async () => {
    const res = await act(id, 'consultation', { consultationKind: 'third_party', consultee: '示范食品有限公司' });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json<DisclosureRequest>();
    assert.equal(r.status, 'consulting');
    assert.equal(replyDeadline(r)?.status, 'paused');
    const letter = r.deadlines.find((d) => d.kind.startsWith('consultation-'));
    assert.equal(letter?.due, due('disclosure.third-party-reply', today));
    const replyEarly = await act(id, 'reply', { outcome: 'provided', replyText: '提供' });
    assert.equal(replyEarly.statusCode, 409);
    const ended = await act(id, 'consultation-end', { opinion: '不同意公开配方部分，其余同意。' });
    assert.equal(ended.statusCode, 200, ended.body);
    const back = ended.json<DisclosureRequest>();
    assert.equal(back.status, 'received');
    assert.equal(
      replyDeadline(back)?.due,
      due('disclosure.reply', today, { restartFrom: today, pauses: [{ from: today, to: today }] }),
    );
  });

  test('第三十三条第二款: extended once with the approver, by twenty working days at most', async () => {
    const before = replyDeadline(await get(id))?.due;
    const res = await act(id, 'extension', { approver: '办公室负责人', reason: '需要检索多个年度的档案' });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json<DisclosureRequest>();
    assert.ok(replyDeadline(r)!.due > before!);
    assert.equal(replyDeadline(r)?.extended, true);
    assert.equal(r.extension?.approver, '办公室负责人');
    assert.equal((await act(id, 'extension', { approver: '办公室负责人', reason: '再延长' })).statusCode, 409);
  });

  test('第三十七条: a partial disclosure states its reasons, counts in row 三（二）, and its paper carries the remedy', async () => {
    const bare = await act(id, 'reply', { outcome: 'partial', replyText: '部分' });
    assert.equal(bare.statusCode, 422);
    assert.equal(bare.json<{ fields: { path: string }[] }>().fields[0]?.path, 'replyText');
    const res = await act(id, 'reply', {
      outcome: 'partial',
      replyText: '配方部分涉及商业秘密，第三方不同意公开，依照第十五条不予公开；其余部分予以公开。',
    });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json<DisclosureRequest>();
    assert.equal(r.status, 'replied');
    assert.equal(r.reply?.tableRow, '三（二）');
    assert.equal(r.reply?.onTime, true);
    assert.equal(replyDeadline(r)?.status, 'met');
    const paper = await call(env.app, legal, 'GET', `/api/disclosure-requests/${id}/papers/reply?format=pdf`);
    assert.equal(paper.statusCode, 200);
    assert.equal(paper.headers['content-type'], 'application/pdf');
    const t = await track(tracking);
    assert.equal(t.reply?.outcomeLabel, '部分公开（区分处理）');
    assert.deepEqual(t.deadlines, []);
    const service = await act(id, 'service', { paper: 'reply', recipient: '测试申请人1', serviceMethod: 'post' });
    assert.equal(service.statusCode, 200, service.body);
    const actions = (
      await env.services.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', id)
        .orderBy('seq')
        .execute()
    ).map((a) => a.action);
    for (const a of [
      'submitted',
      'party_added',
      'receipt_confirmed',
      'correction_requested',
      'clock_paused',
      'clock_resumed',
      'correction_submitted',
      'consultation_started',
      'consultation_ended',
      'step_extended',
      'extended',
      'replied',
      'paper_served',
    ])
      assert.ok(actions.includes(`disclosure_request.${a}`), a);
  });
});

describe('the other channels and the other endings', () => {
  test('第三十一条第（二）项: registered mail needs the day signed for, which is the day of receipt', async () => {
    const body = { ...requestBody('159901', market, 2), requestChannel: 'registered_mail', handedInOn: '2026-11-16' };
    const missing = await call(env.app, legal, 'POST', '/api/disclosure-requests', body);
    assert.equal(missing.statusCode, 422);
    assert.equal(missing.json<{ fields: { path: string }[] }>().fields[0]?.path, 'mailSignedOn');
    const res = await call(env.app, legal, 'POST', '/api/disclosure-requests', { ...body, mailSignedOn: '2026-11-18' });
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json<DisclosureRequest>();
    assert.equal(r.receivedOn, '2026-11-18');
    assert.equal(replyDeadline(r)?.due, due('disclosure.reply', '2026-11-18'));
    const paper = await call(env.app, legal, 'GET', `/api/disclosure-requests/${r.id}/papers/correction-notice`);
    assert.equal(paper.statusCode, 409);
    assert.equal(paper.json<{ code: string }>().code, 'PAPER_NOT_READY');
  });

  test('第三十条: deemed withdrawn only after the period given; counted in row 三（六）1', async () => {
    const running = await buildRequest(env.services, '159901', market, 'correction_requested', 3);
    const early = await act(running, 'withdrawal', {});
    assert.equal(early.statusCode, 409);
    assert.equal(early.json<{ code: string }>().code, 'CORRECTION_PERIOD_RUNNING');
    const lapsed = await buildRequest(env.services, '159901', market, 'correction_lapsed', 4);
    const res = await act(lapsed, 'withdrawal', {});
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json<DisclosureRequest>();
    assert.equal(r.status, 'withdrawn');
    assert.equal(r.reply?.tableRow, '三（六）1');
    assert.ok(r.deadlines.every((d) => !['open', 'paused'].includes(d.status)));
  });

  test('a body outside the region and an unknown tracking number are refused', async () => {
    const other = await call(env.app, null, 'POST', '/api/public/disclosure-requests', requestBody('159900', market));
    assert.equal(other.statusCode, 422);
    assert.equal(other.json<{ code: string }>().code, 'BODY_NOT_IN_REGION');
    const unknown = await call(
      env.app,
      null,
      'GET',
      '/api/public/disclosure-requests/GK159901-20261123-0000-0000-0000-0000',
    );
    assert.equal(unknown.statusCode, 404);
  });
});
