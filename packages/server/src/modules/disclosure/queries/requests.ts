// The body's reads: the requests in scope (the list, newest first, each with its period due soonest) and one request
// with its applicant (masked), periods, pauses, consultations, service records, timeline and the acts the actor may
// take now.
import type { DisclosureRequest, DisclosureRequestRow } from '@fazhi/core/contracts';
import {
  mayActFrom,
  replyGroupLabels,
  replyOutcomes,
  requestActAction,
  requestActs,
  type RequestStatus,
} from '@fazhi/core/disclosure';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { casePausesOf } from '../../../platform/cases/clock';
import { casePartiesOf } from '../../../platform/cases/parties';
import { serviceRecordsOf } from '../../../platform/cases/service-records';
import { countUpTo, pageOf, pageSlice, type PageRequest } from '../../../platform/db/paginate';
import { deadlinesOf, nextDeadlinesOf } from '../../../platform/deadlines';
import type { Services } from '../../../platform/services';
import { disclosureAuditActions, REQUEST_SUBJECT } from '../catalogue';
import { requestPolicy } from '../policy';
import { loadRequest, REPLY_KIND, requestRef, type RequestRow } from '../workflow';

const applicantNameSql = sql<string>`(SELECT p.name FROM case_parties p WHERE p.region_code = r.region_code
  AND p.case_type = ${REQUEST_SUBJECT} AND p.case_id = r.id AND p.role = 'applicant' ORDER BY p.seq LIMIT 1)`;

export async function listRequests(
  services: Services,
  actor: Actor,
  query: PageRequest & { status?: RequestStatus | undefined },
) {
  let q = services.db
    .selectFrom('disclosure_requests as r')
    .innerJoin('orgs as b', 'b.id', 'r.body_org_id')
    .where(scopeFilter(services.registry.grants, actor, 'disclosure.read', 'r.body_org_id'));
  if (query.status) q = q.where('r.status', '=', query.status);
  const { total } = await countUpTo(services.db, q.select('r.id'));
  const rows = await q
    .select([
      'r.id',
      'r.tracking_number',
      'b.name as body_name',
      'r.applicant_kind',
      'r.channel',
      'r.status',
      'r.information_description',
      'r.submitted_on',
      'r.received_on',
      'r.is_demo',
      applicantNameSql.as('applicant_name'),
    ])
    .orderBy('r.submitted_on', 'desc')
    .orderBy('r.id')
    .limit(pageSlice(query).limit)
    .offset(pageSlice(query).offset)
    .execute();
  const next = await nextDeadlinesOf(
    services.db,
    services.clock.today(),
    REQUEST_SUBJECT,
    rows.map((r) => r.id),
  );
  return pageOf(
    query,
    total,
    rows.map((r): DisclosureRequestRow => ({
      id: r.id,
      trackingNumber: r.tracking_number,
      bodyName: r.body_name,
      applicantName: r.applicant_name ?? '',
      applicantKind: r.applicant_kind,
      channel: r.channel,
      status: r.status,
      informationDescription: r.information_description,
      submittedOn: r.submitted_on,
      receivedOn: r.received_on,
      nextDeadline: next(r.id),
      isDemo: r.is_demo,
    })),
  );
}

/** The answer as both the body and the applicant read it (the applicant without the table row and the basis). */
export function replyView(row: RequestRow, onTime: boolean | null) {
  if (!row.outcome || !row.replied_on) return null;
  const o = replyOutcomes[row.outcome];
  return {
    outcome: row.outcome,
    outcomeLabel: o.label,
    groupLabel: replyGroupLabels[o.group],
    tableRow: o.tableRow,
    basis: o.basis,
    repliedOn: row.replied_on,
    replyText: row.reply_text ?? o.wording,
    holderName: row.holder_name,
    onTime,
  };
}

const actLabel = (act: string) =>
  (disclosureAuditActions as Record<string, string>)[`${REQUEST_SUBJECT}.${act}`] ?? act;

export async function getRequest(services: Services, actor: Actor, id: string): Promise<DisclosureRequest> {
  const { row, target } = await loadRequest(services, services.db, actor, id);
  const ref = requestRef(row);
  const today = services.clock.today();
  const [body, acts, consultations, deadlines] = await Promise.all([
    services.db.selectFrom('orgs').select('name').where('id', '=', row.body_org_id).executeTakeFirstOrThrow(),
    services.db
      .selectFrom('disclosure_request_acts')
      .select(['act', 'acted_on', 'summary'])
      .where('region_code', '=', row.region_code)
      .where('request_id', '=', row.id)
      .orderBy('acted_on')
      .orderBy('created_at')
      .execute(),
    services.db
      .selectFrom('disclosure_consultations')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('request_id', '=', row.id)
      .orderBy('started_on')
      .orderBy('created_at')
      .execute(),
    deadlinesOf(services.db, row.region_code, REQUEST_SUBJECT, row.id, today),
  ]);
  const correctionDue = deadlines.find((d) => d.kind === 'applicant-correction');
  const p = policyContext(services.registry.grants, actor);
  const abilities = Object.fromEntries(
    requestActs.map((act) => [
      act,
      mayActFrom(act, row.status) && requestPolicy.rules[requestActAction[act]](p, target),
    ]),
  ) as DisclosureRequest['abilities'];
  const reply = deadlines.find((d) => d.kind === REPLY_KIND);
  return {
    id: row.id,
    trackingNumber: row.tracking_number,
    title: target.title,
    bodyId: row.body_org_id,
    bodyName: body.name,
    channel: row.channel,
    status: row.status,
    applicantKind: row.applicant_kind,
    informationDescription: row.information_description,
    deliveryForm: row.delivery_form,
    submittedOn: row.submitted_on,
    receivedOn: row.received_on,
    receiptBasis: row.receipt_basis,
    correction:
      row.correction_items && row.correction_requested_on
        ? {
            items: row.correction_items,
            requestedOn: row.correction_requested_on,
            due: correctionDue?.due ?? null,
            answeredOn: row.correction_answered_on,
            answerText: row.correction_text,
          }
        : null,
    consultations: consultations.map((c) => ({
      id: c.id,
      kind: c.kind,
      consultee: c.consultee,
      startedOn: c.started_on,
      endedOn: c.ended_on,
      opinion: c.opinion,
    })),
    extension:
      row.extension_approver && row.extension_approved_on
        ? {
            approver: row.extension_approver,
            approvedOn: row.extension_approved_on,
            reason: row.extension_reason ?? '',
          }
        : null,
    reply: replyView(row, row.replied_late === null ? (reply ? reply.status === 'met' : null) : !row.replied_late),
    isDemo: row.is_demo,
    parties: await casePartiesOf(services, services.db, ref),
    deadlines,
    pauses: await casePausesOf(services.db, ref),
    services: await serviceRecordsOf(services.db, ref),
    acts: acts.map((a) => ({ act: a.act, label: actLabel(a.act), on: a.acted_on, summary: a.summary })),
    abilities,
  };
}
