// The catalogues are the contract between modules: the write layer refuses an audit action, an event or a
// notification kind that no manifest declares, and a payload that does not fit its event's schema — nothing of such
// a write is committed. Because every write of the suite goes through the same writer, any integration test that
// writes an undeclared action fails too. The registry refuses a handler of an event no catalogue declares.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { modules } from '../../modules';
import { normativeEvents } from '../../modules/normative-documents/catalogue';
import { organisationEvents } from '../../modules/organisations/events';
import { inWriteTransaction } from '../write';
import { defineEvents } from './catalogue';
import type { ModuleManifest } from './manifest';
import { createRegistry } from './registry';
import { defineSettings, wholeNumber } from '../settings';

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: false });
});
after(async () => env.close());

const sys = { actor: null, ip: null };
const outboxCount = async () =>
  Number(
    (
      await env.services.db
        .selectFrom('outbox_events')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );

describe('module catalogues', () => {
  test('an audit action no manifest declares is refused and nothing is written', async () => {
    const before = await env.services.db.selectFrom('audit_events').select('id').execute();
    await assert.rejects(
      inWriteTransaction(env.services, sys, (w) =>
        w.audit({ regionCode: null, action: 'org.renamed', subjectType: 'org', subjectId: null, summary: '改名' }),
      ),
      /审计动作未在任何模块清单中声明：org\.renamed/,
    );
    assert.equal((await env.services.db.selectFrom('audit_events').select('id').execute()).length, before.length);
  });

  test('an event outside the catalogue, or a payload that does not fit, is refused', async () => {
    const n = await outboxCount();
    const undeclared = defineEvents('normative-documents', { 'normative_document.shredded': z.object({}) });
    await assert.rejects(
      inWriteTransaction(env.services, sys, (w) => w.emit(undeclared, '159901', 'normative_document.shredded', {})),
      /事件未在任何模块清单中声明：normative_document\.shredded/,
    );
    await assert.rejects(
      inWriteTransaction(env.services, sys, (w) =>
        // a caller forcing the types past the compiler still meets the schema at run time
        w.emit(normativeEvents, '159901', 'normative_document.published', { documentId: 'x' } as never),
      ),
      /documentId|docNumber/,
    );
    assert.equal(await outboxCount(), n, 'nothing reached the outbox');
  });

  test('a declared event with its payload is stored as parsed', async () => {
    const userId = '00000000-0000-4000-8000-000000000001';
    await inWriteTransaction(env.services, sys, (w) =>
      w.emit(organisationEvents, '159901', 'organisations.roles_changed', {
        userId,
        change: 'assigned',
        role: 'legal_officer',
        scope: 'own_org',
        orgName: '市司法局',
        by: null,
      }),
    );
    const row = await env.services.db
      .selectFrom('outbox_events')
      .select(['type', 'payload'])
      .where('type', '=', 'organisations.roles_changed')
      .executeTakeFirstOrThrow();
    assert.equal(row.payload.userId, userId);
  });

  test('a notification kind no manifest declares is refused', async () => {
    const admin = await env.services.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    await assert.rejects(
      inWriteTransaction(env.services, sys, (w) =>
        w.notify({ userId: admin.id, kind: 'normative.gossip', title: '闲聊', body: '闲聊。', link: '/console' }),
      ),
      /站内消息类型未在任何模块清单中声明：normative\.gossip/,
    );
  });

  test('nothing but the platform notification service writes the notifications table', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const writers = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /insertInto\(\s*'notifications'/.test(readFileSync(join(root, f), 'utf8')));
    assert.deepEqual(writers, [join('platform', 'notifications', 'notify.ts')]);
  });

  test('the registry refuses a handler of an undeclared event and a second declaration of an action or setting', () => {
    const listener: ModuleManifest = {
      id: 'listener_probe',
      name: '监听探针',
      actions: {},
      auditEvents: {},
      eventHandlers: { 'normative_document.vanished': async () => undefined },
    };
    assert.throws(
      () => createRegistry([...modules, listener]),
      /处理的事件未在任何事件目录中声明：normative_document\.vanished/,
    );
    const copy: ModuleManifest = {
      id: 'copy_probe',
      name: '重复探针',
      actions: {},
      auditEvents: { 'org.created': '新增单位' },
    };
    assert.throws(() => createRegistry([...modules, copy]), /审计动作重复声明：org\.created/);
    const setting: ModuleManifest = {
      id: 'setting_probe',
      name: '设置探针',
      actions: {},
      auditEvents: {},
      settings: defineSettings({
        'normative.comment.max-length': wholeNumber({
          label: '意见字数',
          default: 100,
          basis: '测试',
          regionMayChange: true,
          min: 1,
          max: 200,
        }),
      }),
    };
    assert.throws(() => createRegistry([...modules, setting]), /地区设置重复声明：normative\.comment\.max-length/);
  });

  test('the registry refuses a menu entry under an undeclared action or a menu key another module declares', () => {
    const probe = (menu: ModuleManifest['menu']): ModuleManifest => ({
      id: 'menu_probe',
      name: '菜单探针',
      actions: {},
      auditEvents: {},
      menu,
    });
    const entry = { key: 'menu-probe', label: '探针', path: '/console/menu-probe', action: 'normative.read' };
    assert.doesNotThrow(() => createRegistry([...modules, probe([entry])]));
    assert.throws(
      () => createRegistry([...modules, probe([{ ...entry, action: 'normative.vanish' }])]),
      /菜单项 menu-probe 的权限动作未声明：normative\.vanish/,
    );
    assert.throws(
      () => createRegistry([...modules, probe([{ ...entry, key: 'normative-statistics' }])]),
      /菜单项重复声明：normative-statistics/,
    );
  });

  test('the audit vocabulary is the union of the catalogues, each with its Chinese label', () => {
    const { auditLabels, events } = env.services.registry;
    assert.equal(auditLabels.get('normative_document.published'), '统一登记、编号、发布');
    assert.equal(events.get('normative_document.published')?.moduleId, 'normative-documents');
    for (const [action, label] of auditLabels) assert.match(label, /\p{Script=Han}/u, `${action} has a Chinese label`);
  });
});
