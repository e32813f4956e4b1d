// The route-by-route scope matrix of the calendar module, with the public deadline calculator: every registered
// route has a row (the helper fails on a new route without one), and each row states what every kind of person gets
// for a record in their own unit, a sibling unit, the parent unit and another region, and what the public gets.
// 401 = not signed in; 404 = out of scope (indistinguishable from absent); 403 = in scope without the action.
// Holiday arrangements are public notices: every role reads every region's calendar (calendar.read), so the
// calendar itself never answers 404 for scope. Changing it is the system administrator's: the national years only
// with a platform-wide assignment, a region's local holidays with an assignment covering the region (403
// otherwise). The moved deadlines listed on a change name records, so they follow the reader's scope.
import { randomUUID } from 'node:crypto';
import {
  scopeMatrix,
  type Place,
  type ScopeWorld,
  type Answers,
  everyone,
  listItems,
} from '../../../test/scope-matrix';
import { addLocalHoliday } from './commands/add-local-holiday';

/** Changing a region's calendar: the demo region's system administrator in his region, the other county's in his,
 * the platform administrator everywhere; every other role reads the calendar but may not change it (403). */
const onRegionCalendar = (ok: number): Answers => ({
  ...everyone(403),
  sysadmin: [ok, ok, ok, 403],
  otherAdmin: [403, 403, 403, ok],
  platformAdmin: ok,
});

/** A local holiday of the place's region, set through the command as the system. */
async function localHoliday(w: ScopeWorld, p: Place) {
  const { id } = await addLocalHoliday(w.env.services, w.system, {
    regionCode: p.regionCode,
    name: `矩阵测试节${w.unique()}`,
    from: '2026-12-15',
    to: '2026-12-15',
    makeUpWorkdays: [],
    source: '矩阵测试（非真实规定）',
  });
  return id;
}

/** A calendar change of the place's region that moved one deadline of the place's unit. */
async function changeWithMove(w: ScopeWorld, p: Place) {
  const db = w.env.services.db;
  const id = randomUUID();
  const deadlineId = randomUUID();
  const n = w.unique();
  await db
    .insertInto('calendar_changes')
    .values({
      region_code: p.regionCode,
      id,
      kind: 'local_holiday_added',
      summary: `矩阵测试日历变更${n}；1个未办结期限随之调整`,
      moved_count: 1,
    })
    .execute();
  await db
    .insertInto('calendar_change_moves')
    .values({
      region_code: p.regionCode,
      change_id: id,
      deadline_id: deadlineId,
      subject_type: 'test_record',
      subject_id: `matrix-${n}`,
      subject_title: `矩阵测试记录${n}`,
      link: null,
      label: '报送备案',
      rule_id: 'normative.filing',
      basis: '矩阵测试',
      responsible_org_id: p.orgId,
      previous_due: '2026-12-15',
      new_due: '2026-12-16',
      why: '矩阵测试日历变更',
    })
    .execute();
  return { id, deadlineId };
}

/** The record each place's request made, per row (requests are built once per place, then reused). */
const holidayOf = new Map<string, string>();
const changeOf = new Map<string, string>();

/** The shipped 2026 arrangement sent back unchanged: a correction that moves nothing. */
async function year2026(w: ScopeWorld) {
  const y = await w.env.services.db
    .selectFrom('calendar_years')
    .select(['source', 'holidays'])
    .where('year', '=', 2026)
    .executeTakeFirstOrThrow();
  return { source: y.source, holidays: y.holidays };
}

scopeMatrix({
  title: 'calendar and the public deadline calculator',
  modules: ['calendar'],
  rows: [
    // ── national years: read by every role; changed only with a platform-wide system_admin assignment ──
    {
      route: 'GET /api/calendar/years',
      request: () => ({ url: '/api/calendar/years' }),
      lists: (body) => listItems(body).some((y) => y.year === 2026),
      anonymous: 401,
      expect: everyone('listed'),
    },
    {
      route: 'GET /api/calendar/years/:year',
      request: () => ({ url: '/api/calendar/years/2026' }),
      anonymous: 401,
      expect: everyone(200),
    },
    {
      route: 'PUT /api/calendar/years/:year',
      // The notice binds every region, so the place does not matter: a region-wide administrator is refused too.
      request: async (w) => ({ url: '/api/calendar/years/2026', payload: await year2026(w) }),
      anonymous: 401,
      expect: { ...everyone(403), platformAdmin: 200 },
    },

    // ── local holidays: read by every role in every region; changed by an administrator covering the region ──
    {
      route: 'GET /api/calendar/local-holidays',
      // Every reader sees the local holidays of every region (the one just set is in the place's region).
      request: async (w, p) => {
        holidayOf.set(p.target, await localHoliday(w, p));
        return { url: `/api/calendar/local-holidays?regionCode=${p.regionCode}` };
      },
      lists: (body, p) => listItems(body).some((h) => h.id === holidayOf.get(p.target)),
      anonymous: 401,
      expect: everyone('listed'),
    },
    {
      route: 'POST /api/calendar/local-holidays',
      request: (w, p) => ({
        url: '/api/calendar/local-holidays',
        payload: {
          regionCode: p.regionCode,
          name: `矩阵测试节${w.unique()}`,
          from: '2026-12-16',
          to: '2026-12-16',
          source: '矩阵测试（非真实规定）',
        },
      }),
      anonymous: 401,
      expect: onRegionCalendar(201),
    },
    {
      route: 'DELETE /api/calendar/local-holidays/:id',
      request: async (w, p) => ({ url: `/api/calendar/local-holidays/${await localHoliday(w, p)}` }),
      anonymous: 401,
      expect: onRegionCalendar(200),
    },

    // ── the change log: every reader sees the changes; the moved deadlines only of units in their scope ──
    {
      route: 'GET /api/calendar/changes',
      // Every reader sees every change, of every region (the change just made is the newest).
      request: async (w, p) => {
        changeOf.set(p.target, (await changeWithMove(w, p)).id);
        return { url: '/api/calendar/changes?pageSize=200' };
      },
      lists: (body, p) => listItems(body).some((c) => c.id === changeOf.get(p.target)),
      anonymous: 401,
      expect: everyone('listed'),
    },
    {
      route: 'GET /api/calendar/changes/:id',
      // `listed` = the moved deadline of the place's unit is shown (workbench.read or calendar.manage over it).
      request: async (w, p) => ({ url: `/api/calendar/changes/${(await changeWithMove(w, p)).id}` }),
      lists: (body) => (body as { moves: unknown[] }).moves.length > 0,
      anonymous: 401,
      expect: {
        legal: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        officer: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        head: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        reviewer: ['listed', 'listed', 'listed', 'unlisted'],
        leader: ['listed', 'listed', 'listed', 'unlisted'],
        supervisor: ['listed', 'listed', 'listed', 'unlisted'],
        sysadmin: ['listed', 'listed', 'listed', 'unlisted'], // administers the region's calendar
        secadmin: 'unlisted',
        auditor: 'unlisted',
        otherAdmin: ['unlisted', 'unlisted', 'unlisted', 'listed'],
        platformAdmin: 'listed',
      },
    },
    {
      route: 'GET /api/calendar/days',
      request: (_w, p) => ({ url: `/api/calendar/days?from=2026-12-01&to=2026-12-31&regionCode=${p.regionCode}` }),
      anonymous: 401,
      expect: everyone(200),
    },

    // ── the public deadline calculator: public law, answered to everyone ──
    {
      route: 'GET /api/public/deadline-rules',
      request: () => ({ url: '/api/public/deadline-rules' }),
      anonymous: 200,
      expect: everyone(200),
    },
    {
      route: 'GET /api/public/deadline',
      request: (_w, p) => ({
        url: `/api/public/deadline?rule=normative.filing&from=2026-11-02&region=${p.regionCode}`,
      }),
      anonymous: 200,
      expect: everyone(200),
    },
  ],
});
