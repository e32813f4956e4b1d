// A case's hearings (第五十条、第五十一条) as the office reads them: the panel by name, the notice and its latest day,
// and what happened. The paper (听证通知书) and the decision's gate read the same rows.
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import type { Db } from '../../../../platform/db/connection';
import type { Tx } from '../../../../platform/write';
import type { CaseRow } from '../../workflow';

export async function hearingRowsOf(db: Db | Tx, row: Pick<CaseRow, 'region_code' | 'id'>) {
  return db
    .selectFrom('reconsideration_hearings')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .orderBy('created_at')
    .execute();
}
export type HearingRow = Awaited<ReturnType<typeof hearingRowsOf>>[number];

export async function hearingsOf(
  db: Db | Tx,
  row: Pick<CaseRow, 'region_code' | 'id'>,
): Promise<ReconsiderationCase['hearings']> {
  const rows = await hearingRowsOf(db, row);
  const ids = [...new Set(rows.flatMap((h) => [h.presiding_id, ...h.officer_ids]))];
  const names = new Map(
    ids.length === 0
      ? []
      : (await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map((u) => [
          u.id,
          u.display_name,
        ]),
  );
  return rows.map((h) => ({
    id: h.id,
    ground: h.ground,
    status: h.status,
    hearingOn: h.hearing_on,
    place: h.place,
    issues: h.issues,
    presiding: names.get(h.presiding_id) ?? '',
    officers: h.officer_ids.map((o) => names.get(o) ?? ''),
    recorderName: h.recorder_name,
    noticeOn: h.notice_on,
    noticeDue: h.notice_due,
    heldOn: h.held_on,
    respondentAttendance: h.respondent_attendance,
    respondentAttendee: h.respondent_attendee,
    hearingHeadAbsenceReason: h.head_absence_reason,
    record: h.record_text,
  }));
}
