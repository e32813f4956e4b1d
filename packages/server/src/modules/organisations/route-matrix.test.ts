// The route-by-route scope matrix of the organisations and audit modules and the platform's own routes (sign-in,
// health, notifications): every registered route has a row (the helper fails on a new route without one), and each
// row states what every kind of person gets for a record in their own unit, a sibling unit, the parent unit and
// another region, and what the public gets. 401 = not signed in; 404 = out of scope (indistinguishable from
// absent); 403 = in scope without the action; 422 = a record named in the request body is out of reach.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { scopeMatrix, type Place, type Answers, everyone, listItems } from '../../../test/scope-matrix';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Acts on a user account held by user.manage / user.credentials / role.assign: the demo region's administrators
 * act in their region, the other county's administrator in his, the platform administrator everywhere; the unit
 * head sees the users of his unit (403), everyone else sees no user at all (404). */
const onUser = (ok: number, who: { sysadmin?: boolean; secadmin?: boolean } = {}): Answers => ({
  legal: 404,
  officer: 404,
  head: [403, 404, 404, 404],
  reviewer: 404,
  leader: 404,
  supervisor: 404,
  auditor: 404,
  sysadmin: who.sysadmin === false ? [403, 403, 403, 404] : [ok, ok, ok, 404],
  secadmin: who.secadmin === false ? [403, 403, 403, 404] : [ok, ok, ok, 404],
  otherAdmin: [404, 404, 404, ok],
  platformAdmin: ok,
});

async function importWorkbook(place: Place, name: string) {
  const wb = new ExcelJS.Workbook();
  const o = wb.addWorksheet('单位');
  o.addRow(['单位名称', '上级单位名称', '单位类型', '行政区划代码', '统一社会信用代码', '简称']);
  o.addRow([name, place.orgName, '内设机构', place.regionCode, '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Routes for those who read audit logs anywhere (安全审计员, 安全保密管理员), whichever region they serve. */
const auditLogReaders: Answers = {
  legal: 403,
  head: 403,
  sysadmin: 403,
  auditor: 200,
  secadmin: 200,
  otherAdmin: 200,
  platformAdmin: 200,
};

scopeMatrix({
  title: 'organisations, audit and the platform routes',
  modules: ['platform', 'organisations', 'audit'],
  rows: [
    // ── platform: health, public portal, sign-in, notifications ──
    { route: 'GET /api/health', request: () => ({ url: '/api/health' }), anonymous: 200, expect: everyone(200) },
    // The public portal is public: its identity and its search answer everyone alike.
    {
      route: 'GET /api/public/portal',
      request: () => ({ url: '/api/public/portal' }),
      anonymous: 200,
      expect: everyone(200),
    },
    {
      route: 'GET /api/public/search',
      request: () => ({ url: `/api/public/search?q=${encodeURIComponent('规范性文件')}` }),
      anonymous: 200,
      expect: everyone(200),
    },
    {
      route: 'POST /api/auth/login',
      request: (_w, p) => ({
        url: '/api/auth/login',
        payload: { username: p.username, password: 'Matrix#Pass2026' },
      }),
      anonymous: 200,
      expect: everyone(200),
    },
    {
      route: 'GET /api/auth/session',
      request: () => ({ url: '/api/auth/session' }),
      anonymous: 401,
      expect: everyone(200),
    },
    {
      route: 'POST /api/auth/logout',
      request: () => ({ url: '/api/auth/logout' }),
      anonymous: 200, // signing out without a session is harmless
      expect: everyone(200),
      freshSession: true,
    },
    {
      route: 'POST /api/auth/change-password',
      // A wrong current password: the route is reached and answers precisely, and nobody's password changes.
      request: () => ({
        url: '/api/auth/change-password',
        payload: { currentPassword: 'Not#TheRight1', newPassword: 'Brand#New2026x' },
      }),
      anonymous: 401,
      expect: everyone(422),
    },
    {
      route: 'POST /api/auth/switch-org',
      request: (_w, p) => ({ url: '/api/auth/switch-org', payload: { orgId: p.orgId } }),
      anonymous: 401,
      // Only to a unit where one holds a role: unit roles sit in `same`, region-wide roles in `parent`.
      expect: {
        legal: [200, 403, 403, 403],
        head: [200, 403, 403, 403],
        sysadmin: [403, 403, 200, 403],
        reviewer: 403, // 司法局 is none of the four places
        otherAdmin: 403, // 对照区人民政府, not its market regulator
        platformAdmin: 403, // a platform-wide assignment belongs to no unit
      },
    },
    {
      route: 'GET /api/notifications',
      request: () => ({ url: '/api/notifications' }),
      anonymous: 401,
      expect: everyone(200),
    },
    {
      route: 'POST /api/notifications/:id/read',
      // Someone else's notification is never reachable, whoever asks.
      request: async (w, p) => {
        const id = randomUUID();
        await w.env.services.db
          .insertInto('notifications')
          .values({ region_code: p.regionCode, id, user_id: p.userId, kind: 'user.roles_changed', title: '矩阵测试' })
          .execute();
        return { url: `/api/notifications/${id}/read` };
      },
      anonymous: 401,
      expect: everyone(404),
    },
    {
      route: 'POST /api/notifications/read-all',
      request: () => ({ url: '/api/notifications/read-all' }),
      anonymous: 401,
      expect: everyone(200),
    },

    // ── organisations: regions ──
    {
      route: 'GET /api/regions',
      request: () => ({ url: '/api/regions' }),
      lists: (body, p) => listItems(body).some((r) => r.code === p.regionCode),
      anonymous: 401,
      expect: {
        ...everyone(['listed', 'listed', 'listed', 'unlisted']),
        otherAdmin: ['unlisted', 'unlisted', 'unlisted', 'listed'],
        platformAdmin: 'listed',
      },
    },
    {
      route: 'POST /api/regions',
      // A township under the place's county: only the platform administrator shapes the region tree.
      request: (w, p) => ({
        url: '/api/regions',
        payload: { code: `${p.regionCode}${w.unique()}`, name: '矩阵测试乡镇', parentCode: p.regionCode },
      }),
      anonymous: 401,
      expect: { ...everyone(403), platformAdmin: 201 },
    },

    // ── organisations: units ──
    {
      route: 'GET /api/orgs',
      request: () => ({ url: '/api/orgs' }),
      lists: (body, p) => listItems(body).some((o) => o.id === p.orgId),
      anonymous: 401,
      expect: {
        legal: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        head: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        reviewer: ['listed', 'listed', 'listed', 'unlisted'],
        sysadmin: ['listed', 'listed', 'listed', 'unlisted'],
        auditor: ['listed', 'listed', 'listed', 'unlisted'],
        otherAdmin: ['unlisted', 'unlisted', 'unlisted', 'listed'],
        platformAdmin: 'listed',
      },
    },
    {
      route: 'GET /api/orgs/:id',
      request: (_w, p) => ({ url: `/api/orgs/${p.orgId}` }),
      anonymous: 401,
      expect: {
        legal: [200, 404, 404, 404],
        officer: [200, 404, 404, 404],
        head: [200, 404, 404, 404],
        reviewer: [200, 200, 200, 404],
        leader: [200, 200, 200, 404],
        sysadmin: [200, 200, 200, 404],
        auditor: [200, 200, 200, 404],
        otherAdmin: [404, 404, 404, 200],
        platformAdmin: 200,
      },
    },
    {
      route: 'POST /api/orgs',
      request: (w, p) => ({
        url: '/api/orgs',
        payload: {
          regionCode: p.regionCode,
          parentId: p.orgId,
          name: `矩阵测试科${w.unique()}`,
          kind: 'internal_office',
        },
      }),
      anonymous: 401,
      expect: {
        legal: [403, 422, 422, 422],
        head: [403, 422, 422, 422],
        reviewer: [403, 403, 403, 422],
        secadmin: [403, 403, 403, 422],
        sysadmin: [201, 201, 201, 422],
        otherAdmin: [422, 422, 422, 201],
        platformAdmin: 201,
      },
    },
    {
      route: 'PATCH /api/orgs/:id',
      request: (w, p) => ({ url: `/api/orgs/${p.orgId}`, payload: { sortOrder: w.unique() } }),
      anonymous: 401,
      expect: {
        legal: [403, 404, 404, 404],
        head: [403, 404, 404, 404],
        reviewer: [403, 403, 403, 404],
        secadmin: [403, 403, 403, 404],
        sysadmin: [200, 200, 200, 404],
        otherAdmin: [404, 404, 404, 200],
        platformAdmin: 200,
      },
    },
    {
      route: 'GET /api/directory/import-template',
      request: () => ({ url: '/api/directory/import-template' }),
      anonymous: 401,
      expect: {
        legal: 403,
        head: 403,
        auditor: 403,
        sysadmin: 200,
        secadmin: 403,
        otherAdmin: 200,
        platformAdmin: 200,
      },
    },
    {
      route: 'POST /api/directory/import',
      // One internal office under the place's unit. Without org.manage or user.manage anywhere: 403 before reading
      // the file; with it but not over that unit: the per-row report (422), nothing imported.
      request: async (w, p) => ({
        url: '/api/directory/import',
        payload: await importWorkbook(p, `矩阵导入科${w.unique()}`),
        headers: { 'content-type': XLSX },
      }),
      anonymous: 401,
      expect: {
        legal: 403,
        officer: 403,
        head: 403,
        reviewer: 403,
        leader: 403,
        supervisor: 403,
        auditor: 403,
        secadmin: 403,
        sysadmin: [201, 201, 201, 422],
        otherAdmin: [422, 422, 422, 201],
        platformAdmin: 201,
      },
    },

    // ── organisations: users ──
    {
      route: 'GET /api/users',
      request: () => ({ url: '/api/users?pageSize=200' }),
      lists: (body, p) => listItems(body).some((u) => u.id === p.userId),
      anonymous: 401,
      expect: {
        legal: 'unlisted',
        reviewer: 'unlisted',
        auditor: 'unlisted',
        head: ['listed', 'unlisted', 'unlisted', 'unlisted'],
        sysadmin: ['listed', 'listed', 'listed', 'unlisted'],
        secadmin: ['listed', 'listed', 'listed', 'unlisted'],
        otherAdmin: ['unlisted', 'unlisted', 'unlisted', 'listed'],
        platformAdmin: 'listed',
      },
    },
    {
      route: 'GET /api/users/:id',
      request: (_w, p) => ({ url: `/api/users/${p.userId}` }),
      anonymous: 401,
      expect: { ...onUser(200), head: [200, 404, 404, 404] },
    },
    {
      route: 'POST /api/users',
      request: (w, p) => ({
        url: '/api/users',
        payload: { username: `matrix.new${w.unique()}`, displayName: '矩阵新用户', orgId: p.orgId },
      }),
      anonymous: 401,
      expect: {
        legal: [403, 422, 422, 422],
        head: [403, 422, 422, 422],
        auditor: [403, 403, 403, 422],
        secadmin: [403, 403, 403, 422],
        sysadmin: [201, 201, 201, 422],
        otherAdmin: [422, 422, 422, 201],
        platformAdmin: 201,
      },
    },
    {
      route: 'PATCH /api/users/:id',
      request: async (w, p) => ({
        url: `/api/users/${(await w.newUser(p)).userId}`,
        payload: { displayName: '改名后的用户' },
      }),
      anonymous: 401,
      expect: onUser(200, { secadmin: false }),
    },
    {
      route: 'POST /api/users/:id/reset-password',
      request: async (w, p) => ({ url: `/api/users/${(await w.newUser(p)).userId}/reset-password` }),
      anonymous: 401,
      expect: onUser(200),
    },
    {
      route: 'POST /api/users/:id/unlock',
      request: async (w, p) => ({ url: `/api/users/${(await w.newUser(p, { locked: true })).userId}/unlock` }),
      anonymous: 401,
      expect: onUser(200),
    },
    {
      route: 'POST /api/users/:id/disable',
      request: async (w, p) => ({ url: `/api/users/${(await w.newUser(p)).userId}/disable` }),
      anonymous: 401,
      expect: onUser(200, { secadmin: false }),
    },
    {
      route: 'POST /api/users/:id/enable',
      request: async (w, p) => ({ url: `/api/users/${(await w.newUser(p, { disabled: true })).userId}/enable` }),
      anonymous: 401,
      expect: onUser(200, { secadmin: false }),
    },
    {
      route: 'POST /api/users/:id/roles',
      request: async (w, p) => ({
        url: `/api/users/${(await w.newUser(p)).userId}/roles`,
        payload: { role: 'enforcement_officer', orgId: p.orgId, scope: 'own_org' },
      }),
      anonymous: 401,
      expect: onUser(201),
    },
    {
      route: 'DELETE /api/users/:id/roles/:assignmentId',
      request: async (w, p) => {
        const u = await w.newUser(p);
        return { url: `/api/users/${u.userId}/roles/${u.assignmentId}` };
      },
      anonymous: 401,
      expect: onUser(200),
    },

    // ── audit ──
    {
      route: 'GET /api/audit/events',
      // The trail of the place's user (created through the organisations commands, so it has its events).
      request: (_w, p) => ({ url: `/api/audit/events?subjectId=${p.userId}` }),
      lists: (body) => listItems(body).length > 0,
      anonymous: 401,
      expect: {
        legal: 'unlisted',
        head: 'unlisted',
        sysadmin: 'unlisted',
        auditor: ['listed', 'listed', 'listed', 'unlisted'],
        secadmin: ['listed', 'listed', 'listed', 'unlisted'],
        otherAdmin: ['unlisted', 'unlisted', 'unlisted', 'listed'],
        platformAdmin: 'listed',
      },
    },
    {
      // the filtered log as a workbook: refused to those who read no audit log; rows as the list (test in audit/)
      route: 'GET /api/audit/events/export.xlsx',
      request: (_w, p) => ({ url: `/api/audit/events/export.xlsx?subjectId=${p.userId}` }),
      anonymous: 401,
      expect: auditLogReaders,
    },
    {
      route: 'GET /api/audit/events/:regionCode/:seq',
      request: async (w, p) => {
        const e = await w.env.services.db
          .selectFrom('audit_events')
          .select(['region_code', 'seq'])
          .where('subject_id', '=', p.userId)
          .where('action', '=', 'user.created')
          .executeTakeFirstOrThrow();
        return { url: `/api/audit/events/${e.region_code}/${e.seq}` };
      },
      anonymous: 401,
      expect: {
        legal: 404,
        head: 404,
        sysadmin: 404,
        auditor: [200, 200, 200, 404],
        secadmin: [200, 200, 200, 404],
        otherAdmin: [404, 404, 404, 200],
        platformAdmin: 200,
      },
    },
    {
      route: 'GET /api/audit/vocabulary',
      request: () => ({ url: '/api/audit/vocabulary' }),
      anonymous: 401,
      expect: auditLogReaders,
    },
    {
      route: 'GET /api/audit/verify',
      request: () => ({ url: '/api/audit/verify' }),
      anonymous: 401,
      expect: auditLogReaders,
    },
  ],
});
