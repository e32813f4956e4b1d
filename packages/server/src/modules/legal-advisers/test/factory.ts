// Test factory of the legal-advisers module: a matter sent for review and, where asked, its review concluded, written
// as rows (the matter, the shared desk's legality_reviews round) — for the scope matrix's read rows and the agenda's
// late states, without walking the desk's acts in every test. The reviewer is the region's justice bureau where there
// is one, else the matter's own unit (the matrix's second county has none).
import { randomUUID } from 'node:crypto';
import type { ReviewMatterKind } from '@fazhi/core/legal-advisers';
import type { ReviewResult } from '@fazhi/core/participation';
import type { Db } from '../../../platform/db/connection';
import { matterSubjectOf } from '../catalogue';

export async function matterAsRows(
  db: Db,
  place: { orgId: string; regionCode: string },
  opts: { kind?: ReviewMatterKind; title?: string; review?: ReviewResult | 'pending' | null; on: string },
) {
  const kind = opts.kind ?? 'contract';
  const id = randomUUID();
  await db
    .insertInto('legal_review_matters')
    .values({
      region_code: place.regionCode,
      id,
      kind,
      contract_kind: kind === 'contract' ? 'administrative_agreement' : null,
      unit_id: place.orgId,
      title: opts.title ?? `测试送审事项${id.slice(0, 8)}`,
      counterparty: kind === 'contract' ? '测试相对方有限公司' : null,
      body_text: '测试文本',
      own_review: '经本单位审查，未发现问题',
    })
    .execute();
  if (opts.review) {
    const bureau = await db
      .selectFrom('orgs')
      .select('id')
      .where('region_code', '=', place.regionCode)
      .where('kind', '=', 'justice_bureau')
      .executeTakeFirst();
    const done = opts.review !== 'pending';
    await db
      .insertInto('legality_reviews')
      .values({
        region_code: place.regionCode,
        id: randomUUID(),
        subject_type: matterSubjectOf[kind],
        subject_id: id,
        org_id: place.orgId,
        round: 1,
        submitted_on: opts.on,
        reviewer_org_id: bureau?.id ?? place.orgId,
        package: JSON.stringify({ text: '测试文本' }),
        opinion: done ? '测试审查意见' : null,
        result: done ? (opts.review as ReviewResult) : null,
        late: done ? false : null,
        concluded_on: done ? opts.on : null,
        opinion_count: done ? 2 : null,
      })
      .execute();
  }
  return { id };
}
