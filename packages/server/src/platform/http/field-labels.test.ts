// A refused input names its field in Chinese (产品规则 6). Every field a request can carry — each operation's
// parameters and every property of its body, however deep — has a Chinese name in the registry: the platform's shared
// names or the manifest's `fieldLabels` of the module that owns the route. A route added with a field nobody named
// fails here instead of answering "「输入内容」格式不正确". The registry refuses one name given two labels.
//
// The other checks over every route, in this file because they need only the app (one process, one database for the
// three): every operation of the OpenAPI document at /api/docs declares its answer — a JSON schema for its success
// (or the content type of the file it sends) and the error contract for 4xx and 5xx; a route added without a contract
// (packages/server/src/platform/http/contract.ts) fails here. And every API route belongs to a scope matrix: each
// matrix (packages/server/test/scope-matrix.ts) already fails when a route of the modules it lists has no row; the
// last test closes the remaining gap — a module whose routes no matrix lists at all — reading the `modules: [...]` of
// every scopeMatrix({...}) call in the server's test files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { modules } from '../../modules';
import { registeredRoutes } from './app';
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

interface AnsweredOperation {
  responses?: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

const binaryTypes = /^application\/(pdf|octet-stream|vnd\.openxmlformats-officedocument\.)|^text\/csv/;

test('every operation in the OpenAPI document declares its success schema and the error contract', async () => {
  const res = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json() as { paths: Record<string, Record<string, AnsweredOperation>> };
  const problems: string[] = [];
  let operations = 0;
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(methods)) {
      if (method === 'head') continue;
      operations++;
      const name = `${method.toUpperCase()} ${path}`;
      const responses = op.responses ?? {};
      const success = Object.entries(responses).filter(([code]) => /^2/.test(code));
      if (!success.length) problems.push(`${name}: no 2xx response`);
      for (const [code, r] of success) {
        const content = Object.entries(r.content ?? {});
        if (!content.length) problems.push(`${name}: ${code} has no content`);
        for (const [type, media] of content) {
          if (binaryTypes.test(type)) {
            if (media.schema?.format !== 'binary') problems.push(`${name}: ${code} ${type} not declared binary`);
          } else if (!media.schema || (!media.schema.type && !media.schema.anyOf && !media.schema.oneOf))
            problems.push(`${name}: ${code} ${type} has no schema`);
        }
      }
      for (const code of ['4XX', '5XX']) {
        const schema = responses[code]?.content?.['application/json']?.schema as
          { required?: string[]; properties?: Record<string, unknown> } | undefined;
        if (!schema?.properties?.code || !schema.required?.includes('message'))
          problems.push(`${name}: no ${code} error contract`);
      }
    }
  }
  assert.ok(operations >= 85, `the document lists the API (${operations} operations)`);
  assert.deepEqual(problems, []);
});

const srcDir = new URL('../..', import.meta.url).pathname;

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? testFiles(p) : n.endsWith('.test.ts') ? [p] : [];
  });
}

/** Module ids listed by the scopeMatrix() calls of the test files. */
function modulesWithMatrix(): Set<string> {
  const out = new Set<string>();
  for (const f of testFiles(srcDir)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/scopeMatrix\(\{[\s\S]*?modules:\s*\[([^\]]*)\]/g))
      for (const id of (m[1] ?? '').matchAll(/'([^']+)'/g)) if (id[1]) out.add(id[1]);
  }
  return out;
}

test('every registered API route belongs to a module that has a scope matrix', () => {
  const covered = modulesWithMatrix();
  assert.ok(covered.has('organisations') && covered.has('platform'), 'the matrices are found');
  const uncovered = registeredRoutes(env.app).filter((r) => !covered.has(r.module));
  assert.deepEqual(
    uncovered.map((r) => `${r.module}: ${r.method} ${r.url}`),
    [],
    'add a scope-matrix.test.ts to these modules (see packages/server/test/scope-matrix.ts)',
  );
});
