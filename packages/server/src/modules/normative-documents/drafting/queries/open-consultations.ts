// The portal's list of drafts open for public comment (意见征集): documents of the portal's region whose
// consultation is open and whose period includes today, soonest closing first. Public data only: title, drafting
// unit, period and the number of comments the drafting unit has approved — never the comments' authors.
import { sql } from 'kysely';
import { pageOf, pageSlice, type PageRequest } from '../../../../platform/db/paginate';
import type { Services } from '../../../../platform/services';
import { SUBJECT } from '../../support';
import type { OpenConsultationPage } from '@fazhi/core/contracts';

/** Calendar days from `on` to `until` (both YYYY-MM-DD); 0 when the period ends today. */
export function daysUntil(on: string, until: string): number {
  return Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${on}T00:00:00Z`)) / 86_400_000);
}

export async function listOpenConsultations(
  services: Services,
  regionCode: string | null,
  query: PageRequest,
): Promise<OpenConsultationPage> {
  const on = services.clock.today();
  if (!regionCode) return { ...pageOf(query, 0, []), today: on };
  // the same conditions under which submit-comment accepts a comment: consultation open, document in
  // consultation, today within the period (a consultation opened for a later day is not yet public here)
  const base = services.db
    .selectFrom('normative_documents as d')
    .innerJoin('consultations as c', (j) =>
      j
        .onRef('c.region_code', '=', 'd.region_code')
        .onRef('c.subject_id', '=', 'd.id')
        .on('c.subject_type', '=', SUBJECT)
        .on('c.status', '=', 'open'),
    )
    .where('d.region_code', '=', regionCode)
    .where('d.status', '=', 'consultation')
    .where('c.opens_on', '<=', on)
    .where('c.closes_on', '>=', on);
  const total = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const rows = await base
    .innerJoin('orgs as o', 'o.id', 'd.drafting_org_id')
    .select([
      'd.id',
      'd.title',
      'd.is_demo',
      'o.name as drafting_org_name',
      'c.opens_on',
      'c.closes_on',
      (eb) =>
        eb
          .selectFrom('consultation_comments as m')
          .select(sql<string>`count(*)`.as('n'))
          .whereRef('m.region_code', '=', 'c.region_code')
          .whereRef('m.consultation_id', '=', 'c.id')
          .where('m.moderation_status', '=', 'approved')
          .as('approved_comments'),
    ])
    .orderBy('c.closes_on')
    .orderBy('d.title')
    .orderBy('d.id')
    .limit(pageSlice(query).limit)
    .offset(pageSlice(query).offset)
    .execute();
  return {
    ...pageOf(
      query,
      total?.n,
      rows.map((r) => ({
        id: r.id,
        title: r.title,
        draftingOrgName: r.drafting_org_name,
        opensOn: r.opens_on,
        closesOn: r.closes_on,
        daysRemaining: daysUntil(on, r.closes_on),
        approvedCommentCount: Number(r.approved_comments ?? 0),
        isDemo: r.is_demo,
      })),
    ),
    today: on,
  };
}
