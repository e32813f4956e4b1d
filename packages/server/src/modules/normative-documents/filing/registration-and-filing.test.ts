// Numbering under concurrency, validity limits, the filing deadline (5 days in the demo district) and its closure,
// the filing review outcomes and the correction follow-up.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocNumber } from '@fazhi/core/normative-documents';
import { call, createTestEnv, type Session, type TestEnv, sessionOf } from '../../../../test/helpers';
import { deadlinesOf } from '../../../platform/deadlines';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { SUBJECT } from '../support';
import { buildDocument } from '../test/factory';
import { clockFromEnv } from '../../../platform/clock';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
const t = clockFromEnv().today();

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
});
after(() => env.close());

const doc = (id: string) => call(env.app, legal, 'GET', `/api/normative-documents/${id}`).then((r) => r.json());

describe('统一编号', () => {
  test('ten parallel publications get ten distinct consecutive numbers of the issuer and year', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++)
      ids.push(await buildDocument(env, { state: 'approved', title: `示范区并发测试办法${i}` }));
    const results = await Promise.all(
      ids.map((id) =>
        call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
          effectiveOn: t,
          effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
        }),
      ),
    );
    for (const r of results) assert.equal(r.statusCode, 200, r.body);
    const numbers = results.map((r) => r.json().document.docNumber as string);
    assert.equal(new Set(numbers).size, 10);
    const seqs = numbers.map((n) => parseDocNumber(n)?.seq ?? 0).sort((a, b) => a - b);
    for (let i = 1; i < seqs.length; i++) assert.equal(seqs[i], (seqs[0] ?? 0) + i);
    for (const n of numbers) assert.equal(parseDocNumber(n)?.prefix, '示市监规');
    assert.ok(numbers.every((n) => n.includes(`〔${t.slice(0, 4)}〕`)));
  });

  test('publishing the same document twice at once gives one number and refuses the second', async () => {
    const id = await buildDocument(env, { state: 'approved' });
    const both = await Promise.all(
      [0, 1].map(() =>
        call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
          effectiveOn: t,
          effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
        }),
      ),
    );
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [200, 409]);
    const regs = await env.services.db
      .selectFrom('normative_registrations')
      .select('id')
      .where('document_id', '=', id)
      .execute();
    assert.equal(regs.length, 1);
  });

  test('an issuer without a number prefix cannot publish, and the prefix is refused in a wrong form', async () => {
    const admin = await sessionOf(env, 'demo.sysadmin');
    const org = (
      await env.services.db
        .selectFrom('orgs')
        .select('id')
        .where('name', '=', '示范区市场监督管理局')
        .executeTakeFirstOrThrow()
    ).id;
    const bad = await call(env.app, admin, 'PUT', '/api/normative-issuers', { orgId: org, numberPrefix: '示〔1〕' });
    assert.equal(bad.json().code, 'PREFIX_INVALID');
    const notAdmin = await call(env.app, legal, 'PUT', '/api/normative-issuers', { orgId: org, numberPrefix: '示监' });
    assert.equal(notAdmin.statusCode, 403);
    await env.services.db.deleteFrom('normative_issuers').where('org_id', '=', org).execute();
    const id = await buildDocument(env, { state: 'approved' });
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: t,
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });
    assert.equal(res.json().code, 'ISSUER_PREFIX_MISSING');
    assert.equal((await doc(id)).status, 'approved');
    const set = await call(env.app, admin, 'PUT', '/api/normative-issuers', { orgId: org, numberPrefix: '示市监规' });
    assert.equal(set.statusCode, 200);
  });
});

describe('有效期', () => {
  test('an ordinary document may run at most 5 years; without an expiry it gets the longest', async () => {
    const id = await buildDocument(env, { state: 'approved' });
    const tooLong = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: '2026-01-01',
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
      publishedOn: '2026-01-01',
      expiresOn: '2031-06-30',
    });
    assert.equal(tooLong.statusCode, 422);
    assert.equal(tooLong.json().code, 'VALIDITY_INVALID');
    assert.match(tooLong.json().message, /5年/);
    const ok = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: '2026-02-01',
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
      publishedOn: '2026-01-01',
    });
    assert.equal(ok.json().document.expiresOn, '2031-01-31');
  });

  test('an interim (暂行) or trial (试行) document may run at most 2 years', async () => {
    const id = await buildDocument(env, { state: 'approved', kind: 'trial', title: '示范区测试管理办法（试行）' });
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: '2026-01-01',
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
      publishedOn: '2026-01-01',
      expiresOn: '2028-12-31',
    });
    assert.match(res.json().message, /2年/);
    const ok = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      effectiveOn: '2026-01-01',
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
      publishedOn: '2026-01-01',
    });
    assert.equal(ok.json().document.expiresOn, '2027-12-31');
  });

  test("a jurisdiction's own validity limit (region setting) replaces the default", async () => {
    await env.services.db
      .insertInto('region_settings')
      .values({ region_code: '159901', key: 'normative.validity.max-years', value: '3', source: '测试：本地规定3年' })
      .execute();
    try {
      const id = await buildDocument(env, { state: 'approved' });
      const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
        effectiveOn: '2026-01-01',
        effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
        publishedOn: '2026-01-01',
        expiresOn: '2029-12-31',
      });
      assert.match(res.json().message, /3年/);
      const ok = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
        effectiveOn: '2026-01-01',
        effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
        publishedOn: '2026-01-01',
      });
      assert.equal(ok.json().document.expiresOn, '2028-12-31');
    } finally {
      await env.services.db.deleteFrom('region_settings').where('key', '=', 'normative.validity.max-years').execute();
    }
  });

  test('an effective date before publication and a future publication date are refused', async () => {
    const id = await buildDocument(env, { state: 'approved' });
    const back = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      publishedOn: '2026-03-01',
      effectiveOn: '2026-02-01',
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });
    assert.equal(back.json().fields[0].path, 'effectiveOn');
    const future = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      publishedOn: daysFrom(t, 3),
      effectiveOn: daysFrom(t, 3),
    });
    assert.equal(future.json().code, 'DATE_IN_FUTURE');
    // the message names the field as the user knows it, never by its identifier
    assert.match(future.json().message, /^发布日期不能晚于今天/);
  });
});

describe('备案', () => {
  test('the filing deadline of a district-government document is 5 days in the demo district; filing on time closes it as met', async () => {
    const id = await buildDocument(env, { state: 'approved', issuerOrg: '示范区人民政府' });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      publishedOn: '2026-03-04',
      effectiveOn: '2026-04-01',
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });
    // 2026-03-04 (Wednesday) + 5 days = 2026-03-09 (Monday); the national default would give 2026-03-19
    const filing = (await deadlinesOf(env.services.db, '159901', SUBJECT, id, env.services.clock.today())).find(
      (d) => d.kind === 'filing',
    );
    assert.equal(filing?.due, '2026-03-09');
    assert.equal(filing?.ruleId, 'normative.filing-government-name');
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, {
      submittedOn: '2026-03-06',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().result.onTime, true);
    const after = await deadlinesOf(env.services.db, '159901', SUBJECT, id, env.services.clock.today());
    assert.equal(after.find((d) => d.kind === 'filing')?.status, 'met');
    assert.equal(after.find((d) => d.kind === 'filing-review')?.status, 'open');
    assert.equal(res.json().document.filingStatus, 'submitted');
  });

  test('filing after the period is recorded as late (missed)', async () => {
    const id = await buildDocument(env, { state: 'approved' });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/publication`, {
      publishedOn: '2026-03-02',
      effectiveOn: '2026-04-01',
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });
    const res = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, {
      submittedOn: '2026-03-20',
    });
    assert.equal(res.json().result.onTime, false);
    const d = await deadlinesOf(env.services.db, '159901', SUBJECT, id, env.services.clock.today());
    assert.equal(d.find((x) => x.kind === 'filing')?.status, 'missed');
  });

  test('the justice bureau files onward and accepts; the drafting unit cannot review its own filing', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 2 });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, {});
    const self = await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing/review`, {
      outcome: 'accepted',
    });
    assert.equal(self.statusCode, 403);
    const fwd = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/forwarding`, {
      toGovernmentOn: t,
      toCongressOn: t,
    });
    assert.equal(fwd.statusCode, 200, fwd.body);
    const ok = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/review`, {
      outcome: 'accepted',
    });
    assert.equal(ok.json().document.filingStatus, 'accepted');
    assert.equal(ok.json().document.filings[0].forwardedToCongressOn, t);
    const again = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/review`, {
      outcome: 'accepted',
    });
    assert.equal(again.statusCode, 403);
  });

  test('不予审查 needs a reason', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 2 });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, {});
    const res = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/review`, {
      outcome: 'not_reviewable',
    });
    assert.equal(res.json().code, 'OPINION_REQUIRED');
    const ok = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/review`, {
      outcome: 'not_reviewable',
      opinion: '属于内部管理制度',
    });
    assert.equal(ok.json().document.filingStatus, 'not_reviewable');
  });

  test('a correction ordered on review is followed up until the bureau confirms it', async () => {
    const id = await buildDocument(env, { state: 'published', publishedDaysAgo: 10 });
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing`, { submittedOn: daysFrom(t, -8) });
    const ordered = await call(env.app, reviewer, 'POST', `/api/normative-documents/${id}/filing/correction-order`, {
      opinion: '第二条增设了许可条件，应予删除',
      orderedOn: daysFrom(t, -5),
    });
    assert.equal(ordered.statusCode, 200, ordered.body);
    assert.equal(ordered.json().document.filingStatus, 'correction_ordered');
    const deadline = ordered.json().document.deadlines.find((d: { kind: string }) => d.kind === 'correction');
    assert.equal(deadline.status, 'open');
    assert.equal(deadline.ruleId, 'normative.correction');
    assert.equal((await doc(id)).abilities.reportCorrection, true);
    assert.equal(ordered.json().document.abilities.confirmCorrection, false);
    // the bureau cannot confirm before the unit reports
    const tooSoon = await call(
      env.app,
      reviewer,
      'POST',
      `/api/normative-documents/${id}/filing/correction-confirmation`,
      {
        confirmed: true,
      },
    );
    assert.equal(tooSoon.statusCode, 403);
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing/correction-report`, { report: '已删除' });
    const rejected = await call(
      env.app,
      reviewer,
      'POST',
      `/api/normative-documents/${id}/filing/correction-confirmation`,
      {
        confirmed: false,
        note: '仍有许可条件',
      },
    );
    assert.equal(rejected.json().document.corrections[0].status, 'ordered');
    await call(env.app, legal, 'POST', `/api/normative-documents/${id}/filing/correction-report`, {
      report: '已全部删除',
    });
    const confirmed = await call(
      env.app,
      reviewer,
      'POST',
      `/api/normative-documents/${id}/filing/correction-confirmation`,
      {
        confirmed: true,
      },
    );
    const d = confirmed.json().document;
    assert.equal(d.corrections[0].status, 'confirmed');
    assert.equal(d.filingStatus, 'accepted');
    assert.equal(d.deadlines.find((x: { kind: string }) => x.kind === 'correction').status, 'met');
    const events = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', id)
      .execute();
    for (const a of ['correction_ordered', 'correction_reported', 'correction_rejected', 'correction_confirmed'])
      assert.ok(
        events.some((e) => e.action === `normative_document.${a}`),
        a,
      );
  });
});
