// Reads of decision records: the list of the decisions the actor reaches (decision.read through the scope
// chokepoint, at the 承办单位 or the decision body) with where the actor may record a proposal, and one decision
// with every act (who, when), its draft, consultation, legality reviews, deadlines and the actor's abilities.
import type { DecisionRecord, DecisionRecordList } from '@fazhi/core/contracts';
import {
  decisionReviewChecklist,
  filingStanding,
  filingStandingLabels,
  meetingDecisionLabels,
  meetingKindLabels,
  meetingViewLabels,
  mayPerformDecisionAct,
  recordActOf,
  type DecisionRecordAction,
  type DecisionStatus,
  decisionStatusLabels,
  decisionStepDefinitions,
  stepBasesIn,
  stepsFor,
} from '@fazhi/core/major-decisions';
import { counselRoleLabels, reviewResultLabels } from '@fazhi/core/participation';
import type { Actor } from '../../../../platform/access/actor';
import { abilities, policyContext } from '../../../../platform/access/policy';
import { scopeFilter } from '../../../../platform/access/scope';
import { deadlinesOf } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { filingRuleOf } from '../../catalogue/queries/catalogues';
import { decisionRecordPolicy } from '../../policy';
import { decisionBodiesFor, regionUnits } from '../../support';
import {
  DECISION_SUBJECT,
  decisionAuditActions,
  implementedInScope,
  loadDecision,
  type DecisionRow,
} from '../workflow';
import { decisionAfterAuditActions } from '../../execution/workflow';

const actLabels: Record<string, string> = { ...decisionAuditActions, ...decisionAfterAuditActions };
import { stepRecordsOf, withStepAbilities } from '../steps/queries/step-records';

const rowOf = (d: Pick<DecisionRow, 'id' | 'title' | 'status' | 'proposed_on' | 'catalogue_item_id' | 'is_demo'>) => ({
  id: d.id,
  title: d.title,
  status: d.status,
  statusLabel: decisionStatusLabels[d.status],
  proposedOn: d.proposed_on,
  inCatalogue: d.catalogue_item_id !== null,
  isDemo: d.is_demo,
});

export async function listDecisions(services: Services, actor: Actor): Promise<DecisionRecordList> {
  const grants = services.registry.grants;
  const rows = await services.db
    .selectFrom('decision_records as d')
    .innerJoin('orgs as b', 'b.id', 'd.body_org_id')
    .innerJoin('orgs as s', 's.id', 'd.sponsor_org_id')
    .select(['d.id', 'd.title', 'd.status', 'd.proposed_on', 'd.catalogue_item_id', 'd.is_demo'])
    .select(['b.name as body_name', 's.name as sponsor_name'])
    .where((eb) =>
      eb.or([
        scopeFilter(grants, actor, 'decision.read', 'd.sponsor_org_id'),
        scopeFilter(grants, actor, 'decision.read', 'd.body_org_id'),
        implementedInScope(grants, actor),
      ]),
    )
    .orderBy('d.proposed_on', 'desc')
    .orderBy('d.id')
    .limit(500)
    .execute();
  const bodies = [];
  for (const b of await decisionBodiesFor(services, actor, 'decision.start')) {
    const items = await services.db
      .selectFrom('decision_catalogue_items as i')
      .innerJoin('decision_catalogues as c', (j) =>
        j.onRef('c.region_code', '=', 'i.region_code').onRef('c.id', '=', 'i.catalogue_id'),
      )
      .select(['i.id', 'i.title', 'c.year', 'i.sponsor_org_id'])
      .where('c.body_org_id', '=', b.id)
      .where('c.status', '=', 'published')
      .orderBy('c.year', 'desc')
      .orderBy('i.seq')
      .execute();
    const sponsors = await regionUnits(services.db, b.regionCode).orderBy('o.path').limit(1000).execute();
    bodies.push({
      id: b.id,
      name: b.name,
      items: items.map((i) => ({ id: i.id, title: i.title, year: i.year, sponsorOrgId: i.sponsor_org_id })),
      sponsors,
    });
  }
  return {
    items: rows.map((d) => ({ ...rowOf(d), bodyName: d.body_name, sponsorName: d.sponsor_name })),
    bodies,
  };
}

export async function getDecision(services: Services, actor: Actor, id: string): Promise<DecisionRecord> {
  const { row, target } = await loadDecision(services, services.db, actor, id);
  const db = services.db;
  const where = { region: row.region_code, id };
  const [acts, consultation, reviews, deadlines, filingRule] = await Promise.all([
    db
      .selectFrom('decision_record_acts as a')
      .leftJoin('users as u', 'u.id', 'a.acted_by')
      .select(['a.act', 'a.acted_on', 'a.summary', 'a.status_after', 'u.display_name'])
      .where('a.region_code', '=', where.region)
      .where('a.decision_id', '=', id)
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('consultations as c')
      .select(['c.opens_on', 'c.closes_on', 'c.shortened_reason', 'c.status', 'c.closed_on'])
      .select((eb) =>
        eb
          .selectFrom('consultation_comments as m')
          .select((e) => e.fn.countAll<string>().as('n'))
          .whereRef('m.region_code', '=', 'c.region_code')
          .whereRef('m.consultation_id', '=', 'c.id')
          .as('comments'),
      )
      .where('c.region_code', '=', where.region)
      .where('c.subject_type', '=', DECISION_SUBJECT)
      .where('c.subject_id', '=', id)
      .orderBy('c.created_at', 'desc')
      .executeTakeFirst(),
    db
      .selectFrom('legality_reviews as r')
      .innerJoin('orgs as o', 'o.id', 'r.reviewer_org_id')
      .select(['r.round', 'r.submitted_on', 'o.name', 'r.result', 'r.opinion', 'r.counsel', 'r.concluded_on'])
      .select('r.early_reason')
      .where('r.region_code', '=', where.region)
      .where('r.subject_type', '=', DECISION_SUBJECT)
      .where('r.subject_id', '=', id)
      .orderBy('r.round')
      .execute(),
    deadlinesOf(db, where.region, DECISION_SUBJECT, id, services.clock.today()),
    filingRuleOf(db, where.region),
  ]);
  const bases = stepBasesIn(filingRule);
  const stepRecords = await stepRecordsOf(db, row);
  const applicable = {
    hearing: row.hearing,
    expert_review: row.expert_review,
    risk_assessment: row.risk_assessment,
    fair_competition_review: row.fair_competition_review,
  };
  return {
    ...rowOf(row),
    bodyName: row.body_name,
    sponsorName: row.sponsor_name,
    regionCode: row.region_code,
    bodyOrgId: row.body_org_id,
    sponsorOrgId: row.sponsor_org_id,
    catalogueItemId: row.catalogue_item_id,
    outsideCatalogueReason: row.outside_catalogue_reason,
    proposal: row.proposal,
    proposer: row.proposer,
    startDecidedOn: row.start_decided_on,
    startRecord: row.start_record,
    draft: row.draft_recorded_on
      ? {
          text: row.draft_text ?? '',
          explanation: row.draft_explanation ?? '',
          options: row.draft_options,
          viewsDifferWidely: row.views_differ_widely,
          singleOptionReason: row.single_option_reason,
          recordedOn: row.draft_recorded_on,
        }
      : null,
    steps: stepsFor(applicable).map((s) => ({ label: decisionStepDefinitions[s].label, basis: bases[s] })),
    acts: acts.map((a) => ({
      label: actLabels[`major_decision.${a.act}`] ?? a.act,
      on: a.acted_on,
      by: a.display_name ?? '系统',
      summary: a.summary,
      statusLabel: decisionStatusLabels[a.status_after],
    })),
    consultation: consultation
      ? {
          opensOn: consultation.opens_on,
          closesOn: consultation.closes_on,
          shortenedReason: consultation.shortened_reason,
          open: consultation.status === 'open',
          closedOn: consultation.closed_on,
          commentCount: Number(consultation.comments ?? 0),
        }
      : null,
    reviews: reviews.map((r) => ({
      round: r.round,
      submittedOn: r.submitted_on,
      reviewerName: r.name,
      result: r.result,
      resultLabel: r.result ? reviewResultLabels[r.result] : null,
      opinion: r.opinion,
      counsel: r.counsel.map((c) => ({ ...c, roleLabel: counselRoleLabels[c.role] })),
      concludedOn: r.concluded_on,
      earlyReason: r.early_reason,
    })),
    meeting:
      row.meeting_kind && row.meeting_decision && row.meeting_on
        ? {
            kind: row.meeting_kind,
            kindLabel: meetingKindLabels[row.meeting_kind],
            name: row.meeting_name ?? '',
            on: row.meeting_on,
            attendees: row.meeting_attendees,
            speeches: row.meeting_speeches.map((x) => ({ ...x, viewLabel: meetingViewLabels[x.view] })),
            decision: row.meeting_decision,
            decisionLabel: meetingDecisionLabels[row.meeting_decision],
            headReasons: row.head_reasons,
          }
        : null,
    partyReport: row.party_reported_on ? { on: row.party_reported_on, record: row.party_report_record ?? '' } : null,
    publication: row.published_on
      ? {
          on: row.published_on,
          text: row.published_text ?? '',
          adoptionExplanation: row.adoption_explanation ?? '',
          interpretation: row.interpretation ?? '',
        }
      : null,
    filing: filingOf(row, deadlines, services.clock.today()),
    reviewChecklist: Object.entries(decisionReviewChecklist).map(([item, label]) => ({ item, label })),
    deadlines,
    stepRecords,
    abilities: withStepAbilities(
      row,
      stepRecords,
      abilitiesIn(row.status, abilities(policyContext(services.registry.grants, actor), decisionRecordPolicy, target)),
    ),
  };
}

/** The acts the policy allows that the status allows too (an earlier step missing is for the act to say, naming it). */
function abilitiesIn(status: DecisionStatus, may: Record<DecisionRecordAction, boolean>) {
  const out = { ...may };
  for (const [act, step] of Object.entries(recordActOf))
    out[act as DecisionRecordAction] = may[act as DecisionRecordAction] && mayPerformDecisionAct(status, step);
  return out;
}

/** The filing's due day is the stored deadline's; on time, late or overdue is read from it and today. */
function filingOf(row: DecisionRow, deadlines: { kind: string; due: string; basis: string }[], today: string) {
  const d = deadlines.find((x) => x.kind === 'filing');
  if (!d) return null;
  const standing = filingStanding({ due: d.due, filedOn: row.filed_on, today });
  return {
    due: d.due,
    basis: d.basis,
    filedOn: row.filed_on,
    record: row.filing_record,
    standing,
    standingLabel: filingStandingLabels[standing],
  };
}
