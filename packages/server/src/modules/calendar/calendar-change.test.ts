// Calendar administration: a newly loaded year or a region's local holiday moves the open deadlines it affects,
// with an audit event per moved deadline and a change record listing them; permissions and bad input.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  call,
  createTestEnv,
  useNationalPeriods,
  withoutSeedDeadlines,
  orgId,
  signInPlatformAdmin,
  type Session,
  type TestEnv,
  sessionOf,
} from '../../../test/helpers';
import { inWriteTransaction } from '../../platform/write';
import { deadlinesOf, setDeadline } from '../../platform/deadlines';
import { createRegion } from '../organisations/commands/create-region';
import { createOrg } from '../organisations/commands/create-org';
import { createUser } from '../organisations/commands/create-user';

let env: TestEnv;
let admin: Session;
let sysadmin: Session;
let otherAdmin: Session;
let legal: Session;
let amr: string;
let township: string;
let otherDept: string;
const sys = { actor: null, ip: null };

// A year's arrangement for the tests only (labelled as such): 2027 is not yet announced on 2026-11-23.
const notice2027 = {
  source: { title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）', note: '测试用，非真实通知' },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03', makeUpWorkdays: [] },
    { name: '春节', from: '2027-02-05', to: '2027-02-12', makeUpWorkdays: ['2027-01-31', '2027-02-20'] },
  ],
};

async function setFiling(subjectId: string, regionCode: string, org: string, from: string) {
  return inWriteTransaction(env.services, sys, (w) =>
    setDeadline(w, {
      regionCode,
      subjectType: 'test_record',
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
}

async function dueOf(regionCode: string, subjectId: string) {
  return (await deadlinesOf(env.services.db, regionCode, 'test_record', subjectId, env.services.clock.today()))[0]?.due;
}

async function movedEvents(subjectId: string) {
  return env.services.db
    .selectFrom('audit_events')
    .select(['action', 'changes', 'region_code'])
    .where('subject_id', '=', subjectId)
    .where('action', '=', 'deadline.moved')
    .execute();
}

before(async () => {
  env = await createTestEnv();
  await useNationalPeriods(env);
  await withoutSeedDeadlines(env);
  amr = await orgId(env, '示范区市场监督管理局');
  township = await orgId(env, '示范区东河街道办事处');
  await createRegion(env.services, sys, { code: '159902', name: '对照区（测试）', parentCode: '159900' });
  const { id: gov2 } = await createOrg(env.services, sys, {
    regionCode: '159902',
    name: '对照区人民政府',
    kind: 'government',
  });
  otherDept = (
    await createOrg(env.services, sys, {
      regionCode: '159902',
      parentId: gov2,
      name: '对照区市场监督管理局',
      kind: 'department',
    })
  ).id;
  await createUser(env.services, sys, {
    username: 'other.admin',
    displayName: '对照区管理员',
    orgId: gov2,
    assignments: [{ role: 'system_admin', orgId: gov2, scope: 'region_subtree' }],
  });
  const hash = await env.services.db
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', 'demo.legal')
    .executeTakeFirstOrThrow();
  await env.services.db
    .updateTable('users')
    .set({ must_change_password: false, password_hash: hash.password_hash })
    .where('username', '=', 'other.admin')
    .execute();
  admin = await signInPlatformAdmin(env);
  sysadmin = await sessionOf(env, 'demo.sysadmin');
  otherAdmin = await sessionOf(env, 'other.admin');
  legal = await sessionOf(env, 'demo.legal');
});
after(() => env.close());

describe('the shipped national calendar', () => {
  test('every database holds the 2020–2026 notices, newest first, with their sources', async () => {
    const res = await call(env.app, legal, 'GET', '/api/calendar/years');
    assert.equal(res.statusCode, 200);
    const items = (
      res.json() as { items: { year: number; source: { title: string }; abilities: { update: boolean } }[] }
    ).items;
    assert.deepEqual(
      items.map((y) => y.year),
      [2026, 2025, 2024, 2023, 2022, 2021, 2020],
    );
    assert.equal(items[1]?.source.title, '国务院办公厅关于2025年部分节假日安排的通知');
    assert.equal(items[0]?.abilities.update, false);
    assert.equal((await call(env.app, legal, 'GET', '/api/calendar/years/2027')).statusCode, 404);
  });

  test('the day view names weekends, holidays and make-up days', async () => {
    const res = await call(env.app, legal, 'GET', '/api/calendar/days?from=2026-02-13&to=2026-02-15');
    const items = (res.json() as { items: { date: string; workday: boolean; reason: string }[] }).items;
    assert.deepEqual(
      items.map((d) => [d.date, d.workday, d.reason]),
      [
        ['2026-02-13', true, '工作日'],
        ['2026-02-14', true, '调休上班日'],
        ['2026-02-15', false, '法定节假日（春节）'],
      ],
    );
  });
});

describe('loading a new year', () => {
  test('moves an open deadline that ends in the new holiday and writes deadline.moved with the old and new dates', async () => {
    // 2026-12-17 + 15 days = 2027-01-01: a Friday while 2027 is not loaded (provisional).
    const before = await setFiling('ny-1', '159901', amr, '2026-12-17');
    assert.equal(before.due, '2027-01-01');
    assert.equal(before.provisional, true);
    // A deadline that no 2027 holiday touches stays where it is.
    await setFiling('ny-2', '159901', amr, '2026-12-01');

    const res = await call(env.app, admin, 'PUT', '/api/calendar/years/2027', notice2027);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { year: { year: number }; change: { id: string; movedCount: number; summary: string } };
    assert.equal(body.year.year, 2027);
    assert.equal(body.change.movedCount, 1);

    // 元旦 2027-01-01..03 → the next working day, Monday 2027-01-04.
    assert.equal(await dueOf('159901', 'ny-1'), '2027-01-04');
    assert.equal(await dueOf('159901', 'ny-2'), '2026-12-16');
    const events = await movedEvents('ny-1');
    assert.equal(events.length, 1);
    assert.equal(events[0]?.changes.previousDue, '2027-01-01');
    assert.equal(events[0]?.changes.newDue, '2027-01-04');

    const detail = await call(env.app, admin, 'GET', `/api/calendar/changes/${body.change.id}`);
    const moves = (detail.json() as { moves: { subjectTitle: string; previousDue: string; newDue: string }[] }).moves;
    assert.deepEqual(moves, [
      {
        deadlineId: before.id,
        subjectType: 'test_record',
        subjectTitle: '测试记录ny-1',
        link: '/console/test/ny-1',
        label: '报送备案',
        ruleId: 'normative.filing',
        basis: before.basis,
        previousDue: '2027-01-01',
        newDue: '2027-01-04',
        regionCode: '159901',
      },
    ]);
    // The responsible unit's people are told.
    const notes = await env.services.db
      .selectFrom('notifications')
      .select('title')
      .where('kind', '=', 'deadline.moved')
      .where('subject_id', '=', 'ny-1')
      .execute();
    assert.equal(notes.length, 3);
    // The change's own audit event, in the platform chain.
    const own = await env.services.db
      .selectFrom('audit_events')
      .select('region_code')
      .where('action', '=', 'calendar.year_loaded')
      .execute();
    assert.deepEqual(
      own.map((e) => e.region_code),
      ['000000'],
    );
  });

  test('a correction that changes nothing moves nothing', async () => {
    const res = await call(env.app, admin, 'PUT', '/api/calendar/years/2027', notice2027);
    assert.equal(res.statusCode, 200, res.body);
    const change = (res.json() as { change: { movedCount: number; summary: string } }).change;
    assert.equal(change.movedCount, 0);
    assert.match(change.summary, /放假和调休日期未变；未调整已设定的期限/);
    assert.equal((await movedEvents('ny-1')).length, 1);
    assert.equal(await dueOf('159901', 'ny-1'), '2027-01-04');
  });

  test('a correction that removes the holiday moves the deadline back', async () => {
    const corrected = { ...notice2027, holidays: notice2027.holidays.slice(1) };
    const res = await call(env.app, admin, 'PUT', '/api/calendar/years/2027', corrected);
    assert.equal((res.json() as { change: { movedCount: number } }).change.movedCount, 1);
    assert.equal(await dueOf('159901', 'ny-1'), '2027-01-01');
    await call(env.app, admin, 'PUT', '/api/calendar/years/2027', notice2027);
    assert.equal(await dueOf('159901', 'ny-1'), '2027-01-04');
  });

  test('a region system administrator cannot edit the national calendar (403)', async () => {
    const res = await call(env.app, sysadmin, 'PUT', '/api/calendar/years/2027', notice2027);
    assert.equal(res.statusCode, 403);
    assert.match((res.json() as { message: string }).message, /平台系统管理员/);
    assert.equal((await call(env.app, legal, 'PUT', '/api/calendar/years/2027', notice2027)).statusCode, 403);
  });
});

describe('local holidays', () => {
  test('a local holiday moves only deadlines in its region subtree', async () => {
    // 2026-06-30 + 15 days = 2026-07-15, a Wednesday.
    await setFiling('lh-region', '159901', amr, '2026-06-30');
    await setFiling('lh-township', '159901001', township, '2026-06-30');
    await setFiling('lh-other', '159902', otherDept, '2026-06-30');
    const res = await call(env.app, sysadmin, 'POST', '/api/calendar/local-holidays', {
      regionCode: '159901',
      name: '示范节（演示）',
      from: '2026-07-15',
      to: '2026-07-15',
      source: '示范区人民政府关于示范节放假的通知（演示）',
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json() as {
      holiday: { id: string; regionName: string; abilities: { delete: boolean } };
      change: { id: string; movedCount: number };
    };
    assert.equal(body.change.movedCount, 2);
    assert.equal(body.holiday.abilities.delete, true);
    assert.equal(await dueOf('159901', 'lh-region'), '2026-07-16');
    assert.equal(await dueOf('159901001', 'lh-township'), '2026-07-16');
    assert.equal(await dueOf('159902', 'lh-other'), '2026-07-15');
    assert.equal((await movedEvents('lh-other')).length, 0);
    assert.equal((await movedEvents('lh-township'))[0]?.region_code, '159901001');

    // The township inherits it; the day view of the other region does not show it.
    const day = async (region: string) =>
      (
        (
          await call(env.app, legal, 'GET', `/api/calendar/days?from=2026-07-15&to=2026-07-15&regionCode=${region}`)
        ).json() as {
          items: { reason: string }[];
        }
      ).items[0]?.reason;
    assert.equal(await day('159901001'), '地方节日（示范节（演示））');
    assert.equal(await day('159902'), '工作日');
    const list = await call(env.app, legal, 'GET', '/api/calendar/local-holidays?regionCode=159901001');
    assert.equal((list.json() as { items: unknown[] }).items.length, 1);

    // A unit user of the demo region sees the moves of their own unit only.
    const detail = await call(env.app, legal, 'GET', `/api/calendar/changes/${body.change.id}`);
    const moves = (detail.json() as { moves: { subjectTitle: string }[] }).moves;
    assert.deepEqual(
      moves.map((m) => m.subjectTitle),
      ['测试记录lh-region'],
    );

    // Removing it moves them back.
    const del = await call(env.app, sysadmin, 'DELETE', `/api/calendar/local-holidays/${body.holiday.id}`);
    assert.equal(del.statusCode, 200, del.body);
    assert.equal((del.json() as { change: { movedCount: number } }).change.movedCount, 2);
    assert.equal(await dueOf('159901', 'lh-region'), '2026-07-15');
  });

  test("another region's administrator cannot add a local holiday to the demo region (403)", async () => {
    const res = await call(env.app, otherAdmin, 'POST', '/api/calendar/local-holidays', {
      regionCode: '159901',
      name: '对照节',
      from: '2026-08-03',
      to: '2026-08-03',
      source: '测试',
    });
    assert.equal(res.statusCode, 403);
    // Nor can the demo region's administrator set one for the city above it, nor a unit's legal officer.
    const up = await call(env.app, sysadmin, 'POST', '/api/calendar/local-holidays', {
      regionCode: '159900',
      name: '示范市节',
      from: '2026-08-03',
      to: '2026-08-03',
      source: '测试',
    });
    assert.equal(up.statusCode, 403);
    const byLegal = await call(env.app, legal, 'POST', '/api/calendar/local-holidays', {
      regionCode: '159901',
      name: '示范节',
      from: '2026-08-03',
      to: '2026-08-03',
      source: '测试',
    });
    assert.equal(byLegal.statusCode, 403);
    const none = await call(env.app, sysadmin, 'POST', '/api/calendar/local-holidays', {
      regionCode: '159977',
      name: '示范节',
      from: '2026-08-03',
      to: '2026-08-03',
      source: '测试',
    });
    assert.equal(none.statusCode, 404);
    const count = await env.services.db.selectFrom('calendar_local_holidays').select('id').execute();
    assert.equal(count.length, 0);
  });

  test("another region's administrator cannot delete the demo region's local holiday", async () => {
    const res = await call(env.app, sysadmin, 'POST', '/api/calendar/local-holidays', {
      regionCode: '159901',
      name: '示范节（演示）',
      from: '2026-08-03',
      to: '2026-08-04',
      makeUpWorkdays: ['2026-08-08'],
      source: '测试',
    });
    const id = (res.json() as { holiday: { id: string } }).holiday.id;
    assert.equal((await call(env.app, otherAdmin, 'DELETE', `/api/calendar/local-holidays/${id}`)).statusCode, 403);
    const list = await call(env.app, otherAdmin, 'GET', '/api/calendar/local-holidays?regionCode=159901');
    const items = (list.json() as { items: { abilities: { delete: boolean } }[] }).items;
    assert.equal(items[0]?.abilities.delete, false);
  });

  test('bad local holiday input answers 400/422 naming the field', async () => {
    const base = { regionCode: '159901', name: '示范节', source: '测试' };
    const r1 = await call(env.app, sysadmin, 'POST', '/api/calendar/local-holidays', {
      ...base,
      from: '2026-8-3',
      to: '2026-08-03',
    });
    assert.equal(r1.statusCode, 400);
    assert.ok((r1.json() as { fields: { path: string }[] }).fields.some((f) => f.path === 'from'));
    const r2 = await call(env.app, sysadmin, 'POST', '/api/calendar/local-holidays', {
      ...base,
      from: '2026-08-05',
      to: '2026-08-03',
    });
    assert.equal(r2.statusCode, 422);
    assert.ok((r2.json() as { fields: { path: string }[] }).fields.some((f) => f.path === 'to'));
    const r3 = await call(env.app, sysadmin, 'POST', '/api/calendar/local-holidays', {
      ...base,
      from: '2026-08-07',
      to: '2026-08-09',
      makeUpWorkdays: ['2026-08-08'],
    });
    assert.equal(r3.statusCode, 422);
    assert.ok((r3.json() as { fields: { path: string }[] }).fields.some((f) => f.path === 'makeUpWorkdays.0'));
  });
});

describe('the change log', () => {
  test('lists changes newest first with who made them and how many deadlines moved', async () => {
    const res = await call(env.app, legal, 'GET', '/api/calendar/changes?page=1&pageSize=2');
    assert.equal(res.statusCode, 200);
    const body = res.json() as { items: { actorName: string | null; summary: string }[]; total: number };
    assert.equal(body.items.length, 2);
    assert.ok(body.total >= 5);
    assert.equal(body.items[0]?.actorName, '示范·系统管理员');
    assert.equal((await call(env.app, null, 'GET', '/api/calendar/changes')).statusCode, 401);
  });
});
