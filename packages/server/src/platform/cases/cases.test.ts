// The shared case record on its own, with a test-only lender (like the participation tests' probe kinds): parties
// checked at once, encrypted and masked; a pause that holds its deadlines and runs them on around it or anew; an
// extension once; service records; a case's clock ended; and the registry's refusals of a lender that declares too
// little.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { computeDeadline, formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { modules } from '../../modules';
import { loadCalendarContext, setDeadline } from '../deadlines';
import { AppError } from '../errors';
import type { ModuleManifest } from '../modules/manifest';
import { createRegistry } from '../modules/registry';
import type { Services } from '../services';
import { inWriteTransaction, type Writer } from '../write';
import { endCaseClockOn, extendCaseStepOn, pauseCaseOn, resumeCaseOn } from './clock';
import { caseAuditEvents, type CaseRef } from './kinds';
import { addCasePartiesOn, casePartiesOf } from './parties';
import { recordServiceOn, serviceRecordsOf } from './service-records';

const KIND = 'probe_case';
const probe: ModuleManifest = {
  id: 'case_probe',
  name: '案件测试探针',
  actions: { 'probe-case.read': { label: '查看测试案件', roles: ['justice_reviewer'] } },
  auditEvents: caseAuditEvents(KIND),
  subjectTypes: { [KIND]: { label: '测试案件', readAction: 'probe-case.read' } },
  cases: {
    [KIND]: {
      partyRoles: { claimant: '申请人', agency: '被申请人' },
      pauseCauses: {
        third_party: { label: '第三人答复', basis: '测试规则', holds: ['decision'], after: 'continue' },
        correction: { label: '补正', basis: '测试规则', holds: ['review'], after: 'restart' },
      },
    },
  },
};

let env: TestEnv;
let services: Services;
let today: string;
let calendar: Awaited<ReturnType<typeof loadCalendarContext>>['calendar'];
const minus = (d: string, n: number) => formatIsoDate(parseIsoDate(d) - n);
const run = <T>(fn: (w: Writer) => Promise<T>) => inWriteTransaction(services, { actor: null, ip: null }, fn);
const refused = (p: Promise<unknown>, code: string) =>
  assert.rejects(p, (e: unknown) => e instanceof AppError && e.code === code);

async function newCase(): Promise<CaseRef> {
  const ref = { regionCode: '159901', caseType: KIND, caseId: randomUUID() };
  const org = await services.db
    .selectFrom('orgs')
    .select('id')
    .where('name', '=', '示范区司法局')
    .executeTakeFirstOrThrow();
  await run(async (w) => {
    const base = { regionCode: ref.regionCode, subjectType: KIND, subjectId: ref.caseId, subjectTitle: '测试案件' };
    await setDeadline(w, {
      ...base,
      kind: 'decision',
      label: '作出决定',
      ruleId: 'reconsideration.decision',
      from: minus(today, 20),
      responsibleOrgId: org.id,
    });
    await setDeadline(w, {
      ...base,
      kind: 'review',
      label: '受理审查',
      ruleId: 'reconsideration.acceptance-review',
      from: minus(today, 3),
      responsibleOrgId: org.id,
    });
  });
  return ref;
}
const deadline = (ref: CaseRef, kind: string) =>
  services.db
    .selectFrom('deadlines')
    .select(['status', 'due_on', 'extended'])
    .where('subject_id', '=', ref.caseId)
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();

before(async () => {
  env = await createTestEnv();
  services = { ...env.services, registry: createRegistry([...modules, probe]) };
  today = services.clock.today();
  ({ calendar } = await loadCalendarContext(services.db, '159901'));
});
after(() => env.close());

describe('the shared case record', () => {
  test('parties: every identifier problem at once; a person’s identifiers encrypted and only masked on reading', async () => {
    const ref = await newCase();
    await assert.rejects(
      run((w) =>
        addCasePartiesOn(services, w, ref, [
          { role: 'claimant', kind: 'person', name: '王五', idNumber: '110105194912310021' },
          { role: 'agency', kind: 'organisation', name: '某局', creditCode: '91350100M000100Y44' },
          { role: 'witness', kind: 'person', name: '赵六' },
        ]),
      ),
      (e: unknown) =>
        e instanceof AppError &&
        e.code === 'PARTY_INVALID' &&
        JSON.stringify(e.fields?.map((f) => f.path)) ===
          '["parties.0.idNumber","parties.1.creditCode","parties.2.role"]',
    );
    await run((w) =>
      addCasePartiesOn(services, w, ref, [
        { role: 'claimant', kind: 'person', name: '王五', idNumber: '11010519491231002x', phone: '13800138000' },
        { role: 'agency', kind: 'organisation', name: '某局', creditCode: '91350100M000100Y43' },
      ]),
    );
    const row = await services.db
      .selectFrom('case_parties')
      .selectAll()
      .where('case_id', '=', ref.caseId)
      .where('seq', '=', 1)
      .executeTakeFirstOrThrow();
    assert.equal(services.cipher.decrypt(row.id_number_enc ?? ''), '11010519491231002X');
    assert.deepEqual(
      (await casePartiesOf(services, services.db, ref)).map((p) => [
        p.roleLabel,
        p.idNumberMasked,
        p.phoneMasked,
        p.creditCode,
      ]),
      [
        ['申请人', '1101**********002X', '138****8000', null],
        ['被申请人', null, null, '91350100M000100Y43'],
      ],
    );
  });

  test('a pause holds its deadlines; they run on around it, or anew from its end; one pause at a time', async () => {
    const ref = await newCase();
    await run((w) =>
      pauseCaseOn(services, w, ref, { cause: 'third_party', reason: '等待第三人答复', from: minus(today, 10) }),
    );
    assert.equal((await deadline(ref, 'decision')).status, 'paused');
    assert.equal((await deadline(ref, 'review')).status, 'open', 'a cause holds only its own deadlines');
    await refused(
      run((w) => pauseCaseOn(services, w, ref, { cause: 'correction', reason: '补正', from: today })),
      'CASE_ALREADY_PAUSED',
    );
    await refused(
      run((w) => resumeCaseOn(services, w, ref, minus(today, 11))),
      'PAUSE_END_INVALID',
    );
    await run((w) => resumeCaseOn(services, w, ref, today));
    const decision = await deadline(ref, 'decision');
    assert.equal(decision.status, 'open');
    assert.equal(
      decision.due_on,
      computeDeadline(calendar, 'reconsideration.decision', {
        from: minus(today, 20),
        pauses: [{ from: minus(today, 10), to: today }],
      }).due,
    );
    await run((w) => pauseCaseOn(services, w, ref, { cause: 'correction', reason: '补正', from: minus(today, 2) }));
    await run((w) => resumeCaseOn(services, w, ref, today));
    assert.equal(
      (await deadline(ref, 'review')).due_on,
      computeDeadline(calendar, 'reconsideration.acceptance-review', { from: minus(today, 3), restartFrom: today }).due,
    );
    await refused(
      run((w) => resumeCaseOn(services, w, ref, today)),
      'CASE_NOT_PAUSED',
    );
  });

  test('an extension once, with its approval; service on a party of the case; the clock ended', async () => {
    const ref = await newCase();
    const approval = { approvedBy: '机构负责人', approvedOn: today, reason: '情况复杂' };
    await run((w) => extendCaseStepOn(w, ref, 'decision', approval));
    assert.equal((await deadline(ref, 'decision')).extended, true);
    await refused(
      run((w) => extendCaseStepOn(w, ref, 'decision', approval)),
      'STEP_ALREADY_EXTENDED',
    );
    await refused(
      run((w) =>
        recordServiceOn(w, ref, {
          paper: '通知书',
          partyId: randomUUID(),
          recipient: '王五',
          method: 'post',
          servedOn: today,
        }),
      ),
      'NOT_FOUND',
    );
    await run((w) =>
      recordServiceOn(w, ref, {
        paper: '通知书',
        partyId: null,
        recipient: '王五',
        method: 'electronic',
        servedOn: today,
      }),
    );
    assert.deepEqual(
      (await serviceRecordsOf(services.db, ref)).map((s) => [s.paper, s.methodLabel]),
      [['通知书', '电子送达']],
    );
    await run((w) => pauseCaseOn(services, w, ref, { cause: 'correction', reason: '补正', from: today }));
    await run((w) => endCaseClockOn(w, ref, today));
    assert.equal((await deadline(ref, 'decision')).status, 'cancelled');
    assert.equal((await deadline(ref, 'review')).status, 'cancelled');
  });

  test('the registry refuses a lent case kind it cannot name or audit', () => {
    assert.throws(
      () => createRegistry([...modules, { ...probe, subjectTypes: {} }]),
      /案件类型未在其 subjectTypes 中声明/,
    );
    assert.throws(() => createRegistry([...modules, { ...probe, auditEvents: {} }]), /缺少审计动作声明/);
  });
});
