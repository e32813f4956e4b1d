// 第三十四条: the decision body names the units that execute the published decision (one leads) and the meeting,
// instruction or document that named them; each unit's first progress report is due by the region's period
// (calendar rule decision.progress-report, a local rule: the regulation sets none), a deadline on its workbench.
import { randomUUID } from 'node:crypto';
import { PROGRESS_REPORT_RULE } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import { setDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { decisionLink } from '../../records/links';
import { DECISION_SUBJECT, recordDecisionAct } from '../../records/workflow';
import type { AssignImplementationBody } from '../schemas';
import { decisionForAfterAct } from '../workflow';

/** The deadline of one implementing unit's next progress report (one per unit on the decision). */
export const progressDeadlineKind = (orgId: string) => `progress-report-${orgId}`;

export async function assignImplementation(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: AssignImplementationBody,
) {
  return inWriteTransaction(services, ctx, (w) => assignImplementationOn(services, w, id, input));
}

export async function assignImplementationOn(
  services: Services,
  w: Writer,
  id: string,
  input: AssignImplementationBody,
) {
  const { row } = await decisionForAfterAct(services, w, id, 'assignImplementation');
  const orgIds = [...new Set(input.units.map((u) => u.orgId))];
  if (orgIds.length !== input.units.length || input.units.filter((u) => u.lead).length !== 1)
    throw invalid('IMPLEMENTERS_INVALID', '请明确决策执行单位（不重复），其中一个为牵头执行单位', [
      { path: 'units', message: '每个单位只列一次，并且只有一个牵头执行单位' },
    ]);
  const units = await w.tx
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('region_code', '=', row.region_code)
    .where('id', 'in', orgIds)
    .execute();
  if (units.length !== orgIds.length)
    throw invalid('IMPLEMENTERS_INVALID', '决策执行单位应为本行政区域内的单位', [
      { path: 'units', message: '请选择本行政区域内的单位' },
    ]);
  const assignedOn = actDate(services, input.assignedOn, 'assignedOn');
  const dues: string[] = [];
  for (const u of input.units) {
    await w.tx
      .insertInto('decision_implementations')
      .values({
        region_code: row.region_code,
        id: randomUUID(),
        decision_id: id,
        org_id: u.orgId,
        is_lead: u.lead,
        assigned_on: assignedOn,
        assignment_record: input.assignmentRecord,
      })
      .execute();
    const due = await setDeadline(w, {
      regionCode: row.region_code,
      subjectType: DECISION_SUBJECT,
      subjectId: id,
      kind: progressDeadlineKind(u.orgId),
      label: '报告决策执行情况',
      subjectTitle: `“${row.title}”`,
      link: decisionLink(id),
      ruleId: PROGRESS_REPORT_RULE,
      from: assignedOn,
      responsibleOrgId: u.orgId,
    });
    dues.push(due.due);
  }
  const names = input.units.map((u) => `${units.find((x) => x.id === u.orgId)!.name}${u.lead ? '（牵头）' : ''}`);
  await recordDecisionAct(w, row, {
    act: 'implementation_assigned',
    on: assignedOn,
    status: row.status,
    summary: `明确决策执行单位：${names.join('、')}（${input.assignmentRecord}）；首次执行情况报告应于${dues[0]}前报送`,
    changes: { units: input.units, assignmentRecord: input.assignmentRecord, firstReportDue: dues[0] },
  });
}
