// The deadline warning sweep: tells the responsible users when a deadline's warning level rises (core
// `warningLevelOn`: yellow from N working days before the due date, N per region, default 3; orange on the due date;
// red once it has passed). The stored column records the level last notified, so each level is notified once; what
// users see is derived from the due date and today (levels.ts), never this column. A recomputation that moves the
// due date resets it. The sweep works in batches, each in its own write transaction that claims its rows with
// FOR UPDATE SKIP LOCKED, so two sweeps running at once never do the same work; and each change is guarded by the
// level it read, and each notification by a dedupe key, so a sweep run twice changes nothing the second time. The
// batching is the platform's (platform/jobs/batches.ts), shared with the modules' daily jobs.
import { warningLevelOn, type IsoDate, type WorkingCalendar } from '@fazhi/core/calendar';
import type { Services } from '../services';
import { inClaimedBatches } from '../jobs/batches';
import { chineseDate } from '../display-dates';
import { notifyMany, CONSOLE_HOME } from '../notifications';
import { calendarOf, loadCalendarSnapshot, regionChain } from './calendar-source';
import { yellowDaysOf } from './levels';
import { deadlineRecipients } from './recipients';
import type { WarningLevel } from './tables';

const rank = { none: 0, yellow: 1, orange: 2, red: 3 } satisfies Record<WarningLevel, number>;
const levelLabels = { none: '', yellow: '黄色预警', orange: '橙色预警', red: '红色预警（已逾期）' } satisfies Record<
  WarningLevel,
  string
>;

export interface SweepResult {
  examined: number;
  raised: number;
  notified: number;
}

export async function sweepDeadlineWarnings(services: Services, today: IsoDate, batchSize = 200): Promise<SweepResult> {
  const result: SweepResult = { examined: 0, raised: 0, notified: 0 };
  const perRegion = new Map<string, { calendar: WorkingCalendar; yellow: number }>();
  result.examined = await inClaimedBatches(services, {
    batchSize,
    claim: (w, regionCode, after, limit) => {
      let q = w.tx
        .selectFrom('deadlines as d')
        .selectAll('d')
        .where('d.region_code', '=', regionCode)
        .where('d.status', '=', 'open')
        .where('d.warning_level', '<>', 'red')
        // a floor (不少于…) warns no one: it is owed until its day and met from then on
        .where('d.bound', '=', 'due')
        .orderBy('d.id')
        .limit(limit)
        .forUpdate()
        .skipLocked();
      if (after) q = q.where('d.id', '>', after);
      return q.execute();
    },
    work: async (w, rows, regionCode) => {
      let region = perRegion.get(regionCode);
      if (!region) {
        const snapshot = await loadCalendarSnapshot(w.tx);
        region = {
          calendar: calendarOf(snapshot, await regionChain(w.tx, regionCode)),
          yellow: await yellowDaysOf(w.tx, regionCode),
        };
        perRegion.set(regionCode, region);
      }
      for (const d of rows) {
        const level = warningLevelOn(region.calendar, today, d.due_on, region.yellow);
        if (rank[level] <= rank[d.warning_level]) continue;
        const updated = await w.tx
          .updateTable('deadlines')
          .set({ warning_level: level, warned_at: w.clock.now(), updated_at: w.clock.now() })
          .where('region_code', '=', d.region_code)
          .where('id', '=', d.id)
          .where('warning_level', '=', d.warning_level)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) continue;
        result.raised++;
        const when =
          level === 'red'
            ? `已于 ${d.due_on} 到期`
            : level === 'orange'
              ? `今日（${d.due_on}）到期`
              : `将于 ${d.due_on} 到期`;
        await w.audit({
          regionCode: d.region_code,
          action: 'deadline.warning_raised',
          subjectType: d.subject_type,
          subjectId: d.subject_id,
          summary: `${d.subject_title}的${d.label}期限${when}：${levelLabels[level]}`,
          changes: { kind: d.kind, due: d.due_on, from: d.warning_level, to: level, today },
        });
        result.notified += await notifyMany(w.tx, {
          regionCode: d.region_code,
          userIds: await deadlineRecipients(w.tx, d),
          kind: 'deadline.warning',
          title: `${levelLabels[level]}：${d.subject_title}的${d.label}期限${when}`,
          body: `${d.label}期限为 ${chineseDate(d.due_on)}。依据：${d.basis}。`,
          subjectType: d.subject_type,
          subjectId: d.subject_id,
          // a deadline without a page of its own is on the workbench's list
          link: d.link ?? CONSOLE_HOME,
          dedupeKey: `deadline.warning:${d.id}:${d.due_on}:${level}`,
        });
      }
    },
  });
  return result;
}
