// An import does not block its region's other writes (issue 11 item 6): a bulk write chains its audit events in a
// sub-chain of its own before it takes the region's audit lock, and appends one seal event under the lock. Here an
// import is paused inside its transaction after its sub-chain is written; a public comment of the same region is
// accepted meanwhile; then the import commits, the chain verifies and the audit log lists each import event.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { call, createTestEnv, signIn, type TestEnv } from '../../../test/helpers';
import { buildDocument } from '../../modules/normative-documents/test/factory';
import { inBulkWriteTransaction } from '../write';
import { declare } from '../modules/catalogue';
import { BATCH_SEAL_ACTION, SUB_CHAIN_FLUSH } from './batch';
import { verifyAuditChain } from './verify';

// this file's own audit action, declared as a module's catalogue would be (the write layer refuses undeclared ones)
declare({ auditActions: ['test.imported'], events: [], notificationKinds: [] });

const REGION = '159901';
let env: TestEnv;
let consulting: string;
before(async () => {
  env = await createTestEnv();
  consulting = await buildDocument(env, { state: 'consultation', startDaysAgo: 6 });
});
after(() => env.close());

const subChainRows = (db: TestEnv['services']['db']) =>
  db
    .selectFrom('audit_batch_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('region_code', '=', REGION)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));

describe('an import and the region’s other writes', () => {
  test('a comment is accepted while an import, its sub-chain written, is still open; then the import seals and commits', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let paused!: (rowsSeen: number) => void;
    const atPause = new Promise<number>((r) => (paused = r));
    const bulk = inBulkWriteTransaction(env.services, { actor: null, ip: null }, async (w) => {
      for (let i = 1; i <= SUB_CHAIN_FLUSH; i++)
        await w.audit({
          regionCode: REGION,
          action: 'test.imported',
          subjectType: 'test',
          subjectId: null,
          summary: `导入事件 ${i}`,
        });
      // every event of the import is chained and stored, inside its transaction; it has not sealed or committed
      paused(await subChainRows(w.tx as unknown as TestEnv['services']['db']));
      await held;
    });
    assert.equal(await atPause, SUB_CHAIN_FLUSH, 'the sub-chain is written before the import ends');
    // A guard against a hang, not a timing: before the sub-chain the write waited for the whole append. The guard's
    // timer is unref'd: a pending timer kept this file's process alive 120 s after its test had passed, holding one
    // of the harness's file slots idle.
    const comment = env.app.inject({
      method: 'POST',
      url: `/api/public/normative-consultations/${consulting}/comments`,
      payload: { body: '建议明确办理时限。' },
      remoteAddress: '203.0.113.9',
    });
    const outcome = await Promise.race([
      comment,
      new Promise<'blocked'>((r) => setTimeout(() => r('blocked'), 120_000).unref()),
    ]);
    assert.notEqual(outcome, 'blocked', 'the comment waited for the import');
    assert.equal(outcome !== 'blocked' && outcome.statusCode, 201, outcome !== 'blocked' ? outcome.body : '');
    assert.equal(await subChainRows(env.services.db), 0, 'the import has not committed yet');
    release();
    await bulk;

    const chain = await env.services.db
      .selectFrom('audit_events')
      .select(['seq', 'action', 'changes'])
      .where('region_code', '=', REGION)
      .where('action', 'in', ['normative_document.comment_submitted', BATCH_SEAL_ACTION])
      .orderBy('seq', 'desc')
      .limit(2)
      .execute();
    assert.deepEqual(
      chain.map((e) => e.action),
      [BATCH_SEAL_ACTION, 'normative_document.comment_submitted'],
      'the comment took its number while the import was open; the seal came after it',
    );
    const seal = chain[0];
    assert.ok(seal);
    assert.equal((seal.changes as { events: number }).events, SUB_CHAIN_FLUSH);
    const v = await verifyAuditChain(env.services.db, env.services.auditKey);
    assert.equal(v.ok, true, JSON.stringify(v.problems));

    // the audit log shows each import event, in the sub-chain's order, at its seal's number
    const auditor = await signIn(env.app, 'demo.auditor');
    const page = await call(env.app, auditor, 'GET', '/api/audit/events?action=test.imported&pageSize=20');
    assert.equal(page.statusCode, 200, page.body);
    const items = page.json().items as { seq: number; batchSeq: number; summary: string }[];
    assert.equal(page.json().total, SUB_CHAIN_FLUSH);
    assert.deepEqual(
      items.slice(0, 3).map((e) => [e.seq, e.batchSeq, e.summary]),
      [0, 1, 2].map((k) => SUB_CHAIN_FLUSH - k).map((n) => [Number(seal.seq), n, `导入事件 ${n}`]),
    );
    const first = await call(env.app, auditor, 'GET', `/api/audit/events/${REGION}/${seal.seq}?batchSeq=1`);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().summary, '导入事件 1');
    const sealDetail = await call(env.app, auditor, 'GET', `/api/audit/events/${REGION}/${seal.seq}`);
    assert.equal(sealDetail.json().actionLabel, '封存批量写入的审计事件');
    // the Excel export, read in keyset batches of 1,000, holds every one once, in the same order
    const res = await call(env.app, auditor, 'GET', '/api/audit/events/export.xlsx?action=test.imported');
    assert.equal(res.statusCode, 200, res.body);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const places: unknown[] = [];
    wb.getWorksheet('审计日志')?.eachRow((r, n) => n > 1 && places.push(r.getCell(10).value));
    assert.deepEqual(
      places,
      Array.from({ length: SUB_CHAIN_FLUSH }, (_, i) => `${seal.seq}（子链第 ${SUB_CHAIN_FLUSH - i} 条）`),
    );
  });
});
