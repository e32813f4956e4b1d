// Test fixtures: a fresh database per test file cloned from the template, the real app on it, and sign-in helpers.
// Nothing is mocked: requests go through Fastify's inject into the same code paths as production.
import { clockFromEnv, pinnedClock, type Clock } from '../src/platform/clock';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { loadConfig } from '../src/platform/config';
import { createDb } from '../src/platform/db/connection';
import { createRegistry } from '../src/platform/modules/registry';
import { FieldCipher } from '../src/platform/crypto/sm';
import { loadAuditKey } from '../src/platform/audit/key';
import { buildApp } from '../src/platform/http/app';
import type { Services } from '../src/platform/services';
import { modules } from '../src/modules';
import { seedDemo } from '../src/modules/organisations/seed-demo';
import { ensureAdmin } from '../src/platform/bootstrap';
import { drainOutbox } from '../src/platform/jobs/outbox';
import { createSession } from '../src/platform/auth/sessions';
import { recordFileCpuAtExit } from './file-cpu';

recordFileCpuAtExit();

export const DEMO_PASSWORD = 'Demo#Pass2026';
export const ADMIN_PASSWORD = 'Admin#Pass2026';

export interface TestEnv {
  services: Services;
  app: FastifyInstance;
  dbName: string;
  dbUrl: string;
  adminUrl: string;
  close(): Promise<void>;
}

/**
 * The services of a test database: the run's audit key (FAZHI_AUDIT_KEY) and field-encryption key
 * (FAZHI_TEST_CIPHER_KEY, so that the demo template's encrypted fields read in every clone), a data directory of its
 * own, the demo and administrator passwords above.
 */
export function testServices(dbUrl: string, clock: Clock): Services {
  const config = {
    ...loadConfig({ FAZHI_AUDIT_KEY: process.env.FAZHI_AUDIT_KEY }),
    dataDir: mkdtempSync(join(tmpdir(), 'fazhi-test-')),
    demoPassword: DEMO_PASSWORD,
    adminPassword: ADMIN_PASSWORD,
    loginRateLimitPerMinute: 1000,
  };
  const cipherKey = process.env.FAZHI_TEST_CIPHER_KEY;
  const { db } = createDb(dbUrl, 5);
  return {
    config,
    db,
    registry: createRegistry(modules),
    cipher: new FieldCipher(cipherKey ? Buffer.from(cipherKey, 'hex') : randomBytes(32)),
    clock,
    // the harness's key (FAZHI_AUDIT_KEY), which sealed the template's events and which a spawned `fazhi` inherits
    auditKey: loadAuditKey(config.dataDir, config.auditKey),
  };
}

/** The platform administrator and the demo region, as every test database with the demo starts. */
export async function seedTestDatabase(services: Services, demo: boolean): Promise<void> {
  await ensureAdmin(services);
  if (demo) await seedDemo(services);
}

/**
 * A test database cloned from the template; `clock` fixes today for a test whose answers depend on the day.
 * The harness seeds the demo once into a second template (FAZHI_TEST_DEMO_TEMPLATE, on FAZHI_TEST_DEMO_DAY): a
 * database with the demo on the run's clock is cloned from it, which saves the seed's seconds in every file. A test
 * with a clock of its own (or once the day has turned since the harness seeded) clones the demo seeded on its day,
 * which the first file of the run to need that day seeds into a template of its own (`seededTemplateOf`).
 * `demoDay: 'run'`: the demo as the harness seeded it on the run's day, the app still on the test's clock — for a
 * test whose answers depend on the day but that needs only the demo's regions, units and people and removes or
 * ignores its dated records (the workbench's deadlines, the statistics' register), so no seed runs for its day.
 */
export async function createTestEnv(
  opts: { demo?: boolean; clock?: Clock; demoDay?: 'clock' | 'run' } = {},
): Promise<TestEnv> {
  const adminUrl = process.env.FAZHI_TEST_ADMIN_URL;
  const template = process.env.FAZHI_TEST_TEMPLATE;
  if (!adminUrl || !template)
    throw new Error('integration tests run through packages/server/test/run-integration.ts (npm test)');
  const demo = opts.demo !== false;
  const clock = opts.clock ?? clockFromEnv();
  const demoTemplate = process.env.FAZHI_TEST_DEMO_TEMPLATE;
  const dbName = `fazhi_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const source = !demo
    ? template
    : demoTemplate && (opts.demoDay === 'run' || (!opts.clock && process.env.FAZHI_TEST_DEMO_DAY === clock.today()))
      ? demoTemplate
      : await seededTemplateOf(admin, adminUrl, template, clock);
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${source}${cloneStrategy()}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const services = testServices(url.toString(), clock);
  const { db } = services;
  if (!demo) await seedTestDatabase(services, false);
  const app = await buildApp(services);
  return {
    services,
    app,
    dbName,
    dbUrl: url.toString(),
    adminUrl,
    close: async () => {
      await app.close();
      await db.destroy();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
      await c.end();
    },
  };
}

/**
 * How PostgreSQL (15 and later) copies the template: `FAZHI_TEST_CLONE_STRATEGY=FILE_COPY` (its files copied after
 * a checkpoint) or `WAL_LOG` (block by block through the shared buffers and the WAL, the default), for measuring
 * one against the other on the real files (docs/test-time-history.md); unset, the server's default.
 */
function cloneStrategy(): string {
  const strategy = process.env.FAZHI_TEST_CLONE_STRATEGY;
  if (!strategy) return '';
  if (strategy !== 'FILE_COPY' && strategy !== 'WAL_LOG')
    throw new Error(`FAZHI_TEST_CLONE_STRATEGY is FILE_COPY or WAL_LOG, not ${strategy}`);
  return ` STRATEGY ${strategy}`;
}

/** The name prefix of the templates seeded on a day of a test's own (`seededTemplateOf`); the harness drops them. */
export function seededTemplatePrefix(template: string): string {
  return `${template}_demo_on_`;
}

/**
 * The schema template with the demo seeded on the clock's day, seeded by the first file of the run that needs the
 * day and cloned by every later one: the demo seed's dates follow the day it is seeded on, and the seed costs some
 * seconds of CPU in the file and in PostgreSQL that each file with a pinned clock paid before (two normative
 * statistics files pin the same day; a copy of a module in the suite's rehearsal pins its original's). An advisory
 * lock on the template's name makes a second file wait for the seed under way rather than seed the day again. The
 * seed runs on a clock from the day's first instant in 北京时间, so no file's clock on that day (a pinned date starts
 * at 09:00) stands before the events it clones; the harness's own demo template, seeded on the run's timeline, would
 * stand after a file's clock pinned to the run's day and started later.
 */
async function seededTemplateOf(admin: pg.Client, adminUrl: string, template: string, clock: Clock): Promise<string> {
  const name = `${seededTemplatePrefix(template)}${clock.today().replaceAll('-', '')}`;
  await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const seeding = testServices(url.toString(), pinnedClock(new Date(`${clock.today()}T00:00:00+08:00`)));
      // a seed that failed leaves no half-seeded template for the next file to clone
      await seedTestDatabase(seeding, true)
        .finally(() => seeding.db.destroy())
        .catch(async (e: unknown) => {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          throw e;
        });
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
  }
  return name;
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'fazhi_session');
  return { cookie: `fazhi_session=${cookie?.value ?? ''}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
}

/**
 * A session of the user exactly as a sign-in opens it (the sessions row, its cookie and CSRF token), without the
 * sign-in: no password check — a deliberate argon2id hash, the largest part of a sign-in's CPU — and no login
 * audit event or login log row. For tests of what a signed-in person may do; tests of signing in use `signIn`.
 */
export async function sessionOf(env: TestEnv, username: string): Promise<Session> {
  const { token, csrfToken } = await createSession(env.services, await userId(env, username), null, null);
  return { cookie: `fazhi_session=${token}`, csrf: csrfToken };
}

export async function call(
  app: FastifyInstance,
  s: Session | null,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
) {
  const headers: Record<string, string> = {};
  if (s) {
    headers.cookie = s.cookie;
    headers['x-csrf-token'] = s.csrf;
  }
  return app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
  });
}

export async function orgId(env: TestEnv, name: string): Promise<string> {
  const row = await env.services.db.selectFrom('orgs').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

export async function userId(env: TestEnv, username: string): Promise<string> {
  const row = await env.services.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Signs in the platform administrator created at first start (its first-sign-in password change is skipped). */
export async function signInPlatformAdmin(env: TestEnv): Promise<Session> {
  await env.services.db
    .updateTable('users')
    .set({ must_change_password: false })
    .where('username', '=', 'admin')
    .execute();
  return signIn(env.app, 'admin', ADMIN_PASSWORD);
}

/**
 * The demo region sets its own statutory periods where the law lets a locality differ (a 5-day normative-document
 * filing period, seed 000 (五)). Tests of the national defaults remove those settings first.
 */
export async function useNationalPeriods(env: TestEnv): Promise<void> {
  await env.services.db.deleteFrom('region_settings').where('key', 'like', 'deadline.rule.%').execute();
}

/**
 * The demo seed tells people what awaits them (after its outbox events are handled). Tests that count a person's
 * notifications start from empty inboxes: the seed's events are handled first, then the inboxes are cleared.
 */
export async function emptyInboxes(env: TestEnv): Promise<void> {
  await drainOutbox(env.services);
  await env.services.db.deleteFrom('notifications').execute();
}

/**
 * The demo seed's records carry open statutory deadlines. Tests that count the deadlines a calendar change moves or a
 * sweep warns about start with none but their own.
 */
export async function withoutSeedDeadlines(env: TestEnv): Promise<void> {
  await env.services.db.deleteFrom('deadlines').execute();
}
