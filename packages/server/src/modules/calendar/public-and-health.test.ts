// The public deadline calculator (no sign-in, rate-limited) and the calendar's part of GET /api/health.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, createTestEnv, useNationalPeriods, signIn, type TestEnv } from '../../../test/helpers';
import { statuteCatalogue } from '@fazhi/core/calendar';
import { buildApp } from '../../platform/http/app';
import { calendarHealth } from './queries/health';
import { addLocalHoliday } from './commands/add-local-holiday';

let env: TestEnv;

before(async () => {
  env = await createTestEnv();
  await useNationalPeriods(env);
});
after(() => env.close());

describe('public deadline calculator', () => {
  test('lists the statute catalogue with Chinese labels and groups', async () => {
    const res = await call(env.app, null, 'GET', '/api/public/deadline-rules');
    assert.equal(res.statusCode, 200);
    const items = (res.json() as { items: { id: string; module: string; amountLabel: string; basis: string }[] }).items;
    // every rule but a term of validity, whose length is a region setting and not a period the public counts
    assert.equal(items.length, statuteCatalogue.filter((r) => !r.validity).length);
    const review = items.find((r) => r.id === 'reconsideration.acceptance-review');
    assert.equal(review?.module, '行政复议');
    assert.equal(review?.amountLabel, '5个工作日');
    assert.match(review?.basis ?? '', /行政复议法/);
  });

  test('computes a deadline with its explanation, without a session', async () => {
    const res = await call(env.app, null, 'GET', '/api/public/deadline?rule=normative.filing&from=2025-09-26');
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json() as { due: string; explanation: string[]; provisional: boolean; basis: string };
    assert.equal(r.due, '2025-10-11');
    assert.equal(r.provisional, false);
    assert.ok(r.explanation.length > 1);
  });

  test('takes pauses, an extension and a region with its local holiday', async () => {
    const paused = await call(
      env.app,
      null,
      'GET',
      '/api/public/deadline?rule=disclosure.reply&from=2025-03-03&pause=2025-03-05..2025-03-11&extended=true',
    );
    assert.equal(paused.statusCode, 200, paused.body);
    const plain = await call(env.app, null, 'GET', '/api/public/deadline?rule=disclosure.reply&from=2025-03-03');
    assert.ok((paused.json() as { due: string }).due > (plain.json() as { due: string }).due);

    await addLocalHoliday(
      env.services,
      { actor: null, ip: null },
      {
        regionCode: '159901',
        name: '示范节（演示）',
        from: '2025-10-13',
        to: '2025-10-13',
        makeUpWorkdays: [],
        source: '测试',
      },
    );
    const local = await call(
      env.app,
      null,
      'GET',
      '/api/public/deadline?rule=normative.filing&from=2025-09-28&region=159901001',
    );
    const national = await call(env.app, null, 'GET', '/api/public/deadline?rule=normative.filing&from=2025-09-28');
    assert.equal((national.json() as { due: string }).due, '2025-10-13');
    assert.equal((local.json() as { due: string }).due, '2025-10-14');
  });

  test('unknown rule → 404 RULE_NOT_FOUND; malformed date → 400 naming the field; all in Chinese', async () => {
    const unknown = await call(env.app, null, 'GET', '/api/public/deadline?rule=no.such&from=2025-09-26');
    assert.equal(unknown.statusCode, 404);
    assert.equal((unknown.json() as { code: string }).code, 'RULE_NOT_FOUND');
    assert.match((unknown.json() as { message: string }).message, /不存在/);
    const bad = await call(env.app, null, 'GET', '/api/public/deadline?rule=normative.filing&from=2025-02-30');
    assert.equal(bad.statusCode, 400);
    const err = bad.json() as { message: string; fields: { path: string }[] };
    assert.ok(err.fields.some((f) => f.path === 'from'));
    assert.match(err.message, /起算日期/);
    const badPause = await call(
      env.app,
      null,
      'GET',
      '/api/public/deadline?rule=disclosure.reply&from=2025-03-03&pause=2025-03',
    );
    assert.equal(badPause.statusCode, 400);
    const notPausable = await call(
      env.app,
      null,
      'GET',
      '/api/public/deadline?rule=normative.filing&from=2025-03-03&pause=2025-03-05..2025-03-06',
    );
    assert.equal(notPausable.statusCode, 422);
    const noRegion = await call(
      env.app,
      null,
      'GET',
      '/api/public/deadline?rule=normative.filing&from=2025-03-03&region=159977',
    );
    assert.equal(noRegion.statusCode, 404);
  });

  test('is rate-limited per client (429 with a Chinese message)', async () => {
    // the portal's read limit per address (FAZHI_PUBLIC_READ_RATE_LIMIT), passed by a few requests
    const limit = env.services.config.publicReadRateLimitPerMinute;
    let last = 0;
    for (let i = 0; i < limit + 10 && last !== 429; i++) {
      last = (await env.app.inject({ method: 'GET', url: '/api/public/deadline-rules', remoteAddress: '10.9.9.9' }))
        .statusCode;
    }
    assert.equal(last, 429);
    const res = await env.app.inject({ method: 'GET', url: '/api/public/deadline-rules', remoteAddress: '10.9.9.9' });
    assert.match((res.json() as { message: string }).message, /请求过于频繁/);
  });
});

describe('API documentation', () => {
  test('the OpenAPI document describes the calendar, workbench and public endpoints', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    for (const p of ['/api/calendar/years/{year}', '/api/workbench', '/api/public/deadline', '/api/notifications'])
      assert.ok(paths.includes(p), p);
  });
});

describe('calendar health', () => {
  test('reports the years loaded and warns from 1 December when next year is missing', async () => {
    assert.deepEqual(await calendarHealth(env.services.db, '2026-11-30'), {
      firstYear: 2020,
      lastYear: 2026,
      warning: null,
    });
    const december = await calendarHealth(env.services.db, '2026-12-01');
    assert.match(december.warning ?? '', /尚未载入2027年节假日安排/);
    assert.match((await calendarHealth(env.services.db, '2027-03-01')).warning ?? '', /未载入2027年/);
  });

  test('GET /api/health carries it with an injected date', async () => {
    const app = await buildApp(env.services, { calendar: (s) => calendarHealth(s.db, '2026-12-01') });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      const body = res.json() as { calendar: { lastYear: number; warning: string } };
      assert.equal(body.calendar.lastYear, 2026);
      assert.match(body.calendar.warning, /2027/);
    } finally {
      await app.close();
    }
    // A signed-in session is not needed, and the normal test app has no calendar probe injected.
    assert.ok(await signIn(env.app, 'demo.legal'));
  });
});
