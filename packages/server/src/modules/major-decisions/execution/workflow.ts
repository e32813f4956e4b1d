// The decision for an act after its publication: loaded in scope (404), the act checked against core's rules after
// the decision (409 wrong status or already done, 422 an earlier step missing, naming it with its article), then the
// policy (403) on the row locked FOR UPDATE. Each act is written through the record's own act log and audit event.
import {
  decisionAfterActNames,
  decisionAfterRefusal,
  type AfterFacts,
  type DecisionAfterAction,
} from '@fazhi/core/major-decisions';
import type { ScopeTarget } from '@fazhi/core/access';
import { authorizeAs } from '../../../platform/access/policy';
import { orgTarget } from '../../../platform/access/scope';
import type { Db } from '../../../platform/db/connection';
import { AppError } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import type { Tx, Writer } from '../../../platform/write';
import { loadDecision, type DecisionRow } from '../records/workflow';
import { decisionAfterPolicy, type DecisionAfterTarget } from './policy';
import './tables';

/** The implementing units of a decision, the lead first. */
export async function implementersOf(db: Db | Tx, regionCode: string, decisionId: string) {
  return db
    .selectFrom('decision_implementations as i')
    .innerJoin('orgs as o', 'o.id', 'i.org_id')
    .select(['i.org_id', 'o.name', 'i.is_lead', 'i.assigned_on', 'i.assignment_record'])
    .where('i.region_code', '=', regionCode)
    .where('i.decision_id', '=', decisionId)
    .orderBy('i.is_lead', 'desc')
    .orderBy('o.path')
    .execute();
}

export async function afterFacts(db: Db | Tx, row: Pick<DecisionRow, 'region_code' | 'id'>): Promise<AfterFacts> {
  const [implementers, archive] = await Promise.all([
    implementersOf(db, row.region_code, row.id),
    db
      .selectFrom('decision_archives')
      .select('decision_id')
      .where('region_code', '=', row.region_code)
      .where('decision_id', '=', row.id)
      .executeTakeFirst(),
  ]);
  return { implementationAssigned: implementers.length > 0, archived: archive !== undefined, changeDiscussed: false };
}

/** The policy's view of the decision: where it is located, and its implementing units (or the one `onlyOrg`). */
export async function afterTarget(
  db: Db | Tx,
  loaded: { row: DecisionRow; target: DecisionAfterTarget | Omit<DecisionAfterTarget, 'implementers'> },
  onlyOrg?: string,
): Promise<DecisionAfterTarget> {
  const units = (await implementersOf(db, loaded.row.region_code, loaded.row.id)).filter(
    (u) => !onlyOrg || u.org_id === onlyOrg,
  );
  const implementers = (await Promise.all(units.map((u) => orgTarget(db as Db, u.org_id)))).filter(
    (t): t is ScopeTarget => t !== null,
  );
  return { ...loaded.target, implementers };
}

/** The decision for an act after it was published: in scope, status and earlier steps, then the policy. */
export async function decisionForAfterAct(
  services: Services,
  w: Writer,
  id: string,
  act: DecisionAfterAction,
  opts: { changeDiscussed?: boolean; implementer?: string } = {},
) {
  const loaded = await loadDecision(services, w.tx, w.ctx.actor, id, true);
  const facts = { ...(await afterFacts(w.tx, loaded.row)), changeDiscussed: opts.changeDiscussed ?? false };
  const refusal = decisionAfterRefusal(loaded.row.status, act, facts);
  if (refusal) throw new AppError(refusal.status, refusal.code, refusal.message);
  const target = await afterTarget(w.tx, loaded, opts.implementer);
  authorizeAs(services.registry.grants, w.ctx.actor, decisionAfterPolicy, act, target);
  return { ...loaded, target, facts };
}

// the audit actions of the acts after the decision, named by core's act names (decisionAfterActNames)
export const decisionAfterAuditActions = {
  'major_decision.implementation_assigned': '明确重大行政决策执行单位',
  'major_decision.progress_reported': '报告重大行政决策执行情况',
  'major_decision.evaluated': '重大行政决策后评估',
  'major_decision.adjusted': '调整重大行政决策',
  'major_decision.suspended': '中止执行重大行政决策',
  'major_decision.stopped': '停止执行重大行政决策',
  'major_decision.accountability_recorded': '重大行政决策责任追究',
  'major_decision.archived': '重大行政决策归档',
} as const satisfies Record<`major_decision.${(typeof decisionAfterActNames)[DecisionAfterAction]}`, string>;
