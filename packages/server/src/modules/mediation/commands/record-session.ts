// 记录调解情况 (人民调解法 第二十七条: 人民调解员应当记录调解情况): each session of a dispute still being mediated —
// the day, the place, the mediators present and what happened — kept for the case file.
import { randomUUID } from 'node:crypto';
import { actDate } from '../../../platform/act-date';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { DISPUTE_SUBJECT } from '../catalogue';
import type { RecordSessionBody } from '../schemas';
import { disputeFor, disputeNumber } from '../support';

export const recordSession = (services: Services, ctx: WriteContext, id: string, input: RecordSessionBody) =>
  inWriteTransaction(services, ctx, (w) => recordSessionOn(services, w, id, input));

export async function recordSessionOn(services: Services, w: Writer, id: string, input: RecordSessionBody) {
  const { row } = await disputeFor(services, w.tx, w.ctx.actor, id, 'record', true);
  if (row.status !== 'mediating')
    throw conflict('MEDIATION_ENDED', `纠纷${disputeNumber(row)}的调解已经终结，不能再记录调解情况`);
  const heldOn = actDate(services, input.sessionOn, 'sessionOn');
  if (heldOn < row.registered_on)
    throw invalid('SESSION_BEFORE_REGISTRATION', `调解日期不能早于登记日期（${row.registered_on}）`, [
      { path: 'sessionOn', message: `不能早于${row.registered_on}` },
    ]);
  const sessionId = randomUUID();
  await w.tx
    .insertInto('mediation_sessions')
    .values({
      region_code: row.region_code,
      id: sessionId,
      dispute_id: row.id,
      held_on: heldOn,
      place: input.sessionPlace,
      mediators: input.assignedMediators,
      record: input.sessionRecord,
      created_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'mediation_dispute.session_recorded',
    subjectType: DISPUTE_SUBJECT,
    subjectId: row.id,
    summary: `记录纠纷${disputeNumber(row)}${heldOn}的调解情况（${input.assignedMediators}）`,
    changes: { sessionId, heldOn },
  });
  return { id: sessionId };
}
