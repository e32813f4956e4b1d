// What a list of records shows of their deadlines: for each record on the page, its open deadline due first, with the
// warning level derived from today — one query for the page, so a list shows what is pressing (the review requests,
// the reconsideration cases).
import type { IsoDate, WarningLevel } from '@fazhi/core/calendar';
import type { Db } from '../db/connection';
import { levelContext, levelOf } from './levels';

export interface NextDeadline {
  label: string;
  due: string;
  warningLevel: WarningLevel;
}

export async function nextDeadlinesOf(
  db: Db,
  today: IsoDate,
  subjectType: string,
  ids: readonly string[],
): Promise<(id: string) => NextDeadline | null> {
  const open = ids.length
    ? await db
        .selectFrom('deadlines')
        .select(['subject_id', 'region_code', 'label', 'due_on'])
        .where('subject_type', '=', subjectType)
        .where('status', '=', 'open')
        .where('subject_id', 'in', [...ids])
        .orderBy('due_on')
        .execute()
    : [];
  const levels = await levelContext(
    db,
    today,
    open.map((d) => d.region_code),
  );
  return (id) => {
    const d = open.find((o) => o.subject_id === id);
    return d ? { label: d.label, due: d.due_on, warningLevel: levelOf(levels, d.region_code, d.due_on) } : null;
  };
}
