// The office's reads: the cases in scope (the list, newest first, each with its step due soonest) and one case with
// its parties (masked), deadlines, pauses, service records, timeline, the application's limit warnings (第二十条、
// 第二十一条, counted by the calendar engine) and the acts the actor may take now.
import type { ReconsiderationCase, ReconsiderationCaseRow } from '@fazhi/core/contracts';
import { applicationLimits, caseActAction, caseActs, mayActFrom, type CaseStatus } from '@fazhi/core/reconsideration';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { policyContext } from '../../../platform/access/policy';
import { scopeFilter } from '../../../platform/access/scope';
import { casePartiesOf } from '../../../platform/cases/parties';
import { casePausesOf } from '../../../platform/cases/clock';
import { serviceRecordsOf } from '../../../platform/cases/service-records';
import { countUpTo, pageOf, pageSlice, type PageRequest } from '../../../platform/db/paginate';
import { computeFor, deadlinesOf, nextDeadlinesOf } from '../../../platform/deadlines';
import type { Services } from '../../../platform/services';
import { CASE_SUBJECT, OPINION_SUBJECT, reconsiderationAuditActions } from '../catalogue';
import { handlerChoices } from '../handlers';
import { hearingsOf } from '../hearing/queries/hearings';
import { normativeReviewsOf } from '../normative-review/queries/reviews';
import { casePolicy } from '../policy';
import { caseRef, loadCase, type CaseRow } from '../workflow';

export async function listCases(
  services: Services,
  actor: Actor,
  query: PageRequest & { status?: CaseStatus | undefined },
) {
  let q = services.db
    .selectFrom('reconsideration_cases as c')
    .where(scopeFilter(services.registry.grants, actor, 'reconsideration.read', 'c.office_org_id'));
  if (query.status) q = q.where('c.status', '=', query.status);
  const { total } = await countUpTo(services.db, q.select('c.id'));
  const rows = await q
    .select([
      'c.id',
      'c.region_code',
      'c.tracking_number',
      'c.respondent_name',
      'c.contested_act',
      'c.channel',
      'c.status',
      'c.received_on',
      sql<string>`(SELECT p.name FROM case_parties p WHERE p.region_code = c.region_code AND p.case_type = ${CASE_SUBJECT}
        AND p.case_id = c.id AND p.role = 'applicant' ORDER BY p.seq LIMIT 1)`.as('applicant_name'),
    ])
    .orderBy('c.received_on', 'desc')
    .orderBy('c.id')
    .limit(pageSlice(query).limit)
    .offset(pageSlice(query).offset)
    .execute();
  const nextDeadline = await nextDeadlinesOf(
    services.db,
    services.clock.today(),
    CASE_SUBJECT,
    rows.map((r) => r.id),
  );
  return pageOf(
    query,
    total,
    rows.map((r): ReconsiderationCaseRow => ({
      id: r.id,
      trackingNumber: r.tracking_number,
      applicantName: r.applicant_name ?? '',
      respondentName: r.respondent_name,
      contestedAct: r.contested_act,
      channel: r.channel,
      status: r.status,
      receivedOn: r.received_on,
      nextDeadline: nextDeadline(r.id),
    })),
  );
}

/** 第二十条、第二十一条: the limits the application is past on the day it was received. */
async function limitWarnings(services: Services, row: CaseRow) {
  const limits = applicationLimits({
    knownOn: row.known_on,
    actOn: row.act_on,
    realProperty: row.real_property,
    notInformed: row.not_informed,
    informedOn: row.informed_on,
    obstacle: null,
  });
  const warnings = [];
  for (const l of limits) {
    const d = await computeFor(services.db, {
      regionCode: row.region_code,
      subjectType: CASE_SUBJECT,
      subjectId: row.id,
      kind: l.key,
      label: '',
      subjectTitle: '',
      ruleId: l.ruleId,
      from: l.from,
      pauses: l.pauses,
      responsibleOrgId: row.office_org_id,
    });
    if (row.received_on > d.due) warnings.push({ key: l.key, due: d.due, basis: d.basis, message: l.lateMessage });
  }
  return warnings;
}

/** 第七十六条: the case's 意见书, each with its addressee's sixty days (late when missed, or red and still open). */
async function opinionsOf(services: Services, row: CaseRow) {
  const rows = await services.db
    .selectFrom('reconsideration_opinions')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .orderBy('issued_on')
    .orderBy('created_at')
    .execute();
  const today = services.clock.today();
  return Promise.all(
    rows.map(async (o) => {
      const [deadline] = await deadlinesOf(services.db, row.region_code, OPINION_SUBJECT, o.id, today);
      return {
        deadline,
        view: {
          id: o.id,
          addresseeName: o.addressee_name,
          opinionText: o.content,
          issuedOn: o.issued_on,
          receivedOn: o.received_on,
          reportDue: deadline?.due ?? null,
          reportedOn: o.reported_on,
          reportText: o.report_text,
          late:
            deadline !== undefined &&
            (deadline.status === 'missed' || (deadline.status === 'open' && deadline.warningLevel === 'red')),
        },
      };
    }),
  );
}

const actLabel = (act: string) =>
  (reconsiderationAuditActions as Record<string, string>)[`${CASE_SUBJECT}.${act}`] ?? act;

export async function getCase(services: Services, actor: Actor, id: string): Promise<ReconsiderationCase> {
  const { row, target } = await loadCase(services, services.db, actor, id);
  const ref = caseRef(row);
  const [body, office, acts, choices] = await Promise.all([
    services.db.selectFrom('orgs').select('name').where('id', '=', row.body_org_id).executeTakeFirstOrThrow(),
    services.db.selectFrom('orgs').select('name').where('id', '=', row.office_org_id).executeTakeFirstOrThrow(),
    services.db
      .selectFrom('reconsideration_case_acts')
      .select(['act', 'acted_on', 'summary'])
      .where('region_code', '=', row.region_code)
      .where('case_id', '=', row.id)
      // by the day of the act, then the order recorded (the demo seed records a whole history in one transaction)
      .orderBy('acted_on')
      .orderBy('created_at')
      .execute(),
    handlerChoices(services, services.db, row.office_org_id),
  ]);
  const today = services.clock.today();
  const opinions = await opinionsOf(services, row);
  const deadlines = [
    ...(await deadlinesOf(services.db, row.region_code, CASE_SUBJECT, row.id, today)),
    ...opinions.flatMap((o) => (o.deadline ? [o.deadline] : [])),
  ];
  const answer = deadlines.find((d) => d.kind === 'respondent-answer');
  const p = policyContext(services.registry.grants, actor);
  const abilities = Object.fromEntries(
    caseActs.map((act) => [
      act,
      act !== 'submit-correction' && mayActFrom(act, row.status) && casePolicy.rules[caseActAction[act]](p, target),
    ]),
  ) as ReconsiderationCase['abilities'];
  return {
    id: row.id,
    trackingNumber: row.tracking_number,
    title: target.title,
    channel: row.channel,
    status: row.status,
    bodyName: body.name,
    officeName: office.name,
    respondentName: row.respondent_name,
    contestedAct: row.contested_act,
    actOn: row.act_on,
    knownOn: row.known_on,
    realProperty: row.real_property,
    notInformed: row.not_informed,
    informedOn: row.informed_on,
    requests: row.requests,
    reasons: row.reasons,
    receivedOn: row.received_on,
    correctionItems: row.correction_items,
    correctionRequestedOn: row.correction_requested_on,
    correctionSubmittedOn: row.correction_submitted_on,
    correctionText: row.correction_text,
    conditionsMet: row.conditions_met,
    acceptedOn: row.accepted_on,
    deemedAccepted: row.deemed_accepted,
    refusedOn: row.refused_on,
    refusalReason: row.refusal_reason,
    competentBody: row.competent_body,
    procedure: row.procedure,
    simplifiedGround: row.simplified_ground,
    major: row.major,
    handlers: choices.filter((c) => row.handler_ids.includes(c.id)),
    copySentOn: row.copy_sent_on,
    answeredOn: row.answered_on,
    respondentLate:
      answer !== undefined &&
      (answer.status === 'missed' || (answer.status === 'open' && answer.warningLevel === 'red')),
    suspensionGround: row.suspension_ground,
    terminationGround: row.termination_ground,
    endedOn: row.ended_on,
    decisionType: row.decision_type,
    decidedOn: row.decided_on,
    decisionText: row.decision_text,
    writtenReviewReason: row.written_review_reason,
    views: (
      await services.db
        .selectFrom('reconsideration_case_views')
        .select(['party', 'way', 'heard_on', 'summary'])
        .where('region_code', '=', row.region_code)
        .where('case_id', '=', row.id)
        .orderBy('heard_on')
        .orderBy('created_at')
        .execute()
    ).map((v) => ({ party: v.party, way: v.way, heardOn: v.heard_on, summary: v.summary })),
    opinions: opinions.map((o) => o.view),
    hearings: await hearingsOf(services.db, row),
    normativeReviews: await normativeReviewsOf(services.db, row),
    mediationText: row.mediation_text,
    mediatedOn: row.mediated_on,
    settlementText: row.settlement_text,
    settledOn: row.settled_on,
    publishedOn: row.published_on,
    isDemo: row.is_demo,
    parties: await casePartiesOf(services, services.db, ref),
    deadlines,
    pauses: await casePausesOf(services.db, ref),
    services: await serviceRecordsOf(services.db, ref),
    acts: acts.map((a) => ({ act: a.act, label: actLabel(a.act), on: a.acted_on, summary: a.summary })),
    limitWarnings: await limitWarnings(services, row),
    handlerChoices: choices,
    abilities,
  };
}
