// The deadline service stores what the calendar engine computes, honours a jurisdiction's own period, and leaves a
// trail for every deadline it sets, recomputes and closes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestEnv, orgId, type TestEnv } from '../../../test/helpers';
import { inWriteTransaction } from '../write';
import { closeDeadline, deadlinesOf, setDeadline } from './service';
import { recomputeOpenDeadlines } from './recompute';

let env: TestEnv;
let amr: string;
const sys = { actor: null, ip: null };
const region = '159901';

before(async () => {
  env = await createTestEnv();
  amr = await orgId(env, '示范区市场监督管理局');
  // The demo region sets its own 5-day filing period (normative-documents demo seed, seed 000 (五)); these tests
  // start from the national default and set the override themselves.
  await env.services.db
    .deleteFrom('region_settings')
    .where('key', '=', 'deadline.rule.normative.filing.amount')
    .execute();
});
after(() => env.close());

const spec = (subjectId: string) => ({
  regionCode: region,
  subjectType: 'test_record',
  subjectId,
  kind: 'filing',
  label: '报送备案',
  subjectTitle: `测试记录${subjectId}`,
  ruleId: 'normative.filing',
  from: '2025-09-26',
  responsibleOrgId: amr,
});

describe('stored deadlines', () => {
  test('a filing deadline of 15 days that ends in the National Day holiday moves to the next working day', async () => {
    const d = await inWriteTransaction(env.services, sys, (w) => setDeadline(w, spec('a')));
    // 2025-09-26 + 15 days = 2025-10-11, a make-up working day (Saturday) in 2025: it stays.
    assert.equal(d.due, '2025-10-11');
    assert.ok(d.explanation.length > 2);
    const stored = await deadlinesOf(env.services.db, region, 'test_record', 'a', env.services.clock.today());
    assert.equal(stored[0]?.due, '2025-10-11');
  });

  test("a jurisdiction's own filing period (5 days) overrides the national default", async () => {
    await env.services.db
      .insertInto('region_settings')
      .values({ region_code: region, key: 'deadline.rule.normative.filing.amount', value: '5', source: '测试' })
      .execute();
    const d = await inWriteTransaction(env.services, sys, (w) => setDeadline(w, spec('b')));
    // 2025-09-26 + 5 days = 2025-10-01, inside the holiday (10-01..10-08): the next working day is 10-09.
    assert.equal(d.due, '2025-10-09');
    await env.services.db
      .deleteFrom('region_settings')
      .where('key', '=', 'deadline.rule.normative.filing.amount')
      .execute();
  });

  test('closing on time marks it met, and each step writes its audit event', async () => {
    await inWriteTransaction(env.services, sys, (w) => setDeadline(w, spec('c')));
    const closed = await inWriteTransaction(env.services, sys, (w) =>
      closeDeadline(
        w,
        { regionCode: region, subjectType: 'test_record', subjectId: 'c', kind: 'filing' },
        '2025-10-10',
      ),
    );
    assert.equal(closed?.status, 'met');
    const events = await env.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', 'c')
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      events.map((e) => e.action),
      ['deadline.set', 'deadline.closed'],
    );
  });

  test('a floor (不少于…) is met when the act comes on or after its day, missed before it', async () => {
    const floor = (id: string) => ({ ...spec(id), ruleId: 'decision.legality-review', bound: 'floor' as const });
    const where = (id: string) => ({ regionCode: region, subjectType: 'test_record', subjectId: id, kind: 'filing' });
    const late = await inWriteTransaction(env.services, sys, (w) => setDeadline(w, floor('f1')));
    const afterFloor = await inWriteTransaction(env.services, sys, (w) => closeDeadline(w, where('f1'), '2025-12-31'));
    assert.deepEqual([late.bound, afterFloor?.status], ['floor', 'met']);
    await inWriteTransaction(env.services, sys, (w) => setDeadline(w, floor('f2')));
    const early = await inWriteTransaction(env.services, sys, (w) => closeDeadline(w, where('f2'), '2025-09-27'));
    assert.equal(early?.status, 'missed');
  });

  test('closing after the due date marks it missed', async () => {
    await inWriteTransaction(env.services, sys, (w) => setDeadline(w, spec('d')));
    const closed = await inWriteTransaction(env.services, sys, (w) =>
      closeDeadline(
        w,
        { regionCode: region, subjectType: 'test_record', subjectId: 'd', kind: 'filing' },
        '2025-10-13',
      ),
    );
    assert.equal(closed?.status, 'missed');
  });

  test('a day announced to the public is the due date, explained, and a recomputation leaves it', async () => {
    const d = await inWriteTransaction(env.services, sys, (w) =>
      setDeadline(w, { ...spec('f'), announcedDue: '2025-10-20' }),
    );
    assert.equal(d.due, '2025-10-20');
    assert.match(d.explanation.at(-1)!, /公告的截止日期为 2025-10-20.*计算的期限为 2025-10-11/);
    await inWriteTransaction(env.services, sys, (w) => recomputeOpenDeadlines(w, { why: '测试', changeId: 'test' }));
    const [stored] = await deadlinesOf(env.services.db, region, 'test_record', 'f', env.services.clock.today());
    assert.equal(stored?.due, '2025-10-20', 'not moved back to the computed day');
  });

  test('an unknown rule is refused with a clear error and nothing is written', async () => {
    await assert.rejects(
      inWriteTransaction(env.services, sys, (w) => setDeadline(w, { ...spec('e'), ruleId: 'no.such-rule' })),
      (e: { code?: string }) => e.code === 'DEADLINE_RULE_INVALID',
    );
    assert.equal(
      (await deadlinesOf(env.services.db, region, 'test_record', 'e', env.services.clock.today())).length,
      0,
    );
  });
});
