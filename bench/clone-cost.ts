// What a test file's database costs PostgreSQL: the clone of the demo template (CREATE DATABASE … TEMPLATE, as
// packages/server/test/helpers.ts makes one per test file), a first read of every table in it, and the drop — for
// each clone strategy and cluster setting named, on a private throwaway cluster (.fazhi-test/clone-bench) with the
// same demo template the integration harness seeds, some clones at a time (each with a few hundred small commits),
// as the harness runs several files at once. The variants run in alternating rounds (A B C A B C …), each
// on the cluster restarted with its settings, and the CPU counted is PostgreSQL's alone (the postmaster's reaped
// children and its processes still running, from /proc), user and sys apart, per clone.
//   node --import tsx bench/clone-cost.ts [--clones 10] [--rounds 3] [--parallel 4] [--commits 300] [--data-dir d]
//     [variant …]
// A variant is `name=STRATEGY[,setting=value…]`, e.g. `wal=WAL_LOG file=FILE_COPY min=WAL_LOG,wal_level=minimal,
// max_wal_senders=0`; without variants, the two strategies at the harness's settings.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedServer } from '../packages/server/src/platform/db/embedded';
import { createDb } from '../packages/server/src/platform/db/connection';
import { createRegistry } from '../packages/server/src/platform/modules/registry';
import { prepareDatabase } from '../packages/server/src/platform/bootstrap';
import { modules } from '../packages/server/src/modules';
import { clockFromEnv } from '../packages/server/src/platform/clock';
import { auditKeyOf } from '../packages/server/src/platform/audit/key';
import { freePort } from '../packages/server/test/free-port';
import { seedTestDatabase, testServices } from '../packages/server/test/helpers';
import { liveChildrenCpuTimes, treeCpuTimes } from '../scripts/stage-timing.mjs';

interface Variant {
  name: string;
  strategy: string;
  settings: Record<string, string>;
}

const args = process.argv.slice(2);
const numberArg = (flag: string, fallback: number) => {
  const at = args.indexOf(flag);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const clones = numberArg('--clones', 10);
const rounds = numberArg('--rounds', 3);
/** clones at a time, as the harness runs four files at a time */
const parallel = numberArg('--parallel', 4);
/** small transactions a clone commits, as a file's requests do (each an audit event, a record) */
const commits = numberArg('--commits', 300);
const dirAt = args.indexOf('--data-dir');
/** the cluster's directory: by default in the worktree's .fazhi-test, `--data-dir` for another file system */
const dataDir =
  dirAt >= 0
    ? String(args.splice(dirAt, 2)[1])
    : join(new URL('..', import.meta.url).pathname, '.fazhi-test', 'clone-bench');
const template = 'clone_bench_tpl';
const variants: Variant[] = (args.length ? args : ['wal=WAL_LOG', 'file=FILE_COPY']).map((spec) => {
  const eq = spec.indexOf('=');
  const [name, rest] = eq < 0 ? [spec, ''] : [spec.slice(0, eq), spec.slice(eq + 1)];
  const [strategy = 'WAL_LOG', ...pairs] = rest.split(',');
  return { name, strategy, settings: Object.fromEntries(pairs.map((p) => p.split('=', 2) as [string, string])) };
});

function pgCpu(postmaster: number): { user: number; sys: number } {
  const own = treeCpuTimes(postmaster) ?? { user: 0, sys: 0 };
  const live = liveChildrenCpuTimes(postmaster);
  return {
    user: own.user + live.reduce((s, c) => s + c.user, 0),
    sys: own.sys + live.reduce((s, c) => s + c.sys, 0),
  };
}

async function start(settings: Record<string, string>): Promise<EmbeddedServer> {
  return startEmbeddedPostgres(dataDir, await freePort(), { throwaway: true, unixSocket: true, settings });
}

async function buildTemplate(server: EmbeddedServer): Promise<void> {
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8'`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${template}`;
  const scratch = new pg.Client({ connectionString: url.toString() });
  await scratch.connect();
  await scratch.query('CREATE TABLE clone_bench_rows (id serial PRIMARY KEY, v text NOT NULL)');
  await scratch.end();
  const { db } = createDb(url.toString(), 1);
  process.env.FAZHI_AUDIT_KEY ||= randomBytes(32).toString('hex');
  process.env.FAZHI_TEST_CIPHER_KEY ||= randomBytes(32).toString('hex');
  const env = { clock: clockFromEnv(), auditKey: auditKeyOf(Buffer.from(process.env.FAZHI_AUDIT_KEY, 'hex')) };
  await prepareDatabase(db, createRegistry(modules), env, mkdtempSync(join(tmpdir(), 'fazhi-clone-bench-')));
  await db.destroy();
  const seeding = testServices(url.toString(), clockFromEnv());
  await seedTestDatabase(seeding, true);
  await seeding.db.destroy();
}

/** One clone as a test file has it: created, every table read once (a file's first requests), dropped. */
async function oneClone(adminUrl: string, strategy: string): Promise<void> {
  const name = `clone_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template} STRATEGY ${strategy}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  const { rows } = await c.query<{ t: string }>(
    `SELECT quote_ident(schemaname) || '.' || quote_ident(relname) AS t FROM pg_stat_user_tables`,
  );
  for (const { t } of rows) await c.query(`SELECT count(*) FROM ${t}`);
  for (let i = 0; i < commits; i++) await c.query('INSERT INTO clone_bench_rows (v) VALUES ($1)', [`row ${i}`]);
  await c.end();
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
}

const totals = new Map<string, { user: number; sys: number; wall: number }[]>();
let server = await start({});
await buildTemplate(server);
const size = new pg.Client({ connectionString: server.url });
await size.connect();
const { rows: sized } = await size.query<{ size: string; rels: string }>(
  `SELECT pg_size_pretty(pg_database_size('${template}')) AS size,
     (SELECT count(*) FROM pg_stat_user_tables) AS rels`,
);
await size.end();
console.log(`template ${template}: ${sized[0]?.size ?? '?'}; ${clones} clones a variant a round, ${rounds} rounds`);
for (let round = 1; round <= rounds; round++) {
  for (const v of variants) {
    await server.stop();
    server = await start(v.settings);
    // one clone before the count: the restarted cluster's caches warm as a running stage's are
    await oneClone(server.url, v.strategy);
    const before = pgCpu(server.pid);
    const t0 = performance.now();
    const url = server.url;
    await Promise.all(
      Array.from({ length: parallel }, async (_, w) => {
        for (let i = w; i < clones; i += parallel) await oneClone(url, v.strategy);
      }),
    );
    const after = pgCpu(server.pid);
    const r = { user: after.user - before.user, sys: after.sys - before.sys, wall: (performance.now() - t0) / 1000 };
    totals.set(v.name, [...(totals.get(v.name) ?? []), r]);
    console.log(
      `round ${round} ${v.name.padEnd(12)} ${((r.user + r.sys) / clones).toFixed(3)} CPU-s a clone ` +
        `(${(r.user / clones).toFixed(3)} user, ${(r.sys / clones).toFixed(3)} sys), ${(r.wall / clones).toFixed(2)} s wall`,
    );
  }
}
await server.stop();
console.log('\nper clone, median of the rounds (PostgreSQL user + sys):');
for (const v of variants) {
  const rs = totals.get(v.name) ?? [];
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const all = median(rs.map((r) => (r.user + r.sys) / clones));
  console.log(
    `  ${v.name.padEnd(12)} ${all.toFixed(3)} CPU-s (user ${median(rs.map((r) => r.user / clones)).toFixed(3)}, ` +
      `sys ${median(rs.map((r) => r.sys / clones)).toFixed(3)}) ${v.strategy} ${JSON.stringify(v.settings)}`,
  );
}
