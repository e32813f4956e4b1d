// The audit log as an auditor reads it, in one file (one process and database for the module's tests).
// 审计日志导出 (issue 10 §5): the workbook holds exactly the events of the list with the same filters, only those
// the user may read (an auditor: their region's chain), times in 北京时间, Chinese headings; refused to non-readers.
// The audit detail names what happened, who did it and to what in words: the Chinese action, the operator (for a
// sign-in, the user who signed in — not 系统) and the record's name instead of identifiers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { call, createTestEnv, signIn, type Session, type TestEnv } from '../../../test/helpers';
import { chineseTimeToSecond } from '../../platform/display-dates';

let env: TestEnv;
let auditor: Session;

async function exported(query: string) {
  const res = await call(env.app, auditor, 'GET', `/api/audit/events/export.xlsx?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('审计日志');
  assert.ok(ws);
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

before(async () => {
  env = await createTestEnv();
  auditor = await signIn(env.app, 'demo.auditor');
});
after(() => env.close());

describe('审计日志导出', () => {
  test('the same events as the list with the same filters, in 北京时间', async () => {
    // the kind of event of the newest one the auditor reads, whatever the demo seed wrote
    const newest = await call(env.app, auditor, 'GET', '/api/audit/events?pageSize=1');
    const action = (newest.json().items as { action: string }[])[0]?.action ?? '';
    const list = await call(env.app, auditor, 'GET', `/api/audit/events?action=${action}&pageSize=200`);
    const items = list.json().items as { seq: number; regionCode: string; occurredAt: string; actionLabel: string }[];
    assert.ok(items.length >= 1);
    const rows = await exported(`action=${action}`);
    assert.equal(rows[0]?.[0], '序号');
    assert.equal(rows[0]?.[1], '时间（北京时间）');
    const data = rows.slice(1);
    assert.equal(data.length, items.length);
    assert.deepEqual(
      data.map((r) => `${String(r[8])}/${String(r[9])}`),
      items.map((i) => `${i.regionCode}/${i.seq}`),
    );
    assert.equal(data[0]?.[1], chineseTimeToSecond(new Date(items[0]?.occurredAt ?? '')));
    assert.equal(data[0]?.[3], items[0]?.actionLabel);
  });

  test('only what the user may read, and nothing for one who reads no audit log', async () => {
    const rows = await exported('');
    const list = await call(env.app, auditor, 'GET', '/api/audit/events?pageSize=1');
    assert.equal(rows.length - 1, list.json().total, 'every event the list counts, and no other');
    const regions = new Set(rows.slice(1).map((r) => r[8]));
    assert.ok(regions.has('159901'));
    assert.ok(!regions.has('159902') && !regions.has('000000'), 'not another region, not the platform chain');
    assert.equal(chineseTimeToSecond(new Date('2026-12-06T19:46:00Z')), '2026年12月7日 03:46:00');
    const legal = await signIn(env.app, 'demo.legal');
    assert.equal((await call(env.app, legal, 'GET', '/api/audit/events/export.xlsx')).statusCode, 403);
    assert.equal((await call(env.app, auditor, 'GET', '/api/audit/events/export.xlsx?from=x')).statusCode, 400);
  });
});

describe('审计日志详情', () => {
  test('a sign-in is shown as 登录成功 by the user who signed in, about that user by name', async () => {
    await signIn(env.app, 'demo.legal');
    const list = await call(env.app, auditor, 'GET', '/api/audit/events?action=auth.login_succeeded&actor=demo.legal');
    assert.equal(list.statusCode, 200, list.body);
    const row = list.json().items[0] as { regionCode: string; seq: number; actor: string | null };
    assert.ok(row, 'the sign-in is in the log under its user');
    const detail = (await call(env.app, auditor, 'GET', `/api/audit/events/${row.regionCode}/${row.seq}`)).json();
    assert.equal(detail.actionLabel, '登录成功');
    assert.match(detail.actorName, /（demo\.legal）$/);
    assert.equal(detail.subjectTypeLabel, '用户');
    assert.match(detail.subjectName, /（demo\.legal）$/);
  });
});
