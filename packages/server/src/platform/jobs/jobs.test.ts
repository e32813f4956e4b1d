// The outbox relay and the pg-boss runner on a real PostgreSQL: what a committed transaction emits reaches its
// module's handler once, what a rolled-back one emits never does, and a failing handler is retried with its error
// kept next to the event.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestEnv, type TestEnv } from '../../../test/helpers';
import { modules } from '../../modules';
import { createRegistry } from '../modules/registry';
import type { ModuleManifest } from '../modules/manifest';
import { defineEvents, type TypedEvent } from '../modules/catalogue';
import { z } from 'zod';
import type { Services } from '../services';
import { inWriteTransaction } from '../write';
import { startJobRunner, type JobRunner } from './runner';
import { drainOutbox } from './outbox';

let env: TestEnv;
let services: Services;
let runner: JobRunner;
const seen: TypedEvent<{ n: number }>[] = [];
let flakyFailuresLeft = 1;

const probePayload = z.object({ n: z.number() });
const probeEvents = defineEvents('jobs_probe', {
  'probe.happened': probePayload,
  'probe.flaky': probePayload,
  'probe.broken': probePayload,
});
type ProbeType = keyof typeof probeEvents.schemas;

const probeModule: ModuleManifest = {
  id: 'jobs_probe',
  name: '任务测试探针',
  actions: {},
  auditEvents: { 'probe.written': '测试写入' },
  events: probeEvents,
  eventHandlers: probeEvents.handlers({
    'probe.happened': async (_s, e) => {
      seen.push(e);
    },
    'probe.flaky': async (_s, e) => {
      if (flakyFailuresLeft > 0) {
        flakyFailuresLeft--;
        throw new Error('下游服务暂时不可用');
      }
      seen.push(e);
    },
    'probe.broken': async () => {
      throw new Error('处理程序始终失败');
    },
  }),
};

const emit = (type: ProbeType, payload: { n: number }, rollback = false) =>
  inWriteTransaction(services, { actor: null, ip: null }, async (w) => {
    await w.audit({
      regionCode: '159901',
      action: 'probe.written',
      subjectType: 'probe',
      subjectId: null,
      summary: type,
    });
    await w.emit(probeEvents, '159901', type, payload);
    if (rollback) throw new Error('rolled back on purpose');
  });

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const deliveriesOf = (type: string) =>
  services.db
    .selectFrom('outbox_deliveries as d')
    .innerJoin('outbox_events as e', (j) =>
      j.onRef('e.region_code', '=', 'd.region_code').onRef('e.id', '=', 'd.event_id'),
    )
    .select(['d.attempts', 'd.delivered_at', 'd.last_error', 'e.last_error as event_error', 'e.dispatched_at'])
    .where('e.type', '=', type)
    .execute();

before(async () => {
  env = await createTestEnv({ demo: true });
  services = { ...env.services, registry: createRegistry([...modules, probeModule]) };
  runner = await startJobRunner(services, env.dbUrl, {
    relayIntervalMs: 100,
    pollingIntervalSeconds: 0.5,
    retryLimit: 2,
    retryDelaySeconds: 1,
  });
});
after(async () => {
  await runner.stop();
  await env.close();
});

describe('outbox relay and job runner', () => {
  test('an event of a committed transaction reaches its handler after commit, exactly once', async () => {
    await emit('probe.happened', { n: 1 });
    const e = await until('delivery', () => seen.find((x) => x.payload.n === 1));
    assert.equal(e.type, 'probe.happened');
    assert.equal(e.regionCode, '159901');
    // Give the relay and the workers several more cycles: nothing is delivered a second time.
    await runner.relayNow();
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(seen.filter((x) => x.payload.n === 1).length, 1);
    const [d] = await deliveriesOf('probe.happened');
    assert.equal(d?.attempts, 1);
    assert.ok(d?.delivered_at && d.dispatched_at);
  });

  test('an event of a rolled-back transaction is never delivered', async () => {
    await assert.rejects(emit('probe.happened', { n: 2 }, true), /rolled back on purpose/);
    await emit('probe.happened', { n: 3 }); // a later committed event proves the relay ran past it
    await until('the later event', () => seen.find((x) => x.payload.n === 3));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(seen.filter((x) => x.payload.n === 2).length, 0);
    const stored = await services.db.selectFrom('outbox_events').select('payload').execute();
    assert.ok(!stored.some((s) => s.payload.n === 2), 'the rolled-back event was never stored');
  });

  test('a failing handler is retried and its error recorded; once it succeeds it is not run again', async () => {
    await emit('probe.flaky', { n: 4 });
    await until('the retried delivery', () => seen.find((x) => x.payload.n === 4));
    const [d] = await until('the delivery record', async () => {
      const rows = await deliveriesOf('probe.flaky');
      return rows[0]?.delivered_at ? rows : undefined;
    });
    assert.equal(d?.attempts, 2);
    assert.equal(d?.last_error, '下游服务暂时不可用');
    assert.match(d?.event_error ?? '', /jobs_probe: 下游服务暂时不可用/);
    assert.equal(seen.filter((x) => x.payload.n === 4).length, 1);
  });

  test('a handler that keeps failing stops after the retry limit, undelivered, with its error', async () => {
    await emit('probe.broken', { n: 5 });
    const [d] = await until(
      'the last retry',
      async () => {
        const rows = await deliveriesOf('probe.broken');
        return (rows[0]?.attempts ?? 0) >= 3 ? rows : undefined;
      },
      30000,
    );
    await new Promise((r) => setTimeout(r, 2500));
    const [final] = await deliveriesOf('probe.broken');
    assert.equal(final?.attempts, 3, 'one run and two retries');
    assert.equal(final?.delivered_at, null);
    assert.equal(d?.last_error, '处理程序始终失败');
    const health = await env.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(health.json().jobs.failedDeliveries, 1, 'the health check reports the undelivered event');
  });

  test('drainOutbox runs pending handlers in-process and skips what was already delivered', async () => {
    await runner.stop();
    await emit('probe.happened', { n: 6 });
    assert.equal(seen.filter((x) => x.payload.n === 6).length, 0, 'nothing runs before the drain');
    assert.ok((await drainOutbox(services)) >= 1);
    assert.equal(seen.filter((x) => x.payload.n === 6).length, 1);
    await drainOutbox(services);
    assert.equal(seen.filter((x) => x.payload.n === 6).length, 1);
    runner = await startJobRunner(services, env.dbUrl, { relayIntervalMs: 100, pollingIntervalSeconds: 0.5 });
  });

  test('an event is handled as soon as it is relayed, not on the workers’ next poll (half a minute when idle)', async () => {
    await runner.stop();
    // the workers' own polling interval, as a server runs them: after their first look they sleep 30 s
    runner = await startJobRunner(services, env.dbUrl, { relayIntervalMs: 100 });
    await new Promise((r) => setTimeout(r, 1000));
    await emit('probe.happened', { n: 7 });
    // well inside the 30 s the worker would sleep: without the relay's wake-up this times out
    await until('the woken worker', () => seen.find((x) => x.payload.n === 7), 20_000);
  });
});
