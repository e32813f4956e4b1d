// 按审查意见修改: a matter passed with changes (修改后通过) is revised by its sending unit, the revision answering that
// review (one per review); only then may a meeting topic go on the agenda.
import { actDate } from '../../../../platform/act-date';
import { conflict, invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { matterSubjectOf } from '../../catalogue';
import type { ReviseBody } from '../../schemas';
import { matterFor } from '../../support';
import { latestReviewOf } from '../queries/matters';

export async function reviseMatter(services: Services, ctx: WriteContext, id: string, input: ReviseBody) {
  return inWriteTransaction(services, ctx, (w) => reviseMatterOn(services, w, id, input));
}

export async function reviseMatterOn(services: Services, w: Writer, id: string, input: ReviseBody) {
  {
    const { row, unit } = await matterFor(services, w.tx, w.ctx.actor, id, 'revise', true);
    const subject = matterSubjectOf[row.kind];
    const latest = await latestReviewOf(w.tx, row.region_code, subject, id);
    if (latest?.result !== 'passed_with_changes')
      throw conflict('MATTER_NOT_PASSED_WITH_CHANGES', '只有修改后通过的事项需要按审查意见修改');
    const done = await w.tx
      .selectFrom('legal_review_revisions')
      .select('review_id')
      .where('region_code', '=', row.region_code)
      .where('review_id', '=', latest.id)
      .executeTakeFirst();
    if (done) throw conflict('MATTER_ALREADY_REVISED', '已按本次审查意见修改');
    const revisedOn = actDate(services, input.revisedOn, 'revisedOn');
    if (latest.concluded_on && revisedOn < latest.concluded_on)
      throw invalid('REVISED_BEFORE_REVIEW', `修改日期不能早于审查日期（${latest.concluded_on}）`, [
        { path: 'revisedOn', message: '不能早于审查日期' },
      ]);
    await w.tx
      .insertInto('legal_review_revisions')
      .values({
        region_code: row.region_code,
        review_id: latest.id,
        matter_id: id,
        revised_on: revisedOn,
        explanation: input.revisionNote,
        revised_by: w.ctx.actor?.userId ?? null,
      })
      .execute();
    await w.tx
      .updateTable('legal_review_matters')
      .set({ body_text: input.matterText })
      .where('region_code', '=', row.region_code)
      .where('id', '=', id)
      .execute();
    await w.audit({
      regionCode: row.region_code,
      action: `${subject}.revised`,
      subjectType: subject,
      subjectId: id,
      summary: `${unit.bodyName}按第${latest.round}次审查意见修改“${row.title}”`,
      changes: { reviewId: latest.id, revisedOn },
    });
    return { id };
  }
}
