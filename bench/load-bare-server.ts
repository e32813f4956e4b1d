// The baseline of bench/load.bench.ts: a bare Fastify server (no hooks, no session, no rate limit) whose one route
// reads one normative document by its primary key from the same database, with the same connection pool size as
// the platform. Every route of the load bench is printed as a share of this one, measured in the same run.
// Run by the bench as a child process: DATABASE_URL, PORT.
import Fastify from 'fastify';
import { createDb } from '../packages/server/src/platform/db/connection';

const { db } = createDb(process.env.DATABASE_URL ?? '');
const ids = (await db.selectFrom('normative_documents').select(['region_code', 'id']).limit(5000).execute()).map(
  (r) => [r.region_code, r.id] as const,
);
let next = 0;
const app = Fastify();
app.get('/bare', async () => {
  const [region, id] = ids[next++ % ids.length] ?? ['', ''];
  return db
    .selectFrom('normative_documents')
    .select(['id', 'title', 'doc_number', 'status'])
    .where('region_code', '=', region)
    .where('id', '=', id)
    .executeTakeFirst();
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.once('SIGTERM', () => void app.close().then(() => db.destroy()));
