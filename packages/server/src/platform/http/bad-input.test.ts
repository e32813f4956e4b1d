// Nothing a user can send produces a 500, and a refused request writes nothing. Every route the app registers —
// of every module, so new endpoints are covered without being listed — receives malformed JSON, bodies of the
// wrong type, wrong field types, unknown and prototype-polluting fields, control characters, a body over the size
// limit, an unsupported content type, malformed path parameters and query strings. Each answer must be below 500
// and, when refused, follow the error contract { code, message } with a Chinese message and leave the audit trail
// untouched. Every answer, refused or not, carries Cache-Control: no-store.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { createTestEnv, sessionOf, signIn, type Session, type TestEnv } from '../../../test/helpers';
import { registeredRoutes } from './app';

let env: TestEnv;

before(async () => {
  env = await createTestEnv();
});
after(() => env.close());

// Sign-in writes its own trail on a failed attempt (a 401 is an audited event, not a half-write).
const writesWhenRefused = new Set(['POST /api/auth/login']);

const wrongTypes = {
  name: 123,
  code: {},
  regionCode: 159901,
  parentId: 5,
  parentCode: [],
  orgId: ['x'],
  kind: 1,
  username: null,
  password: 12345678,
  currentPassword: {},
  newPassword: [],
  role: 7,
  scope: true,
  displayName: [],
  idNumber: 110105,
  mobile: 13800000000,
  sortOrder: '1; DROP TABLE orgs',
  assignments: 'all',
  shortName: { $ne: null },
  uscc: -1,
  title: 1,
  body: [],
  status: {},
  date: 'not-a-date',
  year: 'MMXXVI',
};

// Right-to-left override, zero-width space, left-to-right isolate, zero-width joiner, BOM inside the text.
const INVISIBLE = ['\u202e', '\u200b', '\u2066', '\u200d', '\ufeff'];
const invisibleText = Object.fromEntries(
  [
    'name',
    'shortName',
    'displayName',
    'title',
    'body',
    'reason',
    'opinion',
    'note',
    'documentTitle',
    'requesterName',
    'contact',
    'reasons',
    'answer',
    'report',
    'conclusion',
    'meetingName',
    'numberPrefix',
    'source',
    'triggerLaw',
    'draftingExplanation',
    'shortenedReason',
    'earlyReason',
  ].map((field, i) => [field, `示范${INVISIBLE[i % INVISIBLE.length]}文本内容`]),
);

const bodies: { label: string; payload: string; type?: string }[] = [
  { label: 'malformed JSON', payload: '{"name": "示范' },
  { label: 'an array', payload: '[]' },
  { label: 'a string', payload: '"文本"' },
  { label: 'a number', payload: '42' },
  { label: 'null', payload: 'null' },
  { label: 'wrong field types', payload: JSON.stringify(wrongTypes) },
  { label: 'unknown fields only', payload: JSON.stringify({ zzz: 1, constructor: { prototype: { isAdmin: true } } }) },
  { label: 'a __proto__ key', payload: '{"__proto__": {"isAdmin": true}, "name": "x"}' },
  {
    label: 'control characters and a lone surrogate',
    payload: JSON.stringify({ name: 'a\u0000b', username: 'x\u0001', displayName: '\ud800', code: '\u0000' }),
  },
  { label: 'bidirectional and zero-width characters', payload: JSON.stringify(invisibleText) },
  { label: 'deep nesting', payload: '['.repeat(3000) + ']'.repeat(3000) },
  {
    label: 'very long strings',
    payload: JSON.stringify({ name: '长'.repeat(100_000), username: 'a'.repeat(100_000) }),
  },
  { label: 'over the size limit', payload: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }) },
  { label: 'an unsupported content type', payload: '<org/>', type: 'text/plain' },
];

// each body as the bytes it is sent as, built once: the sweep sends each some thousand times (the 3 MB body a
// string to encode on every request cost more than the server's refusal of it)
const sent = bodies.map((b) => ({ ...b, payload: Buffer.from(b.payload) }));

const paramValues = ['not-a-uuid', '%00', randomUUID(), 'a'.repeat(3000), '159901', '-1', '1e309'];
const badQuery = '?page=-1&pageSize=abc&from=yesterday&to=%00&regionCode=12&orgId=x&unread=maybe&q=' + 'q'.repeat(500);

function urlsFor(url: string): string[] {
  if (!url.includes(':') && !url.includes('*')) return [url];
  return paramValues.map((v) => url.replace(/:[A-Za-z]+|\*/g, encodeURIComponent(v).replace(/%25/g, '%')));
}

// Every write appends to a region's audit chain (an import's sub-chain ends in a seal event on it), and
// audit_heads holds each chain's last seq: unchanged heads prove a request wrote nothing. A few rows, where the
// count(*) of the whole log this replaced grew with every test's events and was the sweep's largest cost.
const auditHeads = async () =>
  (
    await sql<{ heads: string | null }>`SELECT string_agg(region_code || ':' || seq, ',' ORDER BY region_code) AS heads
      FROM audit_heads`.execute(env.services.db)
  ).rows[0]?.heads;

const hasChinese = (s: unknown) => typeof s === 'string' && /[\u4e00-\u9fff]/.test(s);

describe('nothing a user can send produces a 500', () => {
  test('the audit heads the sweep compares move with a refused request that writes its event', async () => {
    const before = await auditHeads();
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'demo.auditor', password: 'wrong-password' },
    });
    assert.equal(res.statusCode, 401);
    assert.notEqual(await auditHeads(), before, 'a failed sign-in is audited, so the heads must have moved');
  });

  test('every write route refuses malformed bodies with a 4xx in the error contract and writes nothing', async () => {
    const routes = registeredRoutes(env.app).filter((r) => !['GET', 'OPTIONS'].includes(r.method));
    assert.ok(routes.length >= 15, `found ${routes.length} write routes`);
    const problems: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      // a session of its own per route (a route may end it: sign-out), opened without a sign-in's password hash
      const s: Session = await sessionOf(env, 'demo.sysadmin');
      // the audit heads before each request: read after the previous one (nothing else writes meanwhile)
      let before = await auditHeads();
      for (const url of urlsFor(route.url)) {
        for (const b of sent) {
          const res = await env.app.inject({
            method: route.method as InjectOptions['method'],
            url,
            headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': b.type ?? 'application/json' },
            payload: b.payload,
          });
          const where = `${key} ← ${b.label} at ${url.slice(0, 80)}`;
          if (!String(res.headers['cache-control']).includes('no-store'))
            problems.push(`${where}: ${res.statusCode} without Cache-Control: no-store`);
          const after = await auditHeads();
          if (res.statusCode >= 500) {
            problems.push(`${where}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          } else if (res.statusCode >= 400) {
            const body = res.json() as { code?: unknown; message?: unknown };
            if (typeof body.code !== 'string' || !hasChinese(body.message))
              problems.push(`${where}: ${res.statusCode} without the error contract: ${res.body.slice(0, 200)}`);
            if (!writesWhenRefused.has(key) && after !== before)
              problems.push(`${where}: refused with ${res.statusCode} but wrote to the audit trail`);
          }
          before = after;
        }
      }
    }
    // Whatever the routes accepted, no invisible character sent to them was stored anywhere.
    const columns = await sql<{ table: string; column: string }>`
      SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb')`.execute(
      env.services.db,
    );
    for (const { table, column } of columns.rows) {
      const found = await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}
        WHERE ${sql.join(
          INVISIBLE.map((c) => sql`strpos(${sql.ref(column)}::text, ${c}) > 0`),
          sql` OR `,
        )}`.execute(env.services.db);
      if (Number(found.rows[0]?.n) > 0) problems.push(`${table}.${column} stores an invisible character`);
    }
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`);
  });

  test('the size limit answers 413 and an unsupported content type 415, both in Chinese', async () => {
    const s = await signIn(env.app, 'demo.sysadmin');
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
    const big = await env.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers,
      payload: JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }),
    });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().code, 'PAYLOAD_TOO_LARGE');
    const text = await env.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: { ...headers, 'content-type': 'application/xml' },
      payload: '<org/>',
    });
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().code, 'UNSUPPORTED_MEDIA_TYPE');
    const broken = await env.app.inject({ method: 'POST', url: '/api/orgs', headers, payload: '{"name": ' });
    assert.equal(broken.statusCode, 400);
    assert.ok(hasChinese(broken.json().message));
  });

  test('every read route answers malformed parameters and query strings below 500', async () => {
    const s = await signIn(env.app, 'demo.sysadmin');
    const problems: string[] = [];
    for (const route of registeredRoutes(env.app).filter((r) => r.method === 'GET')) {
      for (const url of urlsFor(route.url)) {
        const res = await env.app.inject({ method: 'GET', url: url + badQuery, headers: { cookie: s.cookie } });
        if (!String(res.headers['cache-control']).includes('no-store'))
          problems.push(`GET ${url.slice(0, 80)}: ${res.statusCode} without Cache-Control: no-store`);
        if (res.statusCode >= 500)
          problems.push(`GET ${url.slice(0, 80)}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400 && !hasChinese((res.json() as { message?: unknown }).message))
          problems.push(`GET ${url.slice(0, 80)}: ${res.statusCode} without a Chinese message`);
      }
    }
    assert.equal(problems.length, 0, `${problems.length} problems:\n${problems.slice(0, 40).join('\n')}`);
  });
});
