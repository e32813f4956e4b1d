// The portal's published decisions (第三十二条: 通过本级人民政府公报和政府网站以及在本行政区域内发行的报纸等途径及时公布,
// with the explanation of how the public's and experts' views were adopted and the interpretation). No actor: only
// decisions of the portal's region that have been published are read; a draft, a decision still in its procedure or
// one of another region answers 404, as absent.
import {
  isPubliclyPublished,
  publicStageLabels,
  publishedStatuses,
  type DecisionStatus,
} from '@fazhi/core/major-decisions';
import type { PublicDecision, PublicDecisionList, PublicDecisionRow } from '@fazhi/core/contracts';
import { sql } from 'kysely';
import { chineseDate } from '../../../../platform/display-dates';
import { AppError, notFound } from '../../../../platform/errors';
import { isRecordId } from '../../../../platform/modules/manifest';
import { subjectAdoptionReport } from '../../../../platform/participation/consultation-queries';
import { portalIdentity } from '../../../../platform/portal/routes';
import type { Services } from '../../../../platform/services';
import { DECISION_SUBJECT } from '../../records/workflow';

function published(services: Services, regionCode: string) {
  return services.db
    .selectFrom('decision_records as d')
    .innerJoin('orgs as b', 'b.id', 'd.body_org_id')
    .innerJoin('orgs as s', 's.id', 'd.sponsor_org_id')
    .where('d.region_code', '=', regionCode)
    .where('d.status', 'in', [...publishedStatuses])
    .where('d.published_on', 'is not', null);
}

function row(d: {
  id: string;
  title: string;
  body_name: string;
  sponsor_name: string;
  published_on: string | null;
  status: DecisionStatus;
  is_demo: boolean;
}): PublicDecisionRow {
  return {
    id: d.id,
    title: d.title,
    bodyName: d.body_name,
    sponsorName: d.sponsor_name,
    publishedOn: d.published_on!,
    stage: d.status,
    stageLabel: publicStageLabels[d.status],
    isDemo: d.is_demo,
  };
}

const rowColumns = [
  'd.id',
  'd.title',
  'd.status',
  'd.published_on',
  'd.is_demo',
  'b.name as body_name',
  's.name as sponsor_name',
] as const;

export async function publicDecisions(
  services: Services,
  query: { year?: number | undefined },
): Promise<PublicDecisionList> {
  const fallbackYear = Number(services.clock.today().slice(0, 4));
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return { year: query.year ?? fallbackYear, years: [], items: [] };
  const yearOf = sql<number>`extract(year FROM d.published_on::date)::int`;
  const years = (
    await published(services, regionCode).select(yearOf.as('year')).distinct().orderBy('year', 'desc').execute()
  ).map((r) => r.year);
  const year = query.year ?? years[0] ?? fallbackYear;
  const rows = await published(services, regionCode)
    .select(rowColumns)
    .where(yearOf, '=', year)
    .orderBy('d.published_on', 'desc')
    .orderBy('d.title')
    .execute();
  return { year, years, items: rows.map(row) };
}

export async function publicDecision(services: Services, id: string): Promise<PublicDecision> {
  const { regionCode } = await portalIdentity(services);
  const d =
    regionCode && isRecordId(id)
      ? await published(services, regionCode)
          .select(rowColumns)
          .select(['d.published_text', 'd.interpretation', 'd.adoption_explanation', 'd.catalogue_item_id'])
          .where('d.id', '=', id)
          .executeTakeFirst()
      : undefined;
  if (!d || !isPubliclyPublished(d.status, d.published_on)) throw notFound('重大行政决策');
  const consultation = await services.db
    .selectFrom('consultations as c')
    .select(['c.opens_on', 'c.closes_on', 'c.closed_on'])
    .select((eb) =>
      eb
        .selectFrom('consultation_comments as m')
        .select(sql<string>`count(*)`.as('n'))
        .whereRef('m.region_code', '=', 'c.region_code')
        .whereRef('m.consultation_id', '=', 'c.id')
        .where('m.moderation_status', '=', 'approved')
        .as('comments'),
    )
    .where('c.region_code', '=', regionCode!)
    .where('c.subject_type', '=', DECISION_SUBJECT)
    .where('c.subject_id', '=', id)
    .orderBy('c.opens_on', 'desc')
    .executeTakeFirst();
  const year = d.catalogue_item_id
    ? await services.db
        .selectFrom('decision_catalogue_items as i')
        .innerJoin('decision_catalogues as c', (j) =>
          j.onRef('c.region_code', '=', 'i.region_code').onRef('c.id', '=', 'i.catalogue_id'),
        )
        .select('c.year')
        .where('i.region_code', '=', regionCode!)
        .where('i.id', '=', d.catalogue_item_id)
        .executeTakeFirst()
    : undefined;
  return {
    ...row(d),
    status: d.status,
    publishedText: d.published_text ?? '',
    interpretation: d.interpretation ?? '',
    adoptionExplanation: d.adoption_explanation ?? '',
    adoptionReport: consultation ? await adoptionReport(services, id, d.published_on!) : null,
    consultation: consultation
      ? {
          opensOn: consultation.opens_on,
          closesOn: consultation.closed_on ?? consultation.closes_on,
          comments: Number(consultation.comments ?? 0),
        }
      : null,
    catalogueYear: year?.year ?? null,
  };
}

/** The shared service's 意见采纳情况说明, dated the day the decision was published; none where no comment was answered. */
async function adoptionReport(services: Services, id: string, publishedOn: string) {
  try {
    const report = await subjectAdoptionReport(services, null, DECISION_SUBJECT, id);
    return {
      title: report.title,
      blocks: report.blocks.map((b) => (b.kind === 'signature' ? { ...b, date: chineseDate(publishedOn) } : b)),
    };
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NO_CONSULTATION' || e.code === 'NO_ANSWERED_COMMENTS')) return null;
    throw e;
  }
}
