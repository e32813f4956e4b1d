// Browser journeys: build the web bundle if stale, start PostgreSQL (embedded, or DATABASE_URL) with a fresh
// database, migrate it, seed the demo region with known passwords, start the real server on a free port, then run
// every journey (one file per user story, e2e/*.journey.ts) with node:test driving Debian's chromium through
// playwright-core. The output ends with node:test's summary ("ℹ pass N" / "ℹ fail N").
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../packages/server/src/platform/config';
import { ensureAdmin, openPlatform } from '../packages/server/src/platform/bootstrap';
import { buildApp } from '../packages/server/src/platform/http/app';
import { startEmbeddedPostgres } from '../packages/server/src/platform/db/embedded';
import { modules } from '../packages/server/src/modules';
import { seedDemo } from '../packages/server/src/modules/organisations/seed-demo';
import { seedJourneyFixtures } from './fixtures';
import { buildWebIfStale } from '../scripts/build-web.mjs';
import { freePort } from '../packages/server/test/free-port';

const root = new URL('..', import.meta.url).pathname;
const ADMIN_PASSWORD = 'Admin#E2e2026';
const DEMO_PASSWORD = 'Demo#E2e2026';

async function main() {
  buildWebIfStale({ quiet: true });
  let adminUrl = process.env.DATABASE_URL;
  let stopPg = async () => undefined as void;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres(join(root, '.fazhi-test', 'e2e'), await freePort());
    adminUrl = server.url;
    stopPg = server.stop;
  }
  const dbName = `fazhi_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${dbName} ENCODING 'UTF8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;

  const port = await freePort();
  const dataDir = join(root, '.fazhi-test', `e2e-data-${process.pid}`);
  mkdirSync(dataDir, { recursive: true });
  const config = {
    ...loadConfig({}),
    port,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: url.toString(),
    adminPassword: ADMIN_PASSWORD,
    demoPassword: DEMO_PASSWORD,
    loginRateLimitPerMinute: 1000,
    jobs: false,
  };
  const platform = await openPlatform(config, modules);
  await ensureAdmin(platform.services);
  await seedDemo(platform.services);
  await seedJourneyFixtures(platform.services);
  const app = await buildApp(platform.services);
  await app.listen({ port, host: '127.0.0.1' });

  const journeys = readdirSync(join(root, 'e2e'))
    .filter((n) => n.endsWith('.journey.ts'))
    // `node --import tsx e2e/run.ts locked` runs only the journeys whose file name contains "locked"
    .filter((n) => process.argv.length <= 2 || process.argv.slice(2).some((a) => n.includes(a)))
    .sort()
    .map((n) => join('e2e', n));
  // Asynchronous: the server answers the browser from this process while the journeys run.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-timeout=180000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      ...journeys,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        FAZHI_E2E_BASE_URL: `http://127.0.0.1:${port}`,
        FAZHI_E2E_ADMIN_PASSWORD: ADMIN_PASSWORD,
        FAZHI_E2E_DEMO_PASSWORD: DEMO_PASSWORD,
        FAZHI_E2E_DATABASE_URL: url.toString(),
        // the server's data directory: its audit key and checkpoint (the console's chain check reads the checkpoint)
        FAZHI_E2E_DATA_DIR: dataDir,
      },
    },
  );
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  await app.close();
  await platform.close();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  await admin.end();
  await stopPg();
  process.exit(status);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
