// The sign-in rate limit holds across server processes: two app instances on one database share the counters.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { createTestEnv, DEMO_PASSWORD, type TestEnv } from '../../../test/helpers';
import { buildApp } from './app';
import { consumeRateLimit } from './rate-limit';

let env: TestEnv;
let serverA: FastifyInstance;
let serverB: FastifyInstance;

before(async () => {
  env = await createTestEnv();
  // Two "servers": separate Fastify instances (as separate processes would be), same PostgreSQL, limit 3/minute.
  const services = { ...env.services, config: { ...env.services.config, loginRateLimitPerMinute: 3 } };
  serverA = await buildApp(services);
  serverB = await buildApp(services);
});
after(async () => {
  await serverA.close();
  await serverB.close();
  await env.close();
});

const login = (app: FastifyInstance, ip: string, username = 'nobody.at.all') =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    payload: { username, password: 'Wrong#Pass1' },
  });

describe('sign-in rate limit shared through PostgreSQL', () => {
  test('attempts spread over two servers count together, and the fourth in a minute is refused with 429', async () => {
    assert.equal((await login(serverA, '203.0.113.7')).statusCode, 401);
    assert.equal((await login(serverB, '203.0.113.7')).statusCode, 401);
    assert.equal((await login(serverA, '203.0.113.7')).statusCode, 401);
    const refused = await login(serverB, '203.0.113.7');
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.json().code, 'RATE_LIMITED');
    assert.match(refused.json().message, /秒后再试/);
    assert.ok(Number(refused.headers['retry-after']) >= 1);
    // Even the right password of a real account is refused while limited, and the refusal touches no account.
    const real = await serverA.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '203.0.113.7',
      payload: { username: 'demo.officer', password: DEMO_PASSWORD },
    });
    assert.equal(real.statusCode, 429);
  });

  test('another client address is not affected', async () => {
    // another name too: five failures of one name lock it (login.ts), whichever address they come from
    assert.equal((await login(serverB, '198.51.100.20', 'somebody.else')).statusCode, 401);
  });

  test('the limit lifts once the window has passed', async () => {
    await sql`UPDATE rate_limit_hits SET window_start = window_start - interval '5 minutes'
              WHERE key = 'login:203.0.113.7'`.execute(env.services.db);
    assert.equal((await login(serverA, '203.0.113.7')).statusCode, 401);
  });

  test('the previous window still weighs on the estimate (no burst of twice the limit at a window edge)', async () => {
    const key = 'probe:edge';
    await sql`INSERT INTO rate_limit_hits (key, window_start, hits, expires_at)
              VALUES (${key}, to_timestamp(floor(extract(epoch FROM now()) / 3600) * 3600) - interval '1 hour', 100,
                      now() + interval '2 hours')`.execute(env.services.db);
    // A hundred hits in the previous hour-long window weigh (1 - elapsed/3600) × 100: more than the limit of 5
    // until the last ten minutes of the current hour.
    const r = await consumeRateLimit(env.services.db, key, 5, 3600);
    const elapsed = (Date.now() / 1000) % 3600;
    if (elapsed < 3000) {
      assert.equal(r.allowed, false);
      assert.ok(r.count > 5);
    }
    const fresh = await consumeRateLimit(env.services.db, 'probe:fresh', 5, 3600);
    assert.deepEqual(fresh, { allowed: true, count: 1, retryAfterSeconds: 0 });
  });
});

describe('public reads: a limit for a crowd behind one address (FAZHI_PUBLIC_READ_RATE_LIMIT)', () => {
  const catalogue = (app: FastifyInstance, ip: string) =>
    app.inject({ method: 'GET', url: '/api/public/normative-documents?pageSize=1', remoteAddress: ip });

  test('by default a school or office behind one NAT reads the catalogue far past the old 120 a minute', async () => {
    const app = await buildApp(env.services);
    try {
      assert.equal(env.services.config.publicReadRateLimitPerMinute, 1200);
      for (let i = 0; i < 150; i++)
        assert.equal((await catalogue(app, '192.0.2.50')).statusCode, 200, `request ${i + 1}`);
    } finally {
      await app.close();
    }
  });

  test('the configured limit holds for every public read: the catalogue, the portal search, the deadline rules', async () => {
    const app = await buildApp({
      ...env.services,
      config: { ...env.services.config, publicReadRateLimitPerMinute: 3 },
    });
    try {
      for (const url of [
        '/api/public/normative-documents',
        '/api/public/search?q=管理',
        '/api/public/deadline-rules',
      ]) {
        for (let i = 0; i < 3; i++)
          assert.equal((await app.inject({ url, remoteAddress: '192.0.2.60' })).statusCode, 200, url);
        const refused = await app.inject({ url, remoteAddress: '192.0.2.60' });
        assert.equal(refused.statusCode, 429, url);
        // another address reads on
        assert.equal((await app.inject({ url, remoteAddress: '192.0.2.61' })).statusCode, 200, url);
      }
    } finally {
      await app.close();
    }
  });
});
