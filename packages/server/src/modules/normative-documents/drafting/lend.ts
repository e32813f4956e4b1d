// What normative documents lend the shared public consultation and legality review (platform/participation): a
// draft with its articles, the statutory rules its periods are counted by, who conducts the consultation, who
// submits and who reviews it, and the review checklist of 国办发〔2018〕37号.
import { reviewChecklistLabels } from '@fazhi/core/normative-documents';
import type { Db } from '../../../platform/db/connection';
import { isRecordId } from '../../../platform/modules/manifest';
import type { LentSubject, SubjectDraft } from '../../../platform/participation/subjects';
import { justiceBureauFor } from '../../../platform/participation/support';
import type { Tx } from '../../../platform/write';
import { normativeSettings } from '../settings';
import { documentLink } from '../support';

export async function loadNormativeDraft(db: Db | Tx, id: string): Promise<SubjectDraft | null> {
  if (!isRecordId(id)) return null;
  const d = await db
    .selectFrom('normative_documents as d')
    .innerJoin('orgs as o', 'o.id', 'd.drafting_org_id')
    .select(['d.region_code', 'd.title', 'd.drafting_org_id', 'o.name', 'd.drafting_explanation', 'd.is_demo'])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!d) return null;
  const articles = await db
    .selectFrom('normative_articles')
    .select(['id', 'seq', 'heading', 'body'])
    .where('region_code', '=', d.region_code)
    .where('document_id', '=', id)
    .orderBy('seq')
    .execute();
  return {
    regionCode: d.region_code,
    id,
    title: d.title,
    orgId: d.drafting_org_id,
    orgName: d.name,
    articles,
    explanation: d.drafting_explanation,
    isDemo: d.is_demo,
  };
}

export const normativeDraftLent: LentSubject = {
  load: loadNormativeDraft,
  consoleLink: documentLink,
  consultation: {
    periodRule: 'normative.public-comment', // 30 days by default, per jurisdiction
    conductAction: 'normative.draft',
    commentLimits: async (db, region) => ({
      maxLength: await normativeSettings.read(db, region, 'normative.comment.max-length'),
      perHour: await normativeSettings.read(db, region, 'normative.comment.rate-limit-per-hour'),
    }),
  },
  legalityReview: {
    // 国办发〔2018〕115号 (as commonly cited; per jurisdiction): at least 5, at most 15 working days
    floorRule: 'normative.legality-review-min',
    ceilingRule: 'normative.legality-review-max',
    checklist: reviewChecklistLabels,
    // a normative reviewer answers the items the draft raises, not necessarily every one
    checklistComplete: false,
    counselRequired: false,
    submitAction: 'normative.draft',
    reviewAction: 'normative.legality-review',
    reviewerOrg: justiceBureauFor,
    // its review weighs the pre-check findings (a reason to pass over a high one): reviewed on its own page
    deskLink: (id) => documentLink(`${id}/review`),
  },
};
