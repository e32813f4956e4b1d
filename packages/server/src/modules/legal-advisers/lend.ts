// What the module lends the shared legality-review desk (platform/participation): one subject type per kind of
// matter, each with its checklist and its review time (the floor and ceiling rules of calendar/rules/legal-review.ts,
// the region's own), the justice bureau as reviewer, the individual opinions counted, and the counsel picked from the
// registry of advisers (the review names a registered adviser by id).
import {
  reviewChecklists,
  reviewMatterKinds,
  reviewPeriodRules,
  type ReviewMatterKind,
} from '@fazhi/core/legal-advisers';
import { sql } from 'kysely';
import type { LentSubject } from '../../platform/participation/subjects';
import { justiceBureauFor } from '../../platform/participation/support';
import type { Db } from '../../platform/db/connection';
import type { Tx } from '../../platform/write';
import { matterSubjectOf } from './catalogue';
import { loadMatterDraft, matterLink } from './support';

/** The advisers of a region (its units and the units below), for the review's counsel. */
export const counselChoices = async (db: Db | Tx, regionCode: string) =>
  db
    .selectFrom('legal_advisers as a')
    .innerJoin('regions as r', 'r.code', 'a.region_code')
    .select(['a.id', 'a.name', 'a.kind as role'])
    .where(sql<boolean>`r.path LIKE (SELECT path FROM regions WHERE code = ${regionCode}) || '%'`)
    .orderBy('a.name')
    .limit(500)
    .execute();

const lent = (kind: ReviewMatterKind): LentSubject => ({
  load: loadMatterDraft(kind),
  consoleLink: matterLink,
  legalityReview: {
    floorRule: reviewPeriodRules[kind].floor,
    ceilingRule: reviewPeriodRules[kind].ceiling,
    checklist: reviewChecklists[kind],
    counselRequired: false,
    countsOpinions: true,
    counselChoices,
    submitAction: 'legal-review.send',
    reviewAction: 'legal-review.review',
    reviewerOrg: justiceBureauFor,
    recordPath: (id) => `/legal-review-matters/${id}/review`,
  },
});

export const legalReviewLends = Object.fromEntries(
  reviewMatterKinds.map((k) => [matterSubjectOf[k], lent(k)]),
) as Record<string, LentSubject>;
