// The deadlines a decision puts on the workbench while it is out for comment and under legality review, computed by
// the calendar engine and stored with their explanation (platform/deadlines), each linked to the decision; the level
// a user sees is derived from the due date and today wherever it is shown. The filing's is set by publish-decision.ts.
//  - 公开征求意见 (第十五条, decision.public-comment): the closing day announced when it opened (checked against the
//    statutory period the engine counts, which stays in the explanation), for the 承办单位 that opened it — after
//    it, the 承办单位 ends the consultation and answers the comments;
//  - 合法性审查时间 (第二十六条第二款, decision.legality-review: 一般不少于7个工作日): a floor, not a deadline — the
//    earliest day the opinion may be asked for, owed to the justice bureau until then (the working days still owed
//    are shown, never a warning) and met from that day, never overdue; on the workbench of the bureau and of the
//    承办单位, which may not ask for the opinion (nor take the draft to the meeting) before it. The 条例 sets no
//    longest time; a ceiling, where a subject's rules set one, is the shared review desk's own deadline.
import { closeDeadline, setDeadline } from '../../../platform/deadlines';
import type { Writer } from '../../../platform/write';
import { decisionLink } from './links';
import { DECISION_SUBJECT, type DecisionRow } from './workflow';

const on = (row: DecisionRow, kind: string) => ({
  regionCode: row.region_code,
  subjectType: DECISION_SUBJECT,
  subjectId: row.id,
  kind,
  subjectTitle: `“${row.title}”`,
  link: decisionLink(row.id),
});

export const consultationKind = 'consultation';
export const reviewKinds = { reviewer: 'legality-review-time', sponsor: 'legality-review-time-sponsor' } as const;

export function setConsultationDeadline(w: Writer, row: DecisionRow, opensOn: string, closesOn: string) {
  return setDeadline(w, {
    ...on(row, consultationKind),
    label: '公开征求意见期满',
    ruleId: 'decision.public-comment',
    from: opensOn,
    announcedDue: closesOn,
    responsibleOrgId: row.sponsor_org_id,
  });
}

export function closeConsultationDeadline(w: Writer, row: DecisionRow, closedOn: string) {
  const { regionCode, subjectType, subjectId } = on(row, consultationKind);
  return closeDeadline(w, { regionCode, subjectType, subjectId, kind: consultationKind }, closedOn);
}

export async function setReviewDeadlines(w: Writer, row: DecisionRow, submittedOn: string, reviewerOrgId: string) {
  const rule = { ruleId: 'decision.legality-review', from: submittedOn, bound: 'floor' as const };
  await setDeadline(w, {
    ...on(row, reviewKinds.reviewer),
    ...rule,
    label: '合法性审查时间（一般不少于7个工作日）',
    responsibleOrgId: reviewerOrgId,
  });
  await setDeadline(w, {
    ...on(row, reviewKinds.sponsor),
    ...rule,
    label: '给予合法性审查的时间，届满前不宜要求出具审查意见',
    responsibleOrgId: row.sponsor_org_id,
  });
}

export async function closeReviewDeadlines(w: Writer, row: DecisionRow, concludedOn: string) {
  const { regionCode, subjectType, subjectId } = on(row, reviewKinds.reviewer);
  for (const kind of Object.values(reviewKinds))
    await closeDeadline(w, { regionCode, subjectType, subjectId, kind }, concludedOn);
}
