// Every operation of the OpenAPI document at /api/docs declares its answer: a JSON schema for its success (or the
// content type of the file it sends) and the error contract for 4xx and 5xx. A route added without a contract
// (packages/server/src/platform/http/contract.ts) fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestEnv, type TestEnv } from '../../../test/helpers';

let env: TestEnv;
before(async () => {
  env = await createTestEnv({ demo: false });
});
after(() => env.close());

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}

const binaryTypes = /^application\/(pdf|octet-stream|vnd\.openxmlformats-officedocument\.)|^text\/csv/;

test('every operation in the OpenAPI document declares its success schema and the error contract', async () => {
  const res = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json() as { paths: Record<string, Record<string, Operation>> };
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
