// A decision record's workflow: loaded in the actor's scope (404 outside it), its facts read for the gates, an act
// checked against core's state machine (409) and the earlier steps (422 naming the missing step with its article),
// then the policy (403) on the row locked FOR UPDATE; each act written with who, when and the status it left.
import { randomUUID } from 'node:crypto';
import {
  decisionActRefusal,
  decisionStatusLabels,
  type DecisionFacts,
  type DecisionRecordAction,
  type DecisionStatus,
} from '@fazhi/core/major-decisions';
import type { Actor } from '../../../platform/access/actor';
import { authorizeAs } from '../../../platform/access/policy';
import { orgTarget, scopeFilter } from '../../../platform/access/scope';
import type { Db } from '../../../platform/db/connection';
import { AppError, notFound } from '../../../platform/errors';
import { isRecordId } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import type { Tx, Writer } from '../../../platform/write';
import { decisionRecordPolicy, type DecisionRecordTarget } from '../policy';
import '../tables';
import '../execution/tables';
import { sql, type SqlBool } from 'kysely';
import type { Grants } from '@fazhi/core/access';
import { stepFacts } from './steps/queries/step-facts';

/** The subject_type of a decision: its audit events, deadlines, consultation and reviews are filed under it. */
export const DECISION_SUBJECT = 'major_decision';

export async function loadDecision(services: Services, db: Db | Tx, actor: Actor | null, id: string, lock = false) {
  let q = db
    .selectFrom('decision_records as d')
    .innerJoin('orgs as b', 'b.id', 'd.body_org_id')
    .innerJoin('orgs as s', 's.id', 'd.sponsor_org_id')
    .selectAll('d')
    .select(['b.name as body_name', 's.name as sponsor_name'])
    .where('d.id', '=', id);
  if (actor) {
    const grants = services.registry.grants;
    q = q.where((eb) =>
      eb.or([
        scopeFilter(grants, actor, 'decision.read', 'd.sponsor_org_id'),
        scopeFilter(grants, actor, 'decision.read', 'd.body_org_id'),
        implementedInScope(grants, actor),
      ]),
    );
  }
  const row = await (lock ? q.forUpdate('d') : q).executeTakeFirst();
  if (!row) throw notFound('重大行政决策');
  const review = await db
    .selectFrom('legality_reviews')
    .select('reviewer_org_id')
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', DECISION_SUBJECT)
    .where('subject_id', '=', id)
    .orderBy('round', 'desc')
    .executeTakeFirst();
  const [body, sponsor, reviewer] = await Promise.all([
    orgTarget(db as Db, row.body_org_id),
    orgTarget(db as Db, row.sponsor_org_id),
    review ? orgTarget(db as Db, review.reviewer_org_id) : null,
  ]);
  if (!body || !sponsor) throw notFound('重大行政决策');
  const target: DecisionRecordTarget = { title: row.title, body, sponsor, reviewer };
  return { row, target };
}

/** 第三十四条: an implementing unit's staff read the decision they execute (`d` is the decision). */
export function implementedInScope(grants: Grants, actor: Actor) {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM decision_implementations i WHERE i.region_code = d.region_code
    AND i.decision_id = d.id AND ${scopeFilter(grants, actor, 'decision.read', 'i.org_id')})`;
}

export type LoadedDecision = Awaited<ReturnType<typeof loadDecision>>;
export type DecisionRow = LoadedDecision['row'];

/** What has been recorded, as the facts core's gates read. */
export async function decisionFacts(db: Db | Tx, row: DecisionRow): Promise<DecisionFacts> {
  const consultations = await db
    .selectFrom('consultations')
    .select(['status'])
    .where('region_code', '=', row.region_code)
    .where('subject_type', '=', DECISION_SUBJECT)
    .where('subject_id', '=', row.id)
    .execute();
  return {
    applicable: {
      hearing: row.hearing,
      expert_review: row.expert_review,
      risk_assessment: row.risk_assessment,
      fair_competition_review: row.fair_competition_review,
    },
    draftRecorded: row.draft_recorded_on !== null,
    viewsDifferWidely: row.views_differ_widely,
    optionCount: row.draft_options.length,
    singleOptionReason: row.single_option_reason,
    participationExempt: false,
    consultationClosed: consultations.length > 0 && consultations.every((c) => c.status === 'closed'),
    // the hearing, the experts' opinions, the risk assessment and the fair-competition review (records/steps/)
    ...(await stepFacts(db, row)),
    legalityReview: row.legality,
    discussionAdopted: row.meeting_decision === 'adopted',
    partyReported: row.party_reported_on !== null,
    changeDiscussed: false,
  };
}

/** The decision for an act: in scope (404), its status and earlier steps (409, 422), the policy (403). */
export async function decisionForAct(
  services: Services,
  w: Writer,
  id: string,
  act: Exclude<DecisionRecordAction, 'read'>,
) {
  const loaded = await loadDecision(services, w.tx, w.ctx.actor, id, true);
  const refusal = decisionActRefusal(loaded.row.status, act, await decisionFacts(w.tx, loaded.row));
  if (refusal) throw new AppError(refusal.status, refusal.code, refusal.message);
  authorizeAs(services.registry.grants, w.ctx.actor, decisionRecordPolicy, act, loaded.target);
  return loaded;
}

/** An act on the decision: the status it leaves (the same or a new one), its history row and its audit event. */
export async function recordDecisionAct(
  w: Writer,
  row: Pick<DecisionRow, 'region_code' | 'id' | 'title' | 'status'>,
  a: { act: string; on: string; status: DecisionStatus; summary: string; changes: Record<string, unknown> },
) {
  if (a.status !== row.status)
    await w.tx
      .updateTable('decision_records')
      .set({ status: a.status })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
  await w.tx
    .insertInto('decision_record_acts')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      decision_id: row.id,
      act: a.act,
      acted_on: a.on,
      acted_by: w.ctx.actor?.userId ?? null,
      summary: a.summary,
      status_after: a.status,
    })
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: `major_decision.${a.act}`,
    subjectType: DECISION_SUBJECT,
    subjectId: row.id,
    summary: `“${row.title}”${a.summary}`,
    changes: { ...a.changes, status: a.status, statusLabel: decisionStatusLabels[a.status] },
  });
}

/** The decision as the shared participation mechanism needs it (no scope: the mechanism decides who may act). */
export async function loadDecisionDraft(db: Db | Tx, id: string) {
  if (!isRecordId(id)) return null;
  const r = await db
    .selectFrom('decision_records as d')
    .innerJoin('orgs as s', 's.id', 'd.sponsor_org_id')
    .select([
      'd.region_code',
      'd.title',
      'd.sponsor_org_id',
      's.name',
      'd.draft_text',
      'd.draft_explanation',
      'd.is_demo',
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    regionCode: r.region_code,
    id,
    title: r.title,
    orgId: r.sponsor_org_id,
    orgName: r.name,
    // the draft is one text, shown and commented on as one part (identified by the decision's own id)
    articles: r.draft_text ? [{ id, seq: 1, heading: '决策草案', body: r.draft_text }] : [],
    explanation: r.draft_explanation,
    isDemo: r.is_demo,
  };
}

export const decisionAuditActions = {
  'major_decision.proposed': '提出重大行政决策建议',
  'major_decision.start_decided': '决定启动重大行政决策程序',
  'major_decision.not_started': '决定不启动重大行政决策程序',
  'major_decision.draft_recorded': '拟订重大行政决策草案',
  'major_decision.consultation': '重大行政决策公开征求意见',
  'major_decision.consultation_ended': '重大行政决策结束公开征求意见',
  'major_decision.sent_for_review': '重大行政决策送请合法性审查',
  'major_decision.reviewed': '重大行政决策合法性审查',
  'major_decision.discussed': '重大行政决策集体讨论决定',
  'major_decision.reported_to_party': '重大行政决策向同级党委请示报告',
  'major_decision.published': '公布重大行政决策',
  'major_decision.filed': '重大行政决策报送备案',
  // the middle steps (records/steps/)
  'major_decision.hearing_announced': '重大行政决策公告听证会',
  'major_decision.hearing_held': '重大行政决策举行听证会',
  'major_decision.experts_drawn': '为重大行政决策抽取论证专家',
  'major_decision.experts_heard': '重大行政决策专家论证',
  'major_decision.risk_assessed': '重大行政决策风险评估',
  'major_decision.fair_competition_reviewed': '重大行政决策公平竞争审查',
} as const;
