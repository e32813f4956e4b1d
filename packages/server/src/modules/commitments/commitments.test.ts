// 告知承诺制 through the API: a body lists an item it handles by commitment, records a matter (a person's 身份证号 and
// 手机号 stored encrypted and answered masked), later records the check that finds the commitment false with what
// followed, and the year's figures count the records, each with the records behind it. Every act is audited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CommitmentMatter, CommitmentStatisticRecords, CommitmentStatistics } from '@fazhi/core/contracts';
import { call, createTestEnv, orgId, sessionOf, type Session, type TestEnv } from '../../../test/helpers';
import { itemCodesUnchecked } from '../power-lists/test/item-codes';

let env: TestEnv;
let legal: Session;
let market: string;

before(async () => {
  env = await createTestEnv();
  // the procedure's own test items carry made-up codes; the item-code check is power-lists' item-links.test.ts
  await itemCodesUnchecked(env.services.db);
  legal = await sessionOf(env, 'demo.legal');
  market = await orgId(env, '示范区市场监督管理局');
});
after(async () => env?.close());

const auditOf = async (id: string) =>
  (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .execute()
  ).map((r) => r.action);

const figures = async (q = '') => {
  const res = await call(env.app, legal, 'GET', `/api/commitment-statistics?${q}`);
  assert.equal(res.statusCode, 200, res.body);
  return Object.fromEntries((res.json() as CommitmentStatistics).figures.map((f) => [f.key, f.value]));
};

describe('an office handles a matter by commitment and a later check finds it false', () => {
  let item: string;
  let matter: string;

  test('the item is listed once per body, with its code and basis as published', async () => {
    const body = {
      handlingBodyId: market,
      list: 'certificate',
      itemCode: 'SJ-ZM-900',
      itemName: '测试证明事项',
      legalBasis: '《中华人民共和国市场主体登记管理条例》',
      commitmentContent: '申请人承诺所述属实',
      allowedFrom: '2020-01-01',
    };
    const res = await call(env.app, legal, 'POST', '/api/commitment-items', body);
    assert.equal(res.statusCode, 201, res.body);
    item = res.json().id;
    assert.deepEqual(await auditOf(item), ['commitment_item.added']);
    const again = await call(env.app, legal, 'POST', '/api/commitment-items', body);
    assert.equal(again.statusCode, 409);
  });

  test('a matter is recorded; the identifiers are checked, stored encrypted and shown masked', async () => {
    const person = {
      commitmentItemId: item,
      applicantKind: 'person',
      applicantName: '测试申请人',
      idNumber: '11010519491231002X',
      mobile: '13800138000',
      commitment: '本人承诺住所使用合法',
    };
    const bad = await call(env.app, legal, 'POST', '/api/commitment-matters', {
      ...person,
      idNumber: '110105194912310021',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().message, /身份证号码/);
    const noId = await call(env.app, legal, 'POST', '/api/commitment-matters', { ...person, idNumber: undefined });
    assert.equal(noId.statusCode, 400);
    assert.deepEqual(
      (noId.json().fields as { path: string }[]).map((f) => f.path),
      ['idNumber'],
    );
    const before = await figures();
    const res = await call(env.app, legal, 'POST', '/api/commitment-matters', person);
    assert.equal(res.statusCode, 201, res.body);
    matter = res.json().id;
    const row = await env.services.db
      .selectFrom('commitment_matters')
      .select(['applicant_id_enc', 'applicant_mobile_enc'])
      .where('id', '=', matter)
      .executeTakeFirstOrThrow();
    assert.doesNotMatch(row.applicant_id_enc ?? '', /11010519491231002X/);
    assert.equal(env.services.cipher.decrypt(row.applicant_id_enc!), '11010519491231002X');
    const shown = (await call(env.app, legal, 'GET', `/api/commitment-matters/${matter}`)).json() as CommitmentMatter;
    assert.notEqual(shown.applicantIdentifier, '11010519491231002X');
    assert.match(shown.applicantIdentifier!, /^1101\*+002X$/);
    assert.match(shown.applicantMobile!, /^138\*+8000$/);
    assert.equal(shown.abilities.check, true);
    assert.equal((await figures()).handled, before.handled! + 1);
  });

  test('the check finds the commitment false: its consequence is required, recorded once, and counted', async () => {
    const url = `/api/commitment-matters/${matter}/check`;
    const none = await call(env.app, legal, 'POST', url, { checkResult: 'false', checkNote: '经核查住所不存在' });
    assert.equal(none.statusCode, 422);
    assert.equal(none.json().code, 'CHECK_CONSEQUENCES');
    const before = await figures();
    const res = await call(env.app, legal, 'POST', url, {
      checkResult: 'false',
      checkNote: '经核查住所不存在',
      consequences: ['revoked', 'credit_record'],
      consequenceNote: '撤销登记，纳入信用记录',
    });
    assert.equal(res.statusCode, 200, res.body);
    const checked = res.json() as CommitmentMatter;
    assert.deepEqual(checked.consequenceLabels, ['撤销行政决定', '纳入信用记录']);
    assert.equal(checked.abilities.check, false);
    const again = await call(env.app, legal, 'POST', url, { checkResult: 'kept', checkNote: '再次核查' });
    assert.equal(again.statusCode, 409);
    const after = await figures();
    assert.equal(after.checked, before.checked! + 1);
    assert.equal(after.found_false, before.found_false! + 1);
    assert.deepEqual(await auditOf(matter), ['commitment_matter.recorded', 'commitment_matter.checked']);
    const records = await call(
      env.app,
      legal,
      'GET',
      `/api/commitment-statistics/records?figure=found_false&pageSize=200`,
    );
    const body = records.json() as CommitmentStatisticRecords;
    assert.equal(body.total, after.found_false);
    assert.ok(body.items.some((r) => r.recordId === matter && r.note.includes('住所不存在')));
  });
});

describe('the demo year', () => {
  test('the demo region’s matters are counted from their records, some checked and a few false', async () => {
    const reviewer = await sessionOf(env, 'demo.reviewer');
    const today = env.services.clock.today();
    const from = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const res = await call(env.app, reviewer, 'GET', `/api/commitment-statistics?from=${from}&to=${today}`);
    const f = Object.fromEntries((res.json() as CommitmentStatistics).figures.map((x) => [x.key, x.value]));
    assert.ok(f.handled! >= 170, JSON.stringify(f));
    assert.ok(f.checked! > 50 && f.checked! < f.handled!, JSON.stringify(f));
    assert.ok(f.found_false! >= 1 && f.found_false! < 10, JSON.stringify(f));
    const xlsx = await call(
      env.app,
      reviewer,
      'GET',
      `/api/commitment-statistics/export.xlsx?from=${from}&to=${today}`,
    );
    assert.equal(xlsx.statusCode, 200);
  });
});
