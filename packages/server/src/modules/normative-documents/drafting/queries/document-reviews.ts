// A document's reviews as its record shows them: the 公平竞争审查 rounds (the module's own table) and the 合法性审核
// rounds of the shared review desk (platform/participation), each with the pre-check findings and the reviewed text
// from its package and the drafting unit's revision after 修改后通过; fair competition first, each kind by round.
import type { ChecklistEntry, ReviewResult } from '@fazhi/core/participation';
import type { Db } from '../../../../platform/db/connection';
import type { Tx } from '../../../../platform/write';
import { SUBJECT } from '../../support';
import type { ReviewKind } from '../../tables';

export interface DocumentReviewRow {
  id: string;
  kind: ReviewKind;
  round: number;
  submitted_on: string;
  reviewer_org_id: string;
  checklist: ChecklistEntry[];
  precheck: unknown;
  opinion: string | null;
  result: ReviewResult | null;
  early_reason: string | null;
  concluded_on: string | null;
  revision_statement: string | null;
  revised_on: string | null;
  reviewed_text: { heading: string; body: string }[] | null;
}

export async function documentReviews(db: Db | Tx, regionCode: string, documentId: string) {
  const [fair, legality] = await Promise.all([
    db
      .selectFrom('normative_fair_competition_reviews')
      .select(['id', 'round', 'submitted_on', 'reviewer_org_id', 'opinion', 'result', 'early_reason', 'concluded_on'])
      .where('region_code', '=', regionCode)
      .where('document_id', '=', documentId)
      .orderBy('round')
      .execute(),
    db
      .selectFrom('legality_reviews as r')
      .leftJoin('normative_review_revisions as v', (j) =>
        j.onRef('v.region_code', '=', 'r.region_code').onRef('v.review_id', '=', 'r.id'),
      )
      .select([
        'r.id',
        'r.round',
        'r.submitted_on',
        'r.reviewer_org_id',
        'r.checklist',
        'r.package',
        'r.opinion',
        'r.result',
        'r.early_reason',
        'r.concluded_on',
        'v.statement',
        'v.revised_on',
      ])
      .where('r.region_code', '=', regionCode)
      .where('r.subject_type', '=', SUBJECT)
      .where('r.subject_id', '=', documentId)
      .orderBy('r.round')
      .execute(),
  ]);
  const rows: DocumentReviewRow[] = [
    ...fair.map((r) => ({
      ...r,
      kind: 'fair_competition' as const,
      checklist: [],
      precheck: null,
      revision_statement: null,
      revised_on: null,
      reviewed_text: null,
    })),
    ...legality.map(({ package: pkg, statement, ...r }) => ({
      ...r,
      kind: 'legality' as const,
      precheck: pkg.precheck ?? null,
      revision_statement: statement,
      reviewed_text: (pkg.reviewedText ?? null) as DocumentReviewRow['reviewed_text'],
    })),
  ];
  return rows;
}
