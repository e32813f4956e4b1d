// The portal's reads, public by law and nothing more: an application's progress by its tracking number (the acts'
// names and days, the items to correct, never a personal detail) and the published decisions, personal data
// redacted (第七十九条).
import type { PublicReconsiderationDecision, TrackedApplication } from '@fazhi/core/contracts';
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import { caseStatusLabels, redactDecisionText } from '@fazhi/core/reconsideration';
import { pageOf, pageSlice, type PageRequest } from '../../../platform/db/paginate';
import type { Services } from '../../../platform/services';
import { CASE_SUBJECT, reconsiderationAuditActions } from '../catalogue';
import { caseTitle } from '../workflow';

/** The applicant's view by tracking number, or null when no application has it. */
export async function trackApplication(services: Services, typed: string): Promise<TrackedApplication | null> {
  const parsed = parseTrackingNumber(typed, trackingPrefixes.reconsideration_application);
  if (!parsed) return null;
  const row = await services.db
    .selectFrom('reconsideration_cases as c')
    .innerJoin('orgs as b', 'b.id', 'c.body_org_id')
    .select([
      'c.id',
      'c.region_code',
      'c.tracking_number',
      'b.name as body_name',
      'c.respondent_name',
      'c.contested_act',
      'c.status',
      'c.received_on',
      'c.correction_items',
      'c.correction_requested_on',
      'c.refusal_reason',
    ])
    .where('c.region_code', '=', parsed.regionCode)
    .where('c.tracking_number', '=', parsed.trackingNumber)
    .executeTakeFirst();
  if (!row) return null;
  const acts = await services.db
    .selectFrom('reconsideration_case_acts')
    .select(['act', 'acted_on'])
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .orderBy('acted_on')
    .orderBy('created_at')
    .execute();
  const correctionDue =
    row.status === 'correction_requested'
      ? await services.db
          .selectFrom('deadlines')
          .select('due_on')
          .where('region_code', '=', row.region_code)
          .where('subject_type', '=', CASE_SUBJECT)
          .where('subject_id', '=', row.id)
          .where('kind', '=', 'applicant-correction')
          .executeTakeFirst()
      : undefined;
  const labels = reconsiderationAuditActions as Record<string, string>;
  return {
    trackingNumber: row.tracking_number,
    bodyName: row.body_name,
    respondentName: row.respondent_name,
    contestedAct: row.contested_act,
    status: row.status,
    receivedOn: row.received_on,
    acts: acts.map((a) => ({
      label: labels[`${CASE_SUBJECT}.${a.act}`] ?? caseStatusLabels[row.status],
      on: a.acted_on,
    })),
    correction:
      row.status === 'correction_requested' && row.correction_items && row.correction_requested_on
        ? { items: row.correction_items, requestedOn: row.correction_requested_on, due: correctionDue?.due_on ?? null }
        : null,
    refusalReason: row.status === 'not_accepted' ? row.refusal_reason : null,
  };
}

const published = (services: Services, regionCode: string | undefined) => {
  let q = services.db
    .selectFrom('reconsideration_cases as c')
    .where('c.published_on', 'is not', null)
    .where('c.status', '=', 'decided');
  if (regionCode) q = q.where('c.region_code', '=', regionCode);
  return q;
};

export async function listPublishedDecisions(
  services: Services,
  query: PageRequest & { regionCode?: string | undefined },
) {
  const q = published(services, query.regionCode);
  const total = await q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const rows = await q
    .select([
      'c.id',
      'c.respondent_name',
      'c.contested_act',
      'c.tracking_number',
      'c.decision_type',
      'c.decided_on',
      'c.published_on',
    ])
    .orderBy('c.published_on', 'desc')
    .orderBy('c.id')
    .limit(pageSlice(query).limit)
    .offset(pageSlice(query).offset)
    .execute();
  return pageOf(
    query,
    total?.n,
    rows.map((r) => ({
      id: r.id,
      title: `关于${caseTitle(r).replace(/（.*）$/, '')}的行政复议决定书`,
      respondentName: r.respondent_name,
      decisionType: r.decision_type!,
      decidedOn: r.decided_on!,
      publishedOn: r.published_on!,
    })),
  );
}

export async function getPublishedDecision(
  services: Services,
  id: string,
): Promise<PublicReconsiderationDecision | null> {
  const r = await published(services, undefined)
    .select([
      'c.id',
      'c.region_code',
      'c.respondent_name',
      'c.contested_act',
      'c.tracking_number',
      'c.decision_type',
      'c.decided_on',
      'c.published_on',
      'c.decision_text',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  const persons = await services.db
    .selectFrom('case_parties')
    .select('name')
    .where('region_code', '=', r.region_code)
    .where('case_type', '=', CASE_SUBJECT)
    .where('case_id', '=', r.id)
    .where('kind', '=', 'person')
    .execute();
  return {
    id: r.id,
    title: `关于${caseTitle(r).replace(/（.*）$/, '')}的行政复议决定书`,
    respondentName: r.respondent_name,
    decisionType: r.decision_type!,
    decidedOn: r.decided_on!,
    publishedOn: r.published_on!,
    text: redactDecisionText(
      r.decision_text ?? '',
      persons.map((p) => p.name),
    ),
  };
}
