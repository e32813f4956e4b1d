// 第三十一条第二款: the applicant answers the 补正 with the tracking number on the portal (or the office records a
// correction received by post); the review runs again, five working days from the day it arrived (第三十一条:
// 收到补正材料后，依照本法第三十条的规定处理 — the paused review restarts, platform/cases cause 'correction').
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import { resumeCaseOn } from '../../../../platform/cases/clock';
import { closeDeadline } from '../../../../platform/deadlines';
import { notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';

/** The portal's correction: the applicant, without an account, by the tracking number. */
export async function submitCorrectionOnline(
  services: Services,
  ip: string,
  typedNumber: string,
  input: { correctionText: string },
) {
  return inWriteTransaction(services, { actor: null, ip }, async (w) => {
    const parsed = parseTrackingNumber(typedNumber, trackingPrefixes.reconsideration_application);
    const found = parsed
      ? await w.tx
          .selectFrom('reconsideration_cases')
          .select('id')
          .where('region_code', '=', parsed.regionCode)
          .where('tracking_number', '=', parsed.trackingNumber)
          .executeTakeFirst()
      : undefined;
    if (!found) throw notFound('行政复议申请');
    return submitCorrectionOn(services, w, found.id, input);
  });
}

export async function submitCorrectionOn(services: Services, w: Writer, id: string, input: { correctionText: string }) {
  const { row } = await caseForAct(services, w, id, 'submit-correction');
  const on = services.clock.today();
  const [review] = await resumeCaseOn(services, w, caseRef(row), on);
  const closed = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id, kind: 'applicant-correction' },
    on,
  );
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ correction_submitted_on: on, correction_text: input.correctionText })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'correction_submitted',
    on,
    status: 'received',
    summary: `申请人提交补正材料${closed?.status === 'missed' ? '（已超过补正期限）' : ''}，受理审查期限重新计算至 ${review?.due ?? ''}`,
    changes: { reviewDue: review?.due ?? null, late: closed?.status === 'missed' },
  });
  return { reviewDue: review?.due ?? null };
}
