// A refused input names its field in Chinese (产品规则 6). Every field a request can carry — each operation's
// parameters and every property of its body, however deep — has a Chinese name in the registry: the platform's shared
// names or the manifest's `fieldLabels` of the module that owns the route. A route added with a field nobody named
// fails here instead of answering "「输入内容」格式不正确". The registry refuses one name given two labels.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { modules } from '../../modules';
import type { ModuleManifest } from '../modules/manifest';
import { createRegistry } from '../modules/registry';

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: false });
});
after(() => env.close());

interface Schema {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

function propertyNames(schema: Schema | undefined, into: Set<string>) {
  if (!schema) return;
  for (const [name, inner] of Object.entries(schema.properties ?? {})) {
    into.add(name);
    propertyNames(inner, into);
  }
  propertyNames(schema.items, into);
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    propertyNames(part, into);
}

test('every field of every request has a Chinese name', async () => {
  const doc = (await env.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  const labels = env.services.registry.fieldLabels;
  const missing = new Set<string>();
  let fields = 0;
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(methods)) {
      const names = new Set<string>();
      for (const p of op.parameters ?? []) if (p.in !== 'header') names.add(p.name);
      for (const media of Object.values(op.requestBody?.content ?? {})) propertyNames(media.schema, names);
      for (const name of names) {
        fields++;
        if (!labels.has(name)) missing.add(`${name} (${method.toUpperCase()} ${path})`);
      }
    }
  }
  assert.ok(fields > 100, `only ${fields} fields found: the walk over the OpenAPI document is broken`);
  assert.deepEqual([...missing], [], 'fields without a Chinese name: add them to the manifest’s fieldLabels');
});

test('a module’s own field is named by its manifest’s Chinese name in a refusal', async () => {
  // `extended` of the public deadline calculator is named by the calendar module's manifest, not by the platform
  const res = await env.app.inject({
    method: 'GET',
    url: '/api/public/deadline?rule=x&from=2026-12-01&extended=maybe',
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().message, '「是否延长」只能为 true 或 false');
});

test('the registry refuses one field name given two Chinese names', () => {
  const other: ModuleManifest = {
    id: 'other',
    name: '另一模块',
    actions: {},
    auditEvents: {},
    fieldLabels: { trackingNumber: '跟踪号' },
  };
  assert.throws(
    () => createRegistry([...modules, other]),
    /字段 trackingNumber 的中文名称不一致：「查询编号」与模块 other 的「跟踪号」/,
  );
  const same: ModuleManifest = { ...other, fieldLabels: { trackingNumber: '查询编号' } };
  assert.doesNotThrow(() => createRegistry([...modules, same]));
});
