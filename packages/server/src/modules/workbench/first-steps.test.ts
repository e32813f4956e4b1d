// The platform administrator's first screen on a new installation lists the first steps, each done or not as the
// data says; once units, users, this year's calendar and the portal region exist, the list goes away.
// The workbench lists a deadline only to those who may read its kind of record, which each module declares in its
// manifest (`subjectTypes`), and the audit log names each kind in Chinese. A kind nobody declares is listed to nobody,
// so every kind the modules store deadlines or audit events on must be declared, with a read action that exists.
// (One file for both: they read the same seeded installation, one process and clone instead of two.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, signIn, signInPlatformAdmin, type TestEnv } from '../../../test/helpers';
import { modules } from '..';
import { createRegistry } from '../../platform/modules/registry';

let env: TestEnv;
let seeded: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: false });
  // the same installation once the demo region is loaded: cloned from the harness's demo template rather than
  // seeded here again (the seed is the costliest part of a run's start)
  seeded = await createTestEnv();
});
after(async () => {
  await env.close();
  await seeded.close();
});

interface Step {
  key: string;
  done: boolean;
  link: string;
}

test('a fresh installation shows the administrator the first steps, done as the data says', async () => {
  const admin = await signInPlatformAdmin(env);
  const fresh = (await call(env.app, admin, 'GET', '/api/workbench')).json().firstSteps as Step[];
  const yearLoaded = Number(env.services.clock.today().slice(0, 4)) <= 2026; // the shipped calendar is 2020–2026
  assert.deepEqual(
    fresh.map((s) => [s.key, s.done]),
    [
      ['units', false],
      ['users', false],
      ['calendar', yearLoaded],
      ['portal', false],
    ],
  );
  assert.equal(fresh.find((s) => s.key === 'units')?.link, '/console/orgs');
  const afterSeed = await signInPlatformAdmin(seeded);
  const after = (await call(seeded.app, afterSeed, 'GET', '/api/workbench')).json().firstSteps as Step[] | null;
  if (yearLoaded) assert.equal(after, null, 'all done: the list goes away');
  else
    assert.deepEqual(
      after?.filter((s) => !s.done).map((s) => s.key),
      ['calendar'],
    );
});

describe('kinds of record on the workbench', () => {
  test('every kind of record the demo region has deadlines on is declared with its Chinese name', async () => {
    const kinds = await seeded.services.db.selectFrom('deadlines').select('subject_type').distinct().execute();
    assert.ok(kinds.length > 0, 'the demo region has deadlines');
    for (const { subject_type } of kinds) {
      const def = seeded.services.registry.subjectTypes.get(subject_type);
      assert.ok(def, `记录类型 ${subject_type} 未在任何模块中声明`);
      assert.match(def.label, /[\u4e00-\u9fff]/);
    }
  });

  test('every kind of record the demo region’s audit events name is declared, and the audit log shows its name', async () => {
    const kinds = await seeded.services.db
      .selectFrom('audit_events')
      .select('subject_type')
      .distinct()
      .where('subject_type', 'is not', null)
      .execute();
    const undeclared = kinds
      .map((k) => k.subject_type)
      .filter((t) => t && !seeded.services.registry.subjectTypes.has(t));
    assert.deepEqual(undeclared, []);
    const auditor = await signIn(seeded.app, 'demo.auditor');
    const page = (await call(seeded.app, auditor, 'GET', '/api/audit/events?subjectType=user&pageSize=5')).json() as {
      items: { subjectType: string; subjectTypeLabel: string }[];
    };
    assert.ok(page.items.length > 0);
    assert.ok(page.items.every((e) => e.subjectTypeLabel === '用户'));
    // the audit page's filters offer the same names
    const words = (await call(seeded.app, auditor, 'GET', '/api/audit/vocabulary')).json() as {
      actions: { value: string; label: string }[];
      subjectTypes: { value: string; label: string }[];
    };
    assert.ok(words.subjectTypes.some((t) => t.value === 'user' && t.label === '用户'));
    assert.ok(words.subjectTypes.some((t) => t.value === 'normative_document' && t.label === '行政规范性文件'));
    assert.ok(words.actions.some((a) => a.value === 'user.created' && a.label === '新增用户'));
    const legal = await signIn(seeded.app, 'demo.legal');
    assert.equal((await call(seeded.app, legal, 'GET', '/api/audit/vocabulary')).statusCode, 403);
  });

  test('a module declaring a kind of record with an unknown read action is refused at start', () => {
    const probe = {
      id: 'probe',
      name: '测试模块',
      actions: {},
      auditEvents: {},
      subjectTypes: { probe_record: { label: '测试记录', readAction: 'probe.read' } },
    };
    assert.throws(() => createRegistry([...modules, probe]), /probe_record 的查看动作未声明：probe\.read/);
  });
});
