// The decision after its publication, as its page shows it: the implementing units with their next report's due day
// (the stored deadline; the warning level derived from today), the progress reports, evaluations, changes and
// accountability records, what the case file still lacks (第三十三条), the archive's digests, and the abilities —
// each act the policy allows and the record's status allows (an earlier step missing is for the act to name).
import type { DecisionAfter } from '@fazhi/core/contracts';
import {
  accountabilityArticleLabels,
  decisionChangeKindLabels,
  decisionAfterActions,
  decisionAfterRefusal,
  evaluationConclusionLabels,
  executionProblemLabels,
  postEvaluationTriggerLabels,
  type DecisionAfterAction,
} from '@fazhi/core/major-decisions';
import type { Actor } from '../../../../platform/access/actor';
import { can } from '../../../../platform/access/scope';
import { abilities, policyContext } from '../../../../platform/access/policy';
import { deadlinesOf } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { caseFileOf } from '../../archive/case-file';
import { DECISION_SUBJECT, loadDecision } from '../../records/workflow';
import { regionUnits } from '../../support';
import { progressDeadlineKind } from '../commands/assign-implementation';
import { decisionAfterPolicy } from '../policy';
import { afterFacts, afterTarget, implementersOf } from '../workflow';

export async function getDecisionAfter(services: Services, actor: Actor, id: string): Promise<DecisionAfter> {
  const db = services.db;
  const loaded = await loadDecision(services, db, actor, id);
  const { row } = loaded;
  const today = services.clock.today();
  const where = (t: 'decision_progress_reports' | 'decision_changes' | 'decision_accountability') =>
    db.selectFrom(t).where(`${t}.region_code`, '=', row.region_code).where(`${t}.decision_id`, '=', id);
  const [implementers, reports, evaluations, changes, accountability, archive, deadlines, file, facts, target] =
    await Promise.all([
      implementersOf(db, row.region_code, id),
      where('decision_progress_reports')
        .innerJoin('orgs as o', 'o.id', 'decision_progress_reports.org_id')
        .select(['o.name', 'reported_on', 'progress', 'problem', 'problem_detail'])
        .orderBy('reported_on', 'desc')
        .orderBy('decision_progress_reports.created_at', 'desc')
        .execute(),
      db
        .selectFrom('decision_evaluations')
        .selectAll()
        .where('region_code', '=', row.region_code)
        .where('decision_id', '=', id)
        .orderBy('evaluated_on')
        .execute(),
      where('decision_changes').selectAll().orderBy('decided_on').orderBy('created_at').execute(),
      where('decision_accountability').selectAll().orderBy('decided_on').execute(),
      db
        .selectFrom('decision_archives')
        .select([
          'archived_on',
          'case_file_sm3',
          'manifest_sm3',
          (eb) => eb.fn('octet_length', ['case_file']).as('bytes'),
        ])
        .where('region_code', '=', row.region_code)
        .where('decision_id', '=', id)
        .executeTakeFirst(),
      deadlinesOf(db, row.region_code, DECISION_SUBJECT, id, today),
      caseFileOf(db, row),
      afterFacts(db, row),
      afterTarget(db, loaded),
    ]);
  const grants = services.registry.grants;
  const may = abilities(policyContext(grants, actor), decisionAfterPolicy, target);
  const allowed = Object.fromEntries(
    decisionAfterActions.map((a: DecisionAfterAction) => {
      const refusal = decisionAfterRefusal(row.status, a, { ...facts, changeDiscussed: true });
      // a status conflict or an act already done hides the button; a missing earlier step is the act's to name
      return [a, may[a] && (!refusal || refusal.status === 422)];
    }),
  ) as Record<DecisionAfterAction, boolean>;
  const openDue = (orgId: string) =>
    deadlines.find((d) => d.kind === progressDeadlineKind(orgId) && d.status === 'open') ?? null;
  const unitChoices = allowed.assignImplementation
    ? await regionUnits(db, row.region_code).orderBy('o.path').limit(1000).execute()
    : [];
  return {
    id,
    title: row.title,
    implementers: implementers.map((u) => {
      const due = openDue(u.org_id);
      return {
        orgId: u.org_id,
        name: u.name,
        lead: u.is_lead,
        assignedOn: u.assigned_on,
        assignmentRecord: u.assignment_record,
        nextReportDue: due?.due ?? null,
        nextReportLevel: due?.warningLevel ?? null,
      };
    }),
    progressReports: reports.map((p) => ({
      orgName: p.name,
      reportedOn: p.reported_on,
      progress: p.progress,
      problem: p.problem,
      problemLabel: p.problem ? executionProblemLabels[p.problem] : null,
      problemDetail: p.problem_detail,
    })),
    evaluations: evaluations.map((e) => ({
      trigger: e.trigger,
      triggerLabel: postEvaluationTriggerLabels[e.trigger],
      triggerDetail: e.trigger_detail,
      evaluatorName: e.evaluator_name,
      participants: e.participants,
      report: e.report,
      conclusion: e.conclusion,
      conclusionLabel: evaluationConclusionLabels[e.conclusion],
      evaluatedOn: e.evaluated_on,
    })),
    changes: changes.map((c) => ({
      kindLabel: decisionChangeKindLabels[c.kind],
      decidedOn: c.decided_on,
      reason: c.reason,
      record: c.record,
      content: c.content,
      newDecisionId: c.new_decision_id,
    })),
    accountability: accountability.map((a) => ({
      person: a.person,
      article: a.article,
      articleLabel: accountabilityArticleLabels[a.article],
      finding: a.finding,
      handlingBody: a.handling_body,
      handling: a.handling,
      decidedOn: a.decided_on,
    })),
    caseFileGaps: file.gaps,
    archive: archive
      ? {
          archivedOn: archive.archived_on,
          caseFileSm3: archive.case_file_sm3,
          manifestSm3: archive.manifest_sm3,
          bytes: Number(archive.bytes),
        }
      : null,
    unitChoices,
    reportsFor: allowed.reportProgress
      ? implementers
          .filter((u) =>
            target.implementers.some((t) => t.orgId === u.org_id && can(grants, actor, 'decision.execute', t)),
          )
          .map((u) => ({ id: u.org_id, name: u.name }))
      : [],
    abilities: allowed,
  };
}
