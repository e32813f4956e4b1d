// 公平竞争审查: a draft that affects market activity is reviewed by the drafting unit in the drafting stage for
// measures that exclude or restrict competition (《公平竞争审查条例》(国务院令第783号) 第二条、第十三条, which
// replaced 国发〔2016〕34号 as the basis from 2024-08-01; 国办发〔2018〕37号 严禁…排除或者限制公平竞争). The result is
// part of the legality-review package and a condition of publication; revising the text voids it (revise-draft).
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { randomUUID } from 'node:crypto';
import { actDate } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';

export interface FairCompetitionInput {
  result: 'passed' | 'failed';
  opinion: string;
  reviewedOn?: string | undefined;
}

export async function recordFairCompetitionReview(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: FairCompetitionInput,
) {
  return inWriteTransaction(services, ctx, (w) => recordFairCompetitionReviewOn(services, w, id, input));
}

export async function recordFairCompetitionReviewOn(
  services: Services,
  w: Writer,
  id: string,
  input: FairCompetitionInput,
) {
  const { row } = await loadForAct(services, w, id, 'recordFairCompetitionReview', 'record-fair-competition-review');
  const on = actDate(services, input.reviewedOn, 'reviewedOn');
  const previous = await w.tx
    .selectFrom('normative_fair_competition_reviews')
    .select((eb) => eb.fn.max('round').as('round'))
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .executeTakeFirst();
  await w.tx
    .insertInto('normative_fair_competition_reviews')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      document_id: row.id,
      round: (previous?.round ?? 0) + 1,
      submitted_on: on,
      submitted_by: w.ctx.actor?.userId ?? null,
      reviewer_org_id: row.drafting_org_id,
      checklist: '[]',
      opinion: input.opinion,
      result: input.result,
      concluded_on: on,
      reviewed_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  const passed = input.result === 'passed';
  await moveTo(w, row, row.status, 'record-fair-competition-review', on, passed ? '通过' : '不通过', {
    fair_competition_passed: passed,
  });
  await auditDocument(w, row, 'fair_competition_reviewed', `公平竞争审查${passed ? '通过' : '未通过'}`, {
    result: input.result,
  });
}
