// The enforcement module's scope matrix, one row per route. A body and its officers sit at the body's unit: the
// region's readers read them, a unit's own staff their unit's; the justice bureau confirms bodies, announces the
// list and suspends certificates across its region; a unit's legal staff keep its roster. A unit is
// one anyone may know of (an act on it out of reach is 403); an officer is personal data (out of reach, 404). The
// portal's list and certificate check are public, the portal region's only.
import ExcelJS from 'exceljs';
import {
  everyone,
  listItems,
  scopeMatrix,
  statisticsReaders,
  unitRecordReaders,
  type Answers,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { idNumberOf, makeBody, makeOfficer } from './test/factory';

/** a unit made a body, shared by the rows that need one */
const bodyIn = (w: ScopeWorld, p: Place) => w.fixture('enforcement body', p, () => makeBody(w.env, p.orgId));
/** an officer with a certificate, named by the place */
const officerIn = (w: ScopeWorld, p: Place) =>
  w.fixture('enforcement officer', p, () =>
    makeOfficer(w.env, p.orgId, {
      name: `矩阵执法${p.target}`,
      number: `MTX-${p.target.toUpperCase()}`,
      // the earliest certificate of its region, so the statistics' records list it first
      issuedOn: '2001-01-02',
    }),
  );
const takesItAgain = async () => undefined;
/** the figures are asked for a region: a unit's staff read their region's (counting their unit's records) */
const figuresReaders: Answers = {
  ...statisticsReaders(200, 404),
  legal: [200, 200, 200, 404],
  head: [200, 200, 200, 404],
};

const reads = (ok: 200 | 'listed'): Answers => unitRecordReaders(ok, ok === 'listed' ? 'unlisted' : 404);
/** an act on an officer: the actors (`ok` where they reach), readers 403, everyone else 404 */
const onOfficer = (actors: Answers): Answers => ({
  ...everyone(404),
  legal: [403, 404, 404, 404],
  head: [403, 404, 404, 404],
  reviewer: [403, 403, 403, 404],
  leader: [403, 403, 403, 404],
  supervisor: [403, 403, 403, 404],
  sysadmin: [403, 403, 403, 404],
  otherAdmin: [404, 404, 404, 403],
  platformAdmin: 403,
  ...actors,
});
const xlsx = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
async function rosterOf(w: ScopeWorld, p: Place) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法人员名册');
  ws.addRow(['单位名称', '姓名', '身份证号码', '人员类别', '证件号', '执法类别', '执法区域', '发证日期', '资格考试']);
  const n = w.unique();
  ws.addRow([
    p.orgName,
    `矩阵导入${n}`,
    idNumberOf(n),
    '行政执法人员',
    `MTXI-${n}`,
    '综合',
    '示范区',
    '2025-01-02',
    '考试合格',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

scopeMatrix({
  title: 'enforcement',
  // written literally: platform/http/field-labels.test.ts reads the modules each matrix covers from the file
  modules: ['enforcement'],
  rows: [
    {
      route: 'GET /api/enforcement-bodies',
      request: async (w, p) => (await bodyIn(w, p), { url: '/api/enforcement-bodies' }),
      lists: (body, p) => listItems(body).some((b) => b.organisationId === p.orgId),
      anonymous: 401,
      expect: reads('listed'),
    },
    {
      route: 'PUT /api/enforcement-bodies/:organisationId',
      request: (_w, p) => ({
        method: 'PUT',
        url: `/api/enforcement-bodies/${p.orgId}`,
        payload: { legalStatus: 'statutory', fields: ['矩阵'], address: '矩阵路1号', phones: '0477-1' },
      }),
      anonymous: 401,
      expect: { ...everyone(403), reviewer: [200, 200, 200, 403] },
    },
    {
      route: 'POST /api/enforcement-body-announcements',
      request: async (w, p) => {
        await bodyIn(w, p);
        return { method: 'POST', url: '/api/enforcement-body-announcements', payload: { regionCode: p.regionCode } };
      },
      anonymous: 401,
      expect: { ...everyone(403), reviewer: [201, 201, 201, 403] },
    },
    {
      route: 'GET /api/enforcement-officers',
      request: async (w, p) => (await officerIn(w, p), { url: '/api/enforcement-officers' }),
      lists: (body, p) => listItems(body).some((o) => o.name === `矩阵执法${p.target}`),
      anonymous: 401,
      expect: reads('listed'),
    },
    {
      route: 'POST /api/enforcement-officers',
      request: async (w, p) => {
        await bodyIn(w, p);
        const n = w.unique();
        return {
          method: 'POST',
          url: '/api/enforcement-officers',
          payload: {
            organisationId: p.orgId,
            officerName: `矩阵登记${n}`,
            idNumber: idNumberOf(n),
            kind: 'enforcement',
            certificateNumber: `MTXA-${n}`,
            certificateIssuedOn: '2025-01-02',
            examResult: 'passed',
          },
        };
      },
      anonymous: 401,
      expect: { ...everyone(403), legal: [201, 403, 403, 403], reviewer: [201, 201, 201, 403] },
    },
    {
      route: 'GET /api/enforcement-officers/import-template.xlsx',
      request: () => ({ url: '/api/enforcement-officers/import-template.xlsx' }),
      anonymous: 401,
      expect: { ...everyone(403), legal: 200, reviewer: 200 },
    },
    {
      route: 'POST /api/enforcement-officers/import',
      request: async (w, p) => {
        await bodyIn(w, p);
        return {
          method: 'POST',
          url: '/api/enforcement-officers/import',
          payload: await rosterOf(w, p),
          headers: xlsx,
        };
      },
      anonymous: 401,
      // the unit named in a row and out of the importer's reach is a row problem (422), not a 403
      expect: { ...everyone(403), legal: [201, 422, 422, 422], reviewer: [201, 201, 201, 422] },
    },
    {
      route: 'PUT /api/enforcement-officers/:id/certificate-status',
      request: async (w, p) => ({
        method: 'PUT',
        url: `/api/enforcement-officers/${await officerIn(w, p)}/certificate-status`,
        payload: { certificateStatus: 'valid', reason: '矩阵测试' },
      }),
      restore: takesItAgain,
      anonymous: 401,
      expect: onOfficer({ reviewer: [200, 200, 200, 404] }),
    },
    {
      route: 'PUT /api/enforcement-officers/:id/certificate',
      // an officer of its own (the shared one's issue day orders the statistics' records); the same new number and
      // day again are taken as they are (the officer's own number is not "taken")
      request: async (w, p) => ({
        method: 'PUT',
        url: `/api/enforcement-officers/${await w.fixture('officer to renew', p, () =>
          makeOfficer(w.env, p.orgId, { name: `矩阵换证${p.target}`, number: `MTR-${p.target.toUpperCase()}` }),
        )}/certificate`,
        payload: {
          certificateNumber: `MX-RENEW-${w.unique()}`,
          certificateIssuedOn: w.env.services.clock.today(),
          reason: '矩阵测试换证',
        },
      }),
      restore: takesItAgain,
      anonymous: 401,
      expect: onOfficer({ reviewer: [200, 200, 200, 404] }),
    },
    {
      route: 'PUT /api/enforcement-officers/:id/annual-registration',
      request: async (w, p) => {
        // the region keeps annual registration (a region setting; off by default)
        await w.env.services.db
          .insertInto('region_settings')
          .values({
            region_code: p.regionCode,
            key: 'enforcement.certificate.annual-registration',
            value: 'true',
            source: null,
          })
          .onConflict((oc) => oc.doNothing())
          .execute();
        return {
          method: 'PUT',
          url: `/api/enforcement-officers/${await officerIn(w, p)}/annual-registration`,
          payload: { registrationYear: 2026 },
        };
      },
      restore: takesItAgain,
      anonymous: 401,
      expect: onOfficer({ reviewer: [200, 200, 200, 404] }),
    },
    {
      route: 'GET /api/enforcement-training/shortfall',
      request: async (w, p) => (
        await officerIn(w, p),
        { url: `/api/enforcement-training/shortfall?regionCode=${p.regionCode}` }
      ),
      lists: (body, p) => listItems(body).some((o) => o.name === `矩阵执法${p.target}`),
      anonymous: 401,
      expect: reads('listed'),
    },
    {
      route: 'GET /api/enforcement-statistics',
      request: (_w, p) => ({ url: `/api/enforcement-statistics?regionCode=${p.regionCode}` }),
      anonymous: 401,
      expect: figuresReaders,
    },
    {
      route: 'GET /api/enforcement-statistics/export.xlsx',
      request: (_w, p) => ({ url: `/api/enforcement-statistics/export.xlsx?regionCode=${p.regionCode}` }),
      anonymous: 401,
      expect: figuresReaders,
    },
    {
      route: 'GET /api/enforcement-statistics/records',
      request: async (w, p) => (
        await officerIn(w, p),
        { url: `/api/enforcement-statistics/records?figure=officers&regionCode=${p.regionCode}` }
      ),
      lists: (body, p) => listItems(body).some((r) => String(r.title).startsWith(`矩阵执法${p.target}`)),
      anonymous: 401,
      expect: statisticsReaders('listed', 'unlisted'),
    },
    {
      route: 'GET /api/public/enforcement/bodies',
      request: () => ({ url: '/api/public/enforcement/bodies' }),
      anonymous: 200,
      expect: everyone(200),
    },
    {
      route: 'GET /api/public/enforcement/certificates/:number',
      request: async (w, p) => (await officerIn(w, p), { url: `/api/public/enforcement/certificates/MTX-${p.target}` }),
      anonymous: 200,
      expect: everyone([200, 200, 200, 404]),
    },
  ],
});
