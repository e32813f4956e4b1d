// Statistics read many rows once (docs/scaling.md): they run in a read-only transaction with PostgreSQL's JIT
// compilation off. The planner turns JIT on by cost, and a statistics statement over 100,000 documents is costed
// high enough to spend about 3 s compiling expressions that then run in a few hundred milliseconds (issue 12).
import { sql, type Transaction } from 'kysely';
import type { Db } from './connection';
import type { Database } from './schema';

export function inReportingTransaction<T>(db: Db, read: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SET TRANSACTION READ ONLY`.execute(tx);
    await sql`SET LOCAL jit = off`.execute(tx);
    return read(tx);
  });
}
