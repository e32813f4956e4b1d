// What PostgreSQL writes to its log never stops it. The embedded cluster's log is a pipe that the process which
// started it reads (embedded.ts `onLog`); a process that stops reading it — the integration harness once waited for
// its test files in spawnSync — leaves every backend and the checkpointer blocked on their next log line as soon as
// the pipe's buffer is full, and the run hangs with no process on a CPU (found by the suite's rehearsal: each
// dropped database logs a checkpoint). Here one statement logs about 2 MB, many times any pipe's buffer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';

test('a statement that fills the server log answers, since whoever started PostgreSQL keeps reading its log', async () => {
  const client = new pg.Client({ connectionString: process.env.FAZHI_TEST_ADMIN_URL ?? '' });
  await client.connect();
  try {
    const logged = client.query(
      `DO $$ BEGIN FOR i IN 1..20000 LOOP RAISE LOG '法治 server-log test line %: %', i, repeat('x', 80); END LOOP; END $$`,
    );
    let timer: NodeJS.Timeout | undefined;
    const stuck = new Promise<'stuck'>((resolve) => {
      timer = setTimeout(() => resolve('stuck'), 60_000);
    });
    const outcome = await Promise.race([logged.then(() => 'answered' as const), stuck]);
    clearTimeout(timer);
    assert.equal(outcome, 'answered', 'the backend blocked writing its log: nobody reads PostgreSQL’s stderr');
  } finally {
    await client.end().catch(() => undefined);
  }
});
