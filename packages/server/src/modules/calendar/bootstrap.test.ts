// The shipped national notices are loaded at start without overwriting a later correction, and a year shipped into a
// database that already holds open deadlines moves them like an administrator's load would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestEnv, useNationalPeriods, withoutSeedDeadlines, orgId, type TestEnv } from '../../../test/helpers';
import { inWriteTransaction } from '../../platform/write';
import { deadlinesOf, markCalendarChanged, setDeadline } from '../../platform/deadlines';
import { loadShippedCalendar } from './bootstrap';

let env: TestEnv;
const sys = { actor: null, ip: null };

before(async () => {
  env = await createTestEnv();
  await useNationalPeriods(env);
  await withoutSeedDeadlines(env);
});
after(() => env.close());

describe('loading the shipped calendar at start', () => {
  test('running it again changes nothing and keeps a correction', async () => {
    await env.services.db
      .updateTable('calendar_years')
      .set({
        source: JSON.stringify({ title: '国务院办公厅关于2025年部分节假日安排的通知', note: '已更正（测试）' }),
        origin: 'notice',
      })
      .where('year', '=', 2025)
      .execute();
    assert.equal(await loadShippedCalendar(env.services.db, env.services), 0);
    const y = await env.services.db
      .selectFrom('calendar_years')
      .select(['source', 'origin'])
      .where('year', '=', 2025)
      .executeTakeFirstOrThrow();
    assert.equal(y.origin, 'notice');
    assert.equal(y.source.note, '已更正（测试）');
  });

  test('a missing shipped year is loaded and moves the open deadlines it affects', async () => {
    await inWriteTransaction(env.services, sys, async (w) => {
      await w.tx.deleteFrom('calendar_years').where('year', '=', 2026).execute();
      await markCalendarChanged(w.tx);
    });
    const amr = await orgId(env, '示范区市场监督管理局');
    // 2025-12-17 + 15 days = 2026-01-01: a working Thursday while 2026 is unknown, 元旦 once it is loaded.
    const d = await inWriteTransaction(env.services, sys, (w) =>
      setDeadline(w, {
        regionCode: '159901',
        subjectType: 'test_record',
        subjectId: 'boot-1',
        kind: 'filing',
        label: '报送备案',
        subjectTitle: '测试记录boot-1',
        ruleId: 'normative.filing',
        from: '2025-12-17',
        responsibleOrgId: amr,
      }),
    );
    assert.equal(d.due, '2026-01-01');
    assert.equal(d.provisional, true);
    assert.equal(await loadShippedCalendar(env.services.db, env.services), 1);
    const [after2] = await deadlinesOf(env.services.db, '159901', 'test_record', 'boot-1', env.services.clock.today());
    // 元旦 2026-01-01..03 → the make-up working day Sunday 2026-01-04.
    assert.equal(after2?.due, '2026-01-04');
    assert.equal(after2?.provisional, false);
    const change = await env.services.db
      .selectFrom('calendar_changes')
      .select(['kind', 'moved_count', 'actor_name'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(change, { kind: 'year_loaded', moved_count: 1, actor_name: null });
  });
});
