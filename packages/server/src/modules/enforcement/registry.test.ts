// The enforcement registry through the API: a body's legal status and its announcement's versions on the portal;
// an officer's certificate, whose expiry follows the region's validity setting and whose check on the portal shows
// only what 内蒙古令第244号第八条 publishes; an auxiliary never a case handler; the roster's import, all or nothing,
// and who then falls short of training; each act's audit event; bad input named field by field.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type {
  EnforcementBodyList,
  EnforcementStatisticRecords,
  EnforcementStatistics,
  EnforcementOfficerList,
  PublicBodyAnnouncement,
  PublicCertificate,
  TrainingShortfall,
  Workbench,
} from '@fazhi/core/contracts';
import { addMonths, formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { certificateLapsesOn } from '@fazhi/core/enforcement';
import { call, createTestEnv, orgId, sessionOf, userId, type Session, type TestEnv } from '../../../test/helpers';
import { syncCertificateLapses } from './officers/jobs/sync-certificate-lapses';
import { warnCertificateLapses } from './officers/jobs/warn-certificate-lapses';
import { sheetRows } from '../../../test/sheet-rows';
import { caseHandlersOf } from './officers/queries/officers';
import { idNumberOf, makeOfficer } from './test/factory';

let env: TestEnv;
let reviewer: Session;
let legal: Session;
let amr: string;
const region = '159901';

before(async () => {
  env = await createTestEnv();
  reviewer = await sessionOf(env, 'demo.reviewer');
  legal = await sessionOf(env, 'demo.legal');
  amr = await orgId(env, '示范区市场监督管理局');
});
after(async () => env?.close());

/** the audit events of an action this file wrote (the demo's are labelled 演示) */
const auditCount = async (action: string) =>
  Number(
    (
      await env.services.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('action', '=', action)
        .where('summary', 'not like', '%演示%')
        .executeTakeFirstOrThrow()
    ).n,
  );

test('an entrusted body states its entrusting body, matters and term; each announcement is a version kept', async () => {
  const township = await orgId(env, '示范区南湖镇人民政府');
  const put = (id: string, body: Record<string, unknown>, s = reviewer) =>
    call(env.app, s, 'PUT', `/api/enforcement-bodies/${id}`, {
      fields: ['城市管理'],
      address: '示范区南湖镇政府路1号',
      phones: '0477-1234567',
      ...body,
    });
  const missing = await put(township, { legalStatus: 'entrusted' });
  assert.equal(missing.statusCode, 422);
  assert.deepEqual(
    missing.json().fields.map((f: { path: string }) => f.path),
    ['entrustingOrganisationId', 'entrustmentScope', 'entrustmentFrom', 'entrustmentTo'],
  );
  const badStatus = await put(township, { legalStatus: 'delegated' });
  assert.equal(badStatus.statusCode, 400);
  assert.match(badStatus.json().message, /法律地位/);
  assert.equal((await put(township, { legalStatus: 'statutory' }, legal)).statusCode, 403);
  const entrusted = await put(township, {
    legalStatus: 'entrusted',
    entrustingOrganisationId: await orgId(env, '示范区城市管理综合执法局'),
    entrustmentScope: '城市管理领域部分行政处罚权（测试）',
    entrustmentFrom: '2026-01-01',
    entrustmentTo: '2028-12-31',
  });
  assert.equal(entrusted.statusCode, 200, entrusted.body);
  assert.equal((await put(amr, { legalStatus: 'statutory', fields: ['市场监管'] })).statusCode, 200);

  const list = (await call(env.app, reviewer, 'GET', '/api/enforcement-bodies')).json() as EnforcementBodyList;
  const t = list.items.find((b) => b.organisationId === township)!;
  assert.equal(t.legalStatusLabel, '受委托组织');
  assert.equal(t.entrustingOrganisationName, '示范区城市管理综合执法局');
  assert.match(t.legalStatusBasis, /第二十条/);
  assert.deepEqual(t.abilities, { read: true, manage: true });
  assert.ok(list.regions.some((r) => r.code === region));

  const first = await call(env.app, reviewer, 'POST', '/api/enforcement-body-announcements', { regionCode: region });
  assert.equal(first.statusCode, 201, first.body);
  // after an institutional reform the township's entrustment is withdrawn and the list published again
  await put(township, { legalStatus: 'statutory', withdrawn: true });
  const second = (
    await call(env.app, reviewer, 'POST', '/api/enforcement-body-announcements', { regionCode: region })
  ).json() as { id: string; versionNo: number };
  assert.equal(second.versionNo, first.json().versionNo + 1);
  const portal = (await call(env.app, null, 'GET', '/api/public/enforcement/bodies')).json() as PublicBodyAnnouncement;
  assert.equal(portal.versionNo, second.versionNo);
  assert.ok(!portal.bodies.some((b) => b.name === '示范区南湖镇人民政府'));
  const earlier = (
    await call(env.app, null, 'GET', `/api/public/enforcement/bodies?version=${first.json().versionNo}`)
  ).json() as PublicBodyAnnouncement;
  assert.equal(
    earlier.bodies.find((b) => b.name === '示范区南湖镇人民政府')?.entrustingName,
    '示范区城市管理综合执法局',
  );
  assert.equal((await call(env.app, null, 'GET', '/api/public/enforcement/bodies?version=999')).statusCode, 404);
  const announced = await env.services.db
    .selectFrom('audit_log')
    .select('subject_id')
    .where('action', '=', 'enforcement_body.announced')
    .where('subject_id', 'in', [first.json().id, second.id])
    .execute();
  assert.equal(announced.length, 2);
  assert.ok((await auditCount('enforcement_body.changed')) >= 1);
});

test('expiry is derived from the region’s validity; the portal check shows the published fields only', async () => {
  const today = env.services.clock.today();
  const y = Number(today.slice(0, 4));
  await makeOfficer(env, amr, { name: '测试持证甲', number: 'TCHK-0001', issuedOn: `${y - 3}-01-10` });
  const aux = await makeOfficer(env, amr, { name: '测试辅助乙', kind: 'auxiliary' });
  const check = async () =>
    (await call(env.app, null, 'GET', '/api/public/enforcement/certificates/tchk-0001')).json() as PublicCertificate;
  assert.equal((await check()).statusLabel, '有效');
  assert.deepEqual(Object.keys(await check()).sort(), [
    'area',
    'category',
    'certificateKindLabel',
    'certificateNumber',
    'isDemo',
    'name',
    'organisationName',
    'statusLabel',
    'valid',
  ]);
  await env.services.db
    .insertInto('region_settings')
    .values({ region_code: region, key: 'enforcement.certificate.validity-years', value: '2', source: null })
    .execute();
  try {
    assert.equal((await check()).statusLabel, '已过期');
    const handlers = await caseHandlersOf(env.services, amr);
    assert.ok(!handlers.some((h) => h.name === '测试持证甲'));
  } finally {
    await env.services.db
      .deleteFrom('region_settings')
      .where('key', '=', 'enforcement.certificate.validity-years')
      .execute();
  }
  const handlers = await caseHandlersOf(env.services, amr);
  assert.ok(handlers.some((h) => h.name === '测试持证甲'));
  assert.ok(!handlers.some((h) => h.id === aux), 'an auxiliary is never a case handler');
  assert.equal((await call(env.app, null, 'GET', '/api/public/enforcement/certificates/NOPE-0000')).statusCode, 404);

  const officer = (
    (await call(env.app, reviewer, 'GET', '/api/enforcement-officers?q=测试持证甲')).json() as EnforcementOfficerList
  ).items[0]!;
  assert.match(officer.idNumber, /\*/);
  assert.equal(officer.mayHandleCases, true);
  const suspend = (s: Session) =>
    call(env.app, s, 'PUT', `/api/enforcement-officers/${officer.id}/certificate-status`, {
      certificateStatus: 'suspended',
      reason: '受到政务处分（测试）',
    });
  assert.equal((await suspend(legal)).statusCode, 403);
  // annual registration, where the region keeps it: due for a certificate of an earlier year until registered
  const register = (year: number) =>
    call(env.app, reviewer, 'PUT', `/api/enforcement-officers/${officer.id}/annual-registration`, {
      registrationYear: year,
    });
  assert.equal((await register(y)).statusCode, 409, 'the region keeps no annual registration by default');
  await env.services.db
    .insertInto('region_settings')
    .values({ region_code: region, key: 'enforcement.certificate.annual-registration', value: 'true', source: null })
    .execute();
  const due = async () =>
    ((await call(env.app, reviewer, 'GET', '/api/enforcement-officers?q=TCHK-0001')).json() as EnforcementOfficerList)
      .items[0]!.registrationDue;
  assert.equal(await due(), true);
  assert.equal((await register(y + 1)).statusCode, 422);
  assert.equal((await register(y)).statusCode, 200);
  assert.equal(await due(), false);
  assert.equal(await auditCount('enforcement_officer.registered_annually'), 1);
  assert.equal((await suspend(reviewer)).statusCode, 200);
  assert.equal((await check()).statusLabel, '暂扣');
  assert.equal(await auditCount('enforcement_officer.certificate_status_changed'), 1);
});

test('one officer: an auxiliary with a certificate, a duplicate number and a bad ID are refused, naming the field', async () => {
  const body = {
    organisationId: amr,
    officerName: '测试登记丙',
    idNumber: idNumberOf(900),
    kind: 'enforcement',
    certificateNumber: 'TADD-0001',
    category: '市场监管',
    area: '示范区',
    certificateIssuedOn: '2025-05-01',
    examResult: 'passed',
  };
  assert.equal((await call(env.app, legal, 'POST', '/api/enforcement-officers', body)).statusCode, 201);
  const again = await call(env.app, legal, 'POST', '/api/enforcement-officers', body);
  assert.equal(again.statusCode, 409);
  const aux = await call(env.app, legal, 'POST', '/api/enforcement-officers', { ...body, kind: 'auxiliary' });
  assert.equal(aux.statusCode, 422);
  assert.equal(aux.json().fields[0].path, 'certificateNumber');
  const badId = await call(env.app, legal, 'POST', '/api/enforcement-officers', { ...body, idNumber: '123' });
  assert.equal(badId.statusCode, 400);
  assert.match(badId.json().message, /身份/);
  const training = await call(env.app, legal, 'POST', '/api/training-records', {
    officerId: (await call(env.app, legal, 'GET', '/api/enforcement-officers?q=TADD-0001')).json().items[0].id,
    course: '行政执法规范化培训（测试）',
    hours: 0.25,
    trainedOn: env.services.clock.today(),
  });
  assert.equal(training.statusCode, 400);
  assert.match(training.json().message, /培训学时/);
});

async function roster(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('执法人员名册');
  ws.addRow([
    '单位名称',
    '姓名',
    '身份证号码',
    '人员类别',
    '证件号',
    '执法类别',
    '执法区域',
    '发证日期',
    '资格考试',
    '法律职业资格',
    '法制审核人员',
  ]);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (s: Session, payload: Buffer) =>
  env.app.inject({
    method: 'POST',
    url: '/api/enforcement-officers/import',
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    payload,
  });

test('a roster is imported all or nothing, row by row, and its officers fall short of training', async () => {
  const unit = '示范区市场监督管理局';
  const row = (name: string, n: number, extra: Partial<Record<number, string>> = {}) => {
    const r = [
      unit,
      name,
      idNumberOf(500 + n),
      '行政执法人员',
      `TIMP-${n}`,
      '市场监管',
      '示范区',
      '2025-03-01',
      '考试合格',
      '否',
      '否',
    ];
    for (const [i, v] of Object.entries(extra)) r[Number(i)] = v!;
    return r;
  };
  const bad = await upload(
    reviewer,
    await roster([
      row('测试导入甲', 1),
      row('测试导入乙', 2, { 0: '示范区不存在局' }),
      row('测试导入丙', 3, { 3: '执法辅助人员' }),
      row('测试导入丁', 1),
      row('测试导入戊', 5, { 2: '159901198501010000' }),
    ]),
  );
  assert.equal(bad.statusCode, 422);
  assert.equal(bad.json().code, 'IMPORT_REJECTED');
  assert.deepEqual(
    bad.json().fields.map((f: { path: string }) => f.path),
    ['3.单位名称', '4.证件号', '5.证件号', '6.身份证号码'],
  );
  const none = (await call(env.app, reviewer, 'GET', '/api/enforcement-officers?q=测试导入')).json();
  assert.equal(none.total, 0, 'nothing of a rejected roster is written');

  const ok = await upload(
    reviewer,
    await roster([row('测试导入甲', 11), row('测试导入乙', 12, { 3: '执法辅助人员', 4: '', 7: '', 8: '' })]),
  );
  assert.equal(ok.statusCode, 201, ok.body);
  assert.deepEqual(ok.json(), { officers: 2, bodies: 1 });
  await makeOfficer(env, amr, { name: '测试学时足', hours: 60 });
  const short = (
    await call(env.app, reviewer, 'GET', `/api/enforcement-training/shortfall?regionCode=${region}`)
  ).json() as TrainingShortfall;
  assert.equal(short.minimumHours, 60);
  assert.ok(short.items.some((i) => i.name === '测试导入甲' && i.hoursShort === 60));
  assert.ok(!short.items.some((i) => i.name === '测试导入乙'), 'an auxiliary is not counted');
  assert.ok(!short.items.some((i) => i.name === '测试学时足'));
  assert.equal(await auditCount('enforcement_officer.roster_imported'), 1);
  const officer = await upload(await sessionOf(env, 'demo.officer'), await roster([row('测试导入己', 21)]));
  assert.equal(officer.statusCode, 403);
});

test('the demo region’s bodies, officers and training, labelled demo', async () => {
  const bodies = (await call(env.app, reviewer, 'GET', '/api/enforcement-bodies')).json() as EnforcementBodyList;
  const demo = bodies.items.filter((b) => b.isDemo);
  assert.ok(demo.length >= 18);
  assert.deepEqual(
    demo
      .filter((b) => b.reviewersBelowRatio)
      .map((b) => b.organisationName)
      .sort(),
    ['示范区公安分局', '示范区农牧水利局'],
  );
  const officers = (await call(env.app, reviewer, 'GET', '/api/enforcement-officers')).json() as EnforcementOfficerList;
  assert.ok(officers.total >= 300);
  assert.ok(officers.items.every((o) => o.kind !== 'auxiliary' || !o.mayHandleCases));
  const short = (
    await call(env.app, reviewer, 'GET', `/api/enforcement-training/shortfall?regionCode=${region}`)
  ).json() as TrainingShortfall;
  assert.ok(short.items.length > 30 && short.items.length < short.officers / 2);
  const portal = (await call(env.app, null, 'GET', '/api/public/enforcement/bodies')).json() as PublicBodyAnnouncement;
  assert.ok(portal.versions.length >= 2);
});

test('each statistic is the count of its records; the export carries the figures and their records', async () => {
  const q = `regionCode=${region}`;
  const stats = (
    await call(env.app, reviewer, 'GET', `/api/enforcement-statistics?${q}`)
  ).json() as EnforcementStatistics;
  const figure = (key: string) => stats.figures.find((f) => f.key === key)!;
  const records = async (key: string) =>
    (
      await call(env.app, reviewer, 'GET', `/api/enforcement-statistics/records?${q}&figure=${key}&pageSize=100`)
    ).json() as EnforcementStatisticRecords;
  const below = await records('bodies_below_reviewer_ratio');
  assert.equal(below.total, figure('bodies_below_reviewer_ratio').value);
  assert.ok(below.items.some((r) => r.title === '示范区公安分局' && /法制审核人员0人/.test(r.note)));
  const training = figure('training_completion');
  const short = (
    await call(env.app, reviewer, 'GET', `/api/enforcement-training/shortfall?${q}`)
  ).json() as TrainingShortfall;
  assert.equal(training.denominator, short.officers);
  assert.equal(training.denominator! - training.numerator!, short.items.length);
  assert.equal(training.belowRequired, true);
  const suspended = figure('certificates_suspended').value!;
  assert.ok(suspended >= 2, 'the demo’s two suspensions and this file’s');
  const perBody = stats.bodies.find((b) => b.name === '示范区公安分局')!;
  assert.ok(perBody.reviewersBelowRatio && perBody.officers >= 30);
  assert.equal(
    stats.bodies.reduce((n, b) => n + b.suspended, 0),
    suspended - (await records('certificates_suspended')).items.filter((r) => r.bodyName === '示范区司法局').length,
    'the per-body table counts enforcement bodies’ certificates; the justice bureau’s supervisors are not a body',
  );
  const file = await call(env.app, reviewer, 'GET', `/api/enforcement-statistics/export.xlsx?${q}`);
  assert.equal(file.statusCode, 200);
  const sheet = await sheetRows(file.rawPayload);
  assert.ok(sheet.rows.some((r) => r[1] === '法制审核人员低于比例的执法主体'));
  assert.ok(sheet.rows.some((r) => r[0] === '法制审核人员低于比例的执法主体' && r[1] === '示范区公安分局'));
  const bad = await call(env.app, reviewer, 'GET', `/api/enforcement-statistics?from=2026-13-01`);
  assert.equal(bad.statusCode, 400);
  assert.equal(
    (await call(env.app, await sessionOf(env, 'demo.officer'), 'GET', '/api/enforcement-statistics')).statusCode,
    403,
  );
});

test('an officer works for a body on the list; a supervisor may be registered at the justice bureau', async () => {
  const finance = await orgId(env, '示范区财政局');
  const body = (organisationId: string, kind: string, n: number) => ({
    organisationId,
    officerName: '测试非主体',
    idNumber: idNumberOf(950 + n),
    kind,
    certificateNumber: `TBODY-${n}`,
    certificateIssuedOn: '2025-05-01',
    examResult: 'passed',
  });
  const refused = await call(env.app, reviewer, 'POST', '/api/enforcement-officers', body(finance, 'enforcement', 1));
  assert.equal(refused.statusCode, 422);
  assert.equal(refused.json().fields[0].path, 'organisationId');
  assert.match(refused.json().message, /示范区财政局不是在册的行政执法主体/);
  const justice = await orgId(env, '示范区司法局');
  assert.equal(
    (await call(env.app, reviewer, 'POST', '/api/enforcement-officers', body(justice, 'supervision', 2))).statusCode,
    201,
  );
});

test('where the region sets a validity, the body’s legal staff are warned once of a certificate about to lapse', async () => {
  const today = env.services.clock.today();
  const day = (months: number, days: number) => formatIsoDate(addMonths(parseIsoDate(today), months) + days);
  const soon = await makeOfficer(env, amr, { name: '测试将到期', number: 'TLAPSE-1', issuedOn: day(-60, 10) });
  const later = await makeOfficer(env, amr, { name: '测试未到期', number: 'TLAPSE-2', issuedOn: day(-58, 0) });
  const warned = (id: string) =>
    env.services.db
      .selectFrom('notifications')
      .select(['user_id', 'body'])
      .where('kind', '=', 'enforcement.certificate_lapsing')
      .where('subject_id', '=', id)
      .execute();
  assert.equal(await warnCertificateLapses(env.services), 0, 'no validity set: nothing lapses');
  await env.services.db
    .insertInto('region_settings')
    .values({ region_code: region, key: 'enforcement.certificate.validity-years', value: '5', source: null })
    .execute();
  try {
    assert.ok((await warnCertificateLapses(env.services)) >= 1);
    const got = await warned(soon);
    assert.deepEqual(
      got.map((n) => n.user_id),
      [await userId(env, 'demo.legal')],
    );
    assert.match(got[0]!.body, /测试将到期的执法证件（TLAPSE-1）有效期至/);
    assert.deepEqual(await warned(later), [], 'two months ahead is beyond the 30 days');
    assert.equal(await warnCertificateLapses(env.services), 0, 'a second run sends nothing again');
  } finally {
    await env.services.db
      .deleteFrom('region_settings')
      .where('key', '=', 'enforcement.certificate.validity-years')
      .execute();
  }
});

test('where the region sets a validity, each valid certificate’s lapse is a deadline on the workbench, and no more once suspended', async () => {
  const today = env.services.clock.today();
  const day = (months: number, days: number) => formatIsoDate(addMonths(parseIsoDate(today), months) + days);
  // the last day is tomorrow (the day before the fifth anniversary): within the platform's yellow warning
  const issuedOn = day(-60, 2);
  const soon = await makeOfficer(env, amr, { name: '测试明日到期', number: 'TLAPSE-3', issuedOn });
  const lapse = (id: string) =>
    env.services.db
      .selectFrom('deadlines')
      .select(['status', 'due_on', 'basis', 'explanation', 'responsible_org_id'])
      .where('subject_type', '=', 'enforcement_certificate')
      .where('subject_id', '=', id)
      .executeTakeFirst();
  assert.equal(await syncCertificateLapses(env.services), 0, 'no validity set: nothing lapses');
  assert.equal(await lapse(soon), undefined);
  await env.services.db
    .insertInto('region_settings')
    .values({
      region_code: region,
      key: 'enforcement.certificate.validity-years',
      value: '5',
      source: '示范区行政执法证件管理办法（测试）第八条',
    })
    .execute();
  try {
    assert.ok((await syncCertificateLapses(env.services)) >= 1);
    const set = (await lapse(soon))!;
    assert.equal(set.status, 'open');
    assert.equal(set.due_on, certificateLapsesOn(issuedOn, 5));
    assert.equal(set.responsible_org_id, amr);
    assert.match(set.basis, /^示范区行政执法证件管理办法（测试）第八条（本地区设定：行政执法证件有效期5年）$/);
    assert.ok(set.explanation.some((l) => l.includes('当日计入有效期')));
    assert.equal(await syncCertificateLapses(env.services), 0, 'a second run changes nothing');
    // the justice bureau's workbench lists it with its warning level: the last day is tomorrow
    const todo = ((await call(env.app, reviewer, 'GET', '/api/workbench')).json() as Workbench).todos.find(
      (t) => t.subjectTitle === '测试明日到期的执法证件（TLAPSE-3）',
    );
    assert.equal(todo?.label, '执法证件有效期届满');
    assert.equal(todo?.warningLevel, 'yellow');
    // suspended: the deadline no longer applies; restored: it runs again
    const status = (certificateStatus: string) =>
      call(env.app, reviewer, 'PUT', `/api/enforcement-officers/${soon}/certificate-status`, {
        certificateStatus,
        reason: '测试',
      });
    assert.equal((await status('suspended')).statusCode, 200);
    assert.equal((await lapse(soon))!.status, 'cancelled');
    assert.equal((await status('valid')).statusCode, 200);
    assert.equal((await lapse(soon))!.status, 'open');
    // renewed (换发): the new number and issue day, the lapse counted from it; not before the old day, not by the body
    const renew = (certificateIssuedOn: string, session = reviewer) =>
      call(env.app, session, 'PUT', `/api/enforcement-officers/${soon}/certificate`, {
        certificateNumber: 'TLAPSE-3R',
        certificateIssuedOn,
        reason: '有效期届满换发（测试）',
      });
    assert.equal((await renew(today, legal)).statusCode, 403);
    const early = await renew(day(-61, 0));
    assert.equal(early.statusCode, 422, early.body);
    assert.equal(early.json().fields[0].path, 'certificateIssuedOn');
    assert.equal((await renew(today)).statusCode, 200);
    assert.equal((await lapse(soon))!.due_on, certificateLapsesOn(today, 5));
    assert.equal(await auditCount('enforcement_officer.certificate_renewed'), 1);
  } finally {
    await env.services.db
      .deleteFrom('region_settings')
      .where('key', '=', 'enforcement.certificate.validity-years')
      .execute();
  }
  // the setting withdrawn: the daily job cancels the lapses it no longer has a term for
  assert.ok((await syncCertificateLapses(env.services)) >= 1);
  assert.equal((await lapse(soon))!.status, 'cancelled');
});
