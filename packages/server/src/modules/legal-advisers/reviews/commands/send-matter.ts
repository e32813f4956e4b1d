// 报送合法性审查: a unit sends a contract (行政协议, 招商引资承诺, PPP …), a meeting topic or another document to the
// shared legality-review desk with its package — the text, its annexes described, the unit's own review — and the
// review time starts (the kind's floor and ceiling rules, the region's own). A matter answered 审核不通过 is sent
// again with its new text as the next round.
import { randomUUID } from 'node:crypto';
import { reviewMatterKindLabels } from '@fazhi/core/legal-advisers';
import { unitForAct } from '../../../../platform/access/unit-record';
import { conflict } from '../../../../platform/errors';
import { submitSubjectForReviewOn } from '../../../../platform/participation/review-commands';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { matterSubjectOf } from '../../catalogue';
import { legalReviewMatterPolicy } from '../../policy';
import type { ResubmitBody, SendMatterBody } from '../../schemas';
import { matterFor } from '../../support';
import { latestReviewOf } from '../queries/matters';

export async function sendMatter(services: Services, ctx: WriteContext, input: SendMatterBody) {
  return inWriteTransaction(services, ctx, (w) => sendMatterOn(services, w, input));
}

export async function sendMatterOn(
  services: Services,
  w: Writer,
  input: SendMatterBody,
  opts: { isDemo?: boolean } = {},
) {
  const unit = await unitForAct(
    services,
    w.tx,
    w.ctx.actor,
    input.sendingUnitId,
    legalReviewMatterPolicy,
    'send',
    '送审单位',
  );
  const id = randomUUID();
  const subject = matterSubjectOf[input.reviewKind];
  await w.tx
    .insertInto('legal_review_matters')
    .values({
      region_code: unit.regionCode,
      id,
      kind: input.reviewKind,
      contract_kind: input.contractKind ?? null,
      unit_id: unit.orgId,
      title: input.matterTitle,
      counterparty: input.counterparty ?? null,
      amount_yuan: input.amountYuan ?? null,
      body_text: input.matterText,
      annexes: input.annexDescription ?? null,
      own_review: input.ownReview,
      created_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: unit.regionCode,
    action: `${subject}.created`,
    subjectType: subject,
    subjectId: id,
    summary: `${unit.bodyName}登记送审${reviewMatterKindLabels[input.reviewKind]}“${input.matterTitle}”`,
    changes: { kind: input.reviewKind, contractKind: input.contractKind ?? null },
  });
  const sent = await submitSubjectForReviewOn(services, w, subject, id, {
    submittedOn: input.submittedOn,
    package: {
      text: input.matterText,
      annexes: input.annexDescription ?? null,
      ownReview: input.ownReview,
      counterparty: input.counterparty ?? null,
      amountYuan: input.amountYuan ?? null,
    },
  });
  return { id, reviewId: sent.reviewId, due: sent.due };
}

export async function resubmitMatter(services: Services, ctx: WriteContext, id: string, input: ResubmitBody) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await matterFor(services, w.tx, w.ctx.actor, id, 'send', true);
    const latest = await latestReviewOf(w.tx, row.region_code, matterSubjectOf[row.kind], id);
    if (latest?.result !== 'failed')
      throw conflict('MATTER_NOT_FAILED', '只有审核不通过的事项需要修改后重新报送；审查中或已通过的事项不能重新报送');
    await w.tx
      .updateTable('legal_review_matters')
      .set({ body_text: input.matterText })
      .where('region_code', '=', row.region_code)
      .where('id', '=', id)
      .execute();
    const sent = await submitSubjectForReviewOn(services, w, matterSubjectOf[row.kind], id, {
      submittedOn: input.submittedOn,
      package: {
        text: input.matterText,
        annexes: row.annexes,
        ownReview: row.own_review,
        revisionNote: input.revisionNote,
        counterparty: row.counterparty,
        amountYuan: row.amount_yuan === null ? null : Number(row.amount_yuan),
      },
    });
    return { id, reviewId: sent.reviewId, due: sent.due };
  });
}
