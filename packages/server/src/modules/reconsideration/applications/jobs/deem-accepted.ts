// 第三十条第三款: 行政复议机关收到申请后在审查期限内未作出不予受理决定的，审查期限届满之日起视为受理. The daily job accepts,
// as of the review's last day, every application still under review past it — in the ordinary procedure, its
// handlers still to be named. Idempotent: region by region in claimed batches (platform/jobs/batches.ts); a case once
// accepted is not claimed again.
import { sql } from 'kysely';
import { inClaimedBatches } from '../../../../platform/jobs/batches';
import type { Services } from '../../../../platform/services';
import type { Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { startHearingOn } from '../commands/accept-application';

export async function deemAccepted(services: Services, today: string = services.clock.today()) {
  return inClaimedBatches(services, {
    claim: (w, regionCode, after, limit) => {
      let q = lapsed(w, today)
        .where('c.region_code', '=', regionCode)
        .orderBy('c.id')
        .limit(limit)
        .forUpdate('c')
        .skipLocked();
      if (after) q = q.where('c.id', '>', after);
      return q.execute();
    },
    work: async (w, rows) => {
      for (const row of rows)
        await startHearingOn(w, row, {
          acceptedOn: row.due_on,
          deemed: true,
          procedure: 'ordinary',
          simplifiedGround: null,
          amountYuan: null,
          major: false,
          handlerIds: [],
          conditionsMet: null,
        });
    },
  });
}

/** Applications under review whose five working days ended before `today`. */
const lapsed = (w: Writer, today: string) =>
  w.tx
    .selectFrom('reconsideration_cases as c')
    .innerJoin('deadlines as d', (j) =>
      j
        .onRef('d.region_code', '=', 'c.region_code')
        .on(sql<boolean>`d.subject_id = c.id::text`)
        .on('d.subject_type', '=', CASE_SUBJECT)
        .on('d.kind', '=', 'acceptance-review')
        .on('d.status', '=', 'open'),
    )
    .selectAll('c')
    .select('d.due_on')
    .where('c.status', '=', 'received')
    .where('d.due_on', '<', today);
