// 开展后评估: the drafting unit starts the post-evaluation task the sweep created before expiry (seed 002 task 9:
// 有效期届满前6个月组织实施后评估). Starting closes the "start by" deadline.
import type { Services } from '../../../../platform/services';
import { closeDeadline } from '../../../../platform/deadlines';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, SUBJECT } from '../../support';
import { auditDocument, loadForAct } from '../../workflow';

export async function startPostEvaluation(services: Services, ctx: WriteContext, id: string, startedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => startPostEvaluationOn(services, w, id, startedOn));
}

export async function startPostEvaluationOn(services: Services, w: Writer, id: string, startedOnInput?: string) {
  const { row } = await loadForAct(services, w, id, 'startPostEvaluation');
  const startedOn = actDate(services, startedOnInput, 'startedOn');
  const task = await w.tx
    .updateTable('normative_post_evaluations')
    .set({ status: 'in_progress', started_on: startedOn, started_by: w.ctx.actor?.userId ?? null })
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('status', '=', 'pending')
    .returning('id')
    .executeTakeFirstOrThrow();
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUBJECT, subjectId: row.id, kind: 'post-evaluation' },
    startedOn,
  );
  await auditDocument(w, row, 'post_evaluation_started', `开展后评估（${startedOn}）`, { evaluationId: task.id });
}
