import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import { enableCopyFrom } from './copy';
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
  pool.on('connect', prepareRepeatedStatements);
  pool.on('connect', enableCopyFrom);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}

/** At most this many statements a connection keeps prepared, and only statements up to this length. */
const PREPARED_PER_CONNECTION = 400;
const PREPARED_MAX_LENGTH = 1500;

/**
 * Kysely sends every statement unnamed, so PostgreSQL parses, analyses and plans it anew on each call: for the short
 * statements a request repeats (the session's lookup, the audit chain's head and append, a record by its id) the
 * planning took longer than the execution (pg_stat_statements with track_planning, 2026-12-07: 2.8 s planning against
 * 2.6 s executing outside DDL). A connection therefore names each short parameterised statement the first time it
 * sends it (a prepared statement of that connection, kept for its life), and later calls only bind and execute it;
 * PostgreSQL plans the first five calls for their values and then keeps a generic plan when it costs no more.
 * Long statements (the statistics, the search) stay unnamed: their plans depend on the values (a period, a filter),
 * and they are few. A connection prepares at most PREPARED_PER_CONNECTION statements, which bounds the memory each
 * backend holds; later ones are sent unnamed as before. Prepared statements outlive a rolled-back transaction (they
 * are not transactional) and are replanned by PostgreSQL when a table they read changes; only a changed result
 * type (a `SELECT *` over a table whose columns changed under a live connection) is refused: the statement is then
 * sent again unnamed and prepared anew under a new name on its next call.
 */
function prepareRepeatedStatements(client: pg.PoolClient): void {
  const names = new Map<string, string>();
  let next = 0;
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const named = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && next < PREPARED_PER_CONNECTION) {
      name = `fazhi_${next++}`;
      names.set(text, name);
    }
    return name;
  };
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [text, values, callback] = args;
    if (
      typeof text !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      callback !== undefined ||
      text.length > PREPARED_MAX_LENGTH
    )
      return query(...args);
    const name = named(text);
    if (name === undefined) return query(...args);
    return query({ name, text, values }).catch(async (e: unknown) => {
      if ((e as { code?: string }).code !== '0A000') throw e;
      // "cached plan must not change result type": forget the name, so that the statement is prepared anew, and
      // send it once more unnamed — which answers outside a transaction; inside one, the first error stands
      if (names.get(text) === name) names.delete(text);
      return query(text, values).catch(() => Promise.reject(e));
    });
  };
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
