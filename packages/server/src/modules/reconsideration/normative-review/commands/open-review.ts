// 附带审查 opened (第十三条、第五十六条、第五十七条): the applicant's request with the case, or the office's own finding
// that the act's basis is unlawful. The hearing is suspended on 第三十九条第一款第九项 (its decision period held, as any
// suspension), and the review's periods start on the case: handled by the body itself within thirty days and the
// issuer notified within three working days of the suspension (第五十八条), or forwarded within seven working days.
// A platform normative document gets its review request in the normative-documents module (its exported command,
// the same the portal's 审查建议 use), so the justice bureau's desk there follows the document's own correction.
import {
  normativeReviewPeriods,
  normativeReviewRouteLabels,
  normativeReviewSourceLabels,
  type NormativeReviewRoute,
  type NormativeReviewSource,
  type ReviewableDocumentKind,
} from '@fazhi/core/reconsideration';
import { randomUUID } from 'node:crypto';
import { actDate } from '../../../../platform/act-date';
import { setDeadline } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { submitReviewRequestOn } from '../../../normative-documents/filing/commands/submit-review-request';
import { CASE_SUBJECT } from '../../catalogue';
import { suspendCaseOn } from '../../hearing/commands/suspend-case';
import { caseForAct, caseLink, caseTitle, recordCaseAct, type CaseRow } from '../../workflow';

export interface OpenNormativeReviewInput {
  reviewSource: NormativeReviewSource;
  documentKind: ReviewableDocumentKind;
  documentTitle: string;
  issuerName: string;
  clauses: string;
  /** a published document of the platform's normative-documents module, when it is one */
  normativeDocumentId?: string | undefined;
  reviewRoute: NormativeReviewRoute;
  reviewOpenedOn?: string | undefined;
}

/** The review's deadlines on the case: every one of one kind, set from its start. */
export async function setReviewDeadline(
  w: Writer,
  row: Pick<CaseRow, 'region_code' | 'id' | 'office_org_id' | 'respondent_name' | 'contested_act' | 'tracking_number'>,
  period: keyof typeof normativeReviewPeriods,
  label: string,
  from: string,
) {
  const p = normativeReviewPeriods[period];
  return setDeadline(w, {
    regionCode: row.region_code,
    subjectType: CASE_SUBJECT,
    subjectId: row.id,
    subjectTitle: caseTitle(row),
    link: caseLink(row.id),
    kind: p.kind,
    label,
    ruleId: p.rule,
    from,
    responsibleOrgId: row.office_org_id,
  });
}

export async function openNormativeReview(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: OpenNormativeReviewInput,
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'open-normative-review');
    const on = actDate(services, input.reviewOpenedOn, 'reviewOpenedOn');
    const office = await w.tx
      .selectFrom('orgs')
      .select('name')
      .where('id', '=', row.office_org_id)
      .executeTakeFirstOrThrow();
    const request = input.normativeDocumentId
      ? await submitReviewRequestOn(services, w, {
          regionCode: row.region_code,
          documentTitle: input.documentTitle,
          documentId: input.normativeDocumentId,
          requesterKind: 'organisation',
          requesterName: office.name,
          reasons: `行政复议案件${caseTitle(row)}附带审查（${normativeReviewSourceLabels[input.reviewSource]}）：${input.clauses}`,
        })
      : null;
    const reviewId = randomUUID();
    await w.tx
      .insertInto('reconsideration_normative_reviews')
      .values({
        region_code: row.region_code,
        id: reviewId,
        case_id: row.id,
        source: input.reviewSource,
        document_kind: input.documentKind,
        document_title: input.documentTitle,
        issuer_name: input.issuerName,
        clauses: input.clauses,
        normative_document_id: input.normativeDocumentId ?? null,
        normative_request_id: request?.id ?? null,
        normative_request_tracking: request?.trackingNumber ?? null,
        route: input.reviewRoute,
        opened_on: on,
        opened_by: w.ctx.actor?.userId ?? null,
      })
      .execute();
    const due =
      input.reviewRoute === 'self'
        ? [
            await setReviewDeadline(w, row, 'handle', `依法处理《${input.documentTitle}》附带审查`, on),
            await setReviewDeadline(w, row, 'notify', `书面通知${input.issuerName}提出书面答复`, on),
          ]
        : [await setReviewDeadline(w, row, 'forward', `转送《${input.documentTitle}》附带审查`, on)];
    await recordCaseAct(w, row, {
      act: 'normative_review_opened',
      on,
      status: row.status,
      summary: `对《${input.documentTitle}》${input.clauses}进行附带审查（${normativeReviewSourceLabels[input.reviewSource]}；${normativeReviewRouteLabels[input.reviewRoute]}，${due.map((d) => `${d.label}至${d.due}`).join('，')}）${request ? `；已在规范性文件备案审查中提出审查建议（${request.trackingNumber}）` : ''}`,
      changes: { reviewId, route: input.reviewRoute, normativeRequest: request?.trackingNumber ?? null },
    });
    await suspendCaseOn(services, w, id, {
      ground: 'normative-review',
      reason: `对《${input.documentTitle}》进行附带审查`,
      suspendedOn: on,
    });
    return { reviewId };
  });
}
