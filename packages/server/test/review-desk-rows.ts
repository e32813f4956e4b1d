// Test fixture for any module that lends its drafts to the shared legality-review desk
// (platform/participation/review-commands.ts): a draft's review request written as the rows the desk's submission
// leaves — the request of the next round to the reviewer the subject names, the ceiling deadline where the
// subject's rules set one (computed by the calendar engine, with its explanation) and the desk's audit event,
// appended through the platform's audit writer so the region's chain stays valid — inside the caller's write
// transaction, next to the module's own rows of the same state (major-decisions/execution/test/review-desk-rows.ts).
import { randomUUID } from 'node:crypto';
import { setDeadline } from '../src/platform/deadlines';
import type { Writer } from '../src/platform/write';

export interface DraftOnDesk {
  regionCode: string;
  subjectType: string;
  id: string;
  title: string;
  /** the drafting unit */
  orgId: string;
}

export async function reviewRequestAsRows(
  w: Writer,
  s: DraftOnDesk,
  r: {
    submittedOn: string;
    reviewer: { id: string; name: string };
    package: Record<string, unknown>;
    /** the subject's ceiling rule and console link, where its rules set a longest review time */
    ceiling?: { ruleId: string; link: string };
    /** what the subject module adds to the desk's audit event */
    auditChanges?: Record<string, unknown>;
  },
) {
  const round = 1;
  const reviewId = randomUUID();
  await w.tx
    .insertInto('legality_reviews')
    .values({
      region_code: s.regionCode,
      id: reviewId,
      subject_type: s.subjectType,
      subject_id: s.id,
      org_id: s.orgId,
      round,
      submitted_on: r.submittedOn,
      submitted_by: null,
      reviewer_org_id: r.reviewer.id,
      package: JSON.stringify(r.package),
    })
    .execute();
  const deadline = r.ceiling
    ? await setDeadline(w, {
        regionCode: s.regionCode,
        subjectType: s.subjectType,
        subjectId: s.id,
        kind: 'legality-review',
        label: '合法性审核',
        subjectTitle: `《${s.title}》`,
        link: r.ceiling.link,
        ruleId: r.ceiling.ruleId,
        from: r.submittedOn,
        responsibleOrgId: r.reviewer.id,
      })
    : null;
  await w.audit({
    regionCode: s.regionCode,
    action: `${s.subjectType}.submitted_for_legality_review`,
    subjectType: s.subjectType,
    subjectId: s.id,
    summary: `《${s.title}》报送${r.reviewer.name}合法性审核（第${round}次）`,
    changes: { reviewId, round, due: deadline?.due ?? null, ...r.auditChanges },
  });
  return { reviewId, round, reviewer: r.reviewer, due: deadline?.due ?? null };
}
