import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import type { Database } from './schema';
import { startEmbeddedPostgres } from './embedded';

// bigint (int8) columns arrive as strings by default; counts and sequence numbers here stay far below 2^53.
pg.types.setTypeParser(20, (v: string) => v);
// DATE columns stay 'YYYY-MM-DD' strings: a legal date has no time zone, and converting it to a JS Date would
// shift it by the server's offset.
pg.types.setTypeParser(1082, (v: string) => v);

export type Db = Kysely<Database>;

export function createDb(url: string, max = 10): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined); // idle-client errors surface on the next query instead of crashing
  // A client checked out for a transaction has no pool listener: when PostgreSQL ends its connection (57P01 on a
  // fast shutdown or restart) the 'error' event would end the process. The query in flight is rejected anyway and
  // the request answers 503 (http/errors.ts); the pool discards the broken client on release.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded server in the data directory, with a `fazhi` database. */
export async function provisionDatabase(
  config: Config,
  /** adopt: the CLI runs beside a server on the same data directory, using its postmaster */
  opts: { log?: boolean; adopt?: boolean } = {},
): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres(config.dataDir, config.embeddedPort, opts);
  await ensureDatabase(server.url, 'fazhi');
  const url = new URL(server.url);
  url.pathname = '/fazhi';
  return { url: url.toString(), embedded: true, stop: server.stop };
}

export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      const tpl = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${tpl} ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}
