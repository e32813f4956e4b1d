// The workbench and notifications: a unit's user sees only the unit's to-dos, a reviewer with a region-wide scope
// sees all of them, and everybody reads and marks only their own notifications. The clock is fixed on 2026-11-23:
// the warning levels shown are derived from the due date and that day.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  call,
  useNationalPeriods,
  withoutSeedDeadlines,
  emptyInboxes,
  createTestEnv,
  orgId,
  sessionOf,
  type Session,
  type TestEnv,
} from '../../../test/helpers';
import { inWriteTransaction } from '../../platform/write';
import { pinnedClock } from '../../platform/clock';
import { setDeadline, sweepDeadlineWarnings } from '../../platform/deadlines';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let sysadmin: Session;
const sys = { actor: null, ip: null };

interface Workbench {
  todos: { subjectTitle: string; warningLevel: string; responsibleOrgName: string; dueOn: string }[];
  counts: { subjectType: string; label: string; open: number; yellow: number; orange: number; red: number }[];
  unreadNotifications: number;
}

before(async () => {
  // the demo's deadlines and notifications are removed below: its units and people are all the test needs
  env = await createTestEnv({ clock: pinnedClock('2026-11-23'), demoDay: 'run' });
  await emptyInboxes(env);
  await useNationalPeriods(env);
  await withoutSeedDeadlines(env);
  const amr = await orgId(env, '示范区市场监督管理局');
  const finance = await orgId(env, '示范区财政局');
  const set = (subjectId: string, org: string, from: string) =>
    inWriteTransaction(env.services, sys, (w) =>
      setDeadline(w, {
        regionCode: '159901',
        subjectType: 'normative_document',
        subjectId,
        kind: 'filing',
        label: '报送备案',
        subjectTitle: `测试记录${subjectId}`,
        link: `/console/test/${subjectId}`,
        ruleId: 'normative.filing',
        from,
        responsibleOrgId: org,
      }),
    );
  await set('amr-late', amr, '2026-11-01');
  await set('amr-soon', amr, '2026-11-10');
  await set('fin-1', finance, '2026-11-05');
  await sweepDeadlineWarnings(env.services, '2026-11-23');
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  sysadmin = await sessionOf(env, 'demo.sysadmin');
});
after(() => env.close());

describe('workbench', () => {
  test('a 市场监督管理局 user sees only their unit’s to-dos, soonest first', async () => {
    const res = await call(env.app, legal, 'GET', '/api/workbench');
    assert.equal(res.statusCode, 200);
    const wb = res.json() as Workbench;
    assert.deepEqual(
      wb.todos.map((t) => [t.subjectTitle, t.dueOn, t.warningLevel, t.responsibleOrgName]),
      [
        ['测试记录amr-late', '2026-11-16', 'red', '示范区市场监督管理局'],
        ['测试记录amr-soon', '2026-11-25', 'yellow', '示范区市场监督管理局'],
      ],
    );
    assert.deepEqual(wb.counts, [
      { subjectType: 'normative_document', label: '行政规范性文件', open: 2, yellow: 1, orange: 0, red: 1 },
    ]);
    assert.equal(wb.unreadNotifications, 2);
  });

  test('an enforcement officer of the same unit, who may not read its normative documents, gets none of their to-dos', async () => {
    const officer = await sessionOf(env, 'demo.officer');
    const wb = (await call(env.app, officer, 'GET', '/api/workbench')).json() as Workbench;
    assert.deepEqual(wb.todos, []);
    assert.deepEqual(wb.counts, []);
  });

  test('the justice bureau reviewer with a region-wide scope sees every unit’s to-dos', async () => {
    const wb = (await call(env.app, reviewer, 'GET', '/api/workbench')).json() as Workbench;
    assert.equal(wb.todos.length, 3);
    assert.equal(wb.counts[0]?.open, 3);
    // The reviewer is not in those units, so was not notified.
    assert.equal(wb.unreadNotifications, 0);
  });

  test('the system administrator administers the system and gets no units’ to-dos', async () => {
    const wb = (await call(env.app, sysadmin, 'GET', '/api/workbench')).json() as Workbench;
    assert.deepEqual(wb.todos, []);
  });

  test('the anonymous public gets 401', async () => {
    assert.equal((await call(env.app, null, 'GET', '/api/workbench')).statusCode, 401);
  });

  test('a deadline months overdue shows red and is counted, though the sweep never raised its stored level', async () => {
    const education = await orgId(env, '示范区教育局');
    await inWriteTransaction(env.services, sys, (w) =>
      setDeadline(w, {
        regionCode: '159901',
        subjectType: 'normative_document',
        subjectId: 'edu-stale',
        kind: 'filing',
        label: '报送备案',
        subjectTitle: '测试记录edu-stale',
        ruleId: 'normative.filing',
        from: '2026-05-06',
        responsibleOrgId: education,
      }),
    );
    const stored = await env.services.db
      .selectFrom('deadlines')
      .select('warning_level')
      .where('subject_id', '=', 'edu-stale')
      .executeTakeFirstOrThrow();
    assert.equal(stored.warning_level, 'none', 'no sweep ran since it was set');
    const wb = (await call(env.app, reviewer, 'GET', '/api/workbench')).json() as Workbench;
    assert.deepEqual(
      wb.todos.filter((t) => t.subjectTitle === '测试记录edu-stale').map((t) => t.warningLevel),
      ['red'],
    );
    assert.deepEqual(
      wb.counts.map((c) => [c.open, c.yellow, c.orange, c.red]),
      [[4, 1, 0, 3]],
    );
  });
});

describe('notifications', () => {
  test('a user lists, reads and marks only their own notifications', async () => {
    const res = await call(env.app, legal, 'GET', '/api/notifications?unread=true');
    const list = res.json() as {
      items: { id: string; title: string; link: string | null; readAt: string | null; subjectType: string }[];
      total: number;
      unread: number;
    };
    assert.equal(list.total, 2);
    assert.equal(list.unread, 2);
    assert.ok(list.items.every((n) => n.link?.startsWith('/console/test/') && n.readAt === null));
    const first = list.items[0];
    assert.ok(first);
    // Another user cannot mark it read: it is not theirs (404).
    assert.equal((await call(env.app, reviewer, 'POST', `/api/notifications/${first.id}/read`)).statusCode, 404);
    const ok = await call(env.app, legal, 'POST', `/api/notifications/${first.id}/read`);
    assert.deepEqual(ok.json(), { ok: true, unread: 1 });
    const after1 = (await call(env.app, legal, 'GET', '/api/notifications?unread=true')).json() as {
      total: number;
      unread: number;
    };
    assert.equal(after1.total, 1);
    assert.equal(after1.unread, 1);
    const all = await call(env.app, legal, 'POST', '/api/notifications/read-all');
    assert.deepEqual(all.json(), { ok: true, updated: 1, unread: 0 });
    const after2 = (await call(env.app, legal, 'GET', '/api/notifications')).json() as {
      total: number;
      unread: number;
    };
    assert.equal(after2.total, 2);
    assert.equal(after2.unread, 0);
  });

  test('bad input answers 400 with a Chinese message', async () => {
    const res = await call(env.app, legal, 'POST', '/api/notifications/not-a-uuid/read');
    assert.equal(res.statusCode, 400);
    assert.match((res.json() as { message: string }).message, /标识格式不正确/);
    assert.equal((await call(env.app, legal, 'GET', '/api/notifications?pageSize=1000')).statusCode, 400);
  });
});
