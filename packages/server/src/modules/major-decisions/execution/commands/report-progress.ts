// 第三十四条、第三十五条: an implementing unit reports the decision's progress to the body, and with it at once a
// problem it found, a major change of circumstances or force majeure. The report closes the unit's due report (met or
// missed by its day) and sets the next one by the region's period.
import { randomUUID } from 'node:crypto';
import { PROGRESS_REPORT_RULE, executionProblemLabels } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import { closeDeadline, deadlineRecipients, setDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { decisionLink } from '../../records/links';
import { DECISION_SUBJECT, recordDecisionAct } from '../../records/workflow';
import type { ReportProgressBody } from '../schemas';
import { decisionForAfterAct, implementersOf } from '../workflow';
import { progressDeadlineKind } from './assign-implementation';

export async function reportProgress(services: Services, ctx: WriteContext, id: string, input: ReportProgressBody) {
  return inWriteTransaction(services, ctx, (w) => reportProgressOn(services, w, id, input));
}

export async function reportProgressOn(services: Services, w: Writer, id: string, input: ReportProgressBody) {
  const { row } = await decisionForAfterAct(services, w, id, 'reportProgress', { implementer: input.implementerOrgId });
  const unit = (await implementersOf(w.tx, row.region_code, id)).find((u) => u.org_id === input.implementerOrgId);
  const fields = [];
  if (!unit) fields.push({ path: 'implementerOrgId', message: '请选择本决策的决策执行单位' });
  if (Boolean(input.problem) !== Boolean(input.problemDetail?.trim()))
    fields.push({ path: 'problemDetail', message: '报告问题的，请同时选择问题类型并说明问题及建议' });
  if (!unit || fields.length) throw invalid('PROGRESS_REPORT_INVALID', fields[0]!.message, fields);
  const reportedOn = actDate(services, input.reportedOn, 'reportedOn');
  const reportId = randomUUID();
  await w.tx
    .insertInto('decision_progress_reports')
    .values({
      region_code: row.region_code,
      id: reportId,
      decision_id: id,
      org_id: unit.org_id,
      reported_on: reportedOn,
      progress: input.progress,
      problem: input.problem ?? null,
      problem_detail: input.problem ? input.problemDetail!.trim() : null,
      reported_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  const where = { regionCode: row.region_code, subjectType: DECISION_SUBJECT, subjectId: id };
  const kind = progressDeadlineKind(unit.org_id);
  const closed = await closeDeadline(w, { ...where, kind }, reportedOn);
  const next = await setDeadline(w, {
    ...where,
    kind,
    label: '报告决策执行情况',
    subjectTitle: `“${row.title}”`,
    link: decisionLink(id),
    ruleId: PROGRESS_REPORT_RULE,
    from: reportedOn,
    responsibleOrgId: unit.org_id,
  });
  // 第三十五条: 应当及时向决策机关报告 — the body's staff are told at once (the platform's rule of who is told)
  if (input.problem)
    for (const userId of await deadlineRecipients(w.tx, {
      responsible_user_id: null,
      responsible_org_id: row.body_org_id,
    }))
      await w.notify({
        userId,
        kind: 'decision.problem_reported',
        title: '决策执行中发现问题',
        body: `${unit.name}报告“${row.title}”${executionProblemLabels[input.problem]}：${input.problemDetail!.trim()}。请决策机关及时研究处理（第三十五条）。`,
        subjectType: DECISION_SUBJECT,
        subjectId: id,
        dedupeKey: `decision-problem:${reportId}`,
        link: decisionLink(id),
        regionCode: row.region_code,
      });
  const problem = input.problem ? `；报告${executionProblemLabels[input.problem]}（第三十五条）` : '';
  await recordDecisionAct(w, row, {
    act: 'progress_reported',
    on: reportedOn,
    status: row.status,
    summary: `${unit.name}报告决策执行情况${closed?.status === 'missed' ? `（逾期，应于${closed.due}前）` : ''}${problem}；下次报告应于${next.due}前`,
    changes: { implementerOrgId: unit.org_id, problem: input.problem ?? null, nextDue: next.due },
  });
}
