// Start-up: the shipped national holiday notices (core's data, 2020–2026) are present in every database. A year
// missing from the database is loaded; a year already there is left alone, so an administrator's later correction
// is never overwritten. In a database that already holds open deadlines a newly shipped year goes through the same
// change as an administrator's load (audit event, recomputation, change record); a fresh database just gets rows.
import { nationalCalendarData } from '@fazhi/core/calendar';
import type { Db } from '../../platform/db/connection';
import { markCalendarChanged } from '../../platform/deadlines';
import { inDbWriteTransaction, type WriteEnv } from '../../platform/write';
import { writeHolidayNotice } from './commands/load-holiday-notice';

export async function loadShippedCalendar(db: Db, env: WriteEnv): Promise<number> {
  const present = new Set((await db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year));
  const missing = nationalCalendarData.filter((y) => !present.has(y.year));
  if (missing.length === 0) return 0;
  const openDeadline = await db
    .selectFrom('deadlines')
    .select('id')
    .where('status', '=', 'open')
    .limit(1)
    .executeTakeFirst();
  const ctx = { actor: null, ip: null };
  if (openDeadline) {
    // Oldest first below the loaded range would not be adjacent; load upwards then downwards.
    const ordered = [...missing].sort((a, b) => a.year - b.year);
    const max = Math.max(...present);
    const up = ordered.filter((y) => y.year > max);
    const down = ordered.filter((y) => y.year < max).reverse();
    for (const y of [...up, ...down]) {
      await inDbWriteTransaction(
        db,
        ctx,
        (w) =>
          writeHolidayNotice(
            w,
            y.year,
            { source: y.source, holidays: y.holidays.map((h) => ({ ...h, makeUpWorkdays: [...h.makeUpWorkdays] })) },
            'shipped',
          ),
        env,
      );
    }
    return missing.length;
  }
  await inDbWriteTransaction(
    db,
    ctx,
    async (w) => {
      await w.tx
        .insertInto('calendar_years')
        .values(
          missing.map((y) => ({
            year: y.year,
            source: JSON.stringify(y.source),
            holidays: JSON.stringify(y.holidays),
            origin: 'shipped' as const,
          })),
        )
        .onConflict((oc) => oc.column('year').doNothing())
        .execute();
      await markCalendarChanged(w.tx);
    },
    env,
  );
  return missing.length;
}
