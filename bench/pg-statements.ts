// What the integration stage's PostgreSQL spends its time on: the statements pg_stat_statements counted on the test
// cluster (.fazhi-test/pg, or in memory: throwawayClusterDir), after a run with FAZHI_PG_STATS=1
// (platform/db/embedded.ts), by total execution time.
//   FAZHI_PG_STATS=1 node --import tsx packages/server/test/run-integration.ts <files…>
//   node --import tsx bench/pg-statements.ts [--top 30] [--reset]
// Each statement's planning time is counted beside its execution (track_planning): kysely sends every statement
// unprepared, so PostgreSQL parses and plans it on every call.
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, throwawayClusterDir } from '../packages/server/src/platform/db/embedded';
import { freePort } from '../packages/server/test/free-port';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 30;
process.env.FAZHI_PG_STATS = '1';
const root = new URL('..', import.meta.url).pathname;
const server = await startEmbeddedPostgres(throwawayClusterDir(join(root, '.fazhi-test')), await freePort(), {
  throwaway: true,
  unixSocket: true,
});
const client = new pg.Client({ connectionString: server.url });
await client.connect();
try {
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  if (args.includes('--reset')) {
    await client.query('SELECT pg_stat_statements_reset()');
    console.log('pg_stat_statements reset');
  } else {
    const total = await client.query<{ ms: string; calls: string }>(
      `SELECT sum(total_exec_time)::numeric(12,0) AS ms, sum(total_plan_time)::numeric(12,0) AS plan, sum(calls) AS calls
       FROM pg_stat_statements`,
    );
    const t = total.rows[0] as { ms: string; plan: string; calls: string };
    console.log(`all statements: ${t.calls} calls, ${t.ms} ms executing, ${t.plan} ms planning`);
    const { rows } = await client.query<{ ms: string; plan: string; calls: string; mean: string; query: string }>(
      `SELECT total_exec_time::numeric(12,0) AS ms, total_plan_time::numeric(12,0) AS plan, calls,
         mean_exec_time::numeric(10,3) AS mean,
         regexp_replace(query, '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $1`,
      [top],
    );
    for (const r of rows)
      console.log(
        `${r.ms.padStart(8)} ms (plan ${r.plan.padStart(6)}) ${r.calls.padStart(7)} × ${r.mean.padStart(9)} ms  ${r.query.slice(0, 200)}`,
      );
  }
} finally {
  await client.end();
  await server.stop();
}
