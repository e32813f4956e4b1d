// 行政复议决定 (第六十一条至第六十九条、第三十三条): recorded once the body's head has approved it or its collective
// discussion has passed it (第六十一条第一款), a heard case on its hearing record (第六十一条第二款), a major case only
// after its hearing (第五十条第一款); the decision's clock closes, met or missed against its day.
import {
  decisionTypeLabels,
  hearingDecisionProblem,
  viewsProblem,
  type DecisionType,
} from '@fazhi/core/reconsideration';
import { invalid } from '../../../../platform/errors';
import { actDate } from '../../../../platform/act-date';
import { endCaseClockOn } from '../../../../platform/cases/clock';
import { closeDeadline } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { caseForAct, caseRef, recordCaseAct } from '../../workflow';
import { hearingRowsOf } from '../queries/hearings';

export interface DecideInput {
  decisionType: DecisionType;
  decisionText: string;
  decidedOn?: string | undefined;
  /** 第四十九条: why the case was reviewed on the papers, where the parties' views could not be heard */
  writtenReviewReason?: string | undefined;
}

export async function decideCase(services: Services, ctx: WriteContext, id: string, input: DecideInput) {
  return inWriteTransaction(services, ctx, (w) => decideCaseOn(services, w, id, input));
}

export async function decideCaseOn(services: Services, w: Writer, id: string, input: DecideInput) {
  const { row } = await caseForAct(services, w, id, 'decide');
  const on = actDate(services, input.decidedOn, 'decidedOn');
  const heard = await w.tx
    .selectFrom('reconsideration_case_views')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('region_code', '=', row.region_code)
    .where('case_id', '=', row.id)
    .executeTakeFirstOrThrow();
  // 第五十条第一款、第六十一条第二款: a major case after its hearing, a scheduled hearing before the decision
  const hearings = await hearingRowsOf(w.tx, row);
  const hearing = hearingDecisionProblem({ procedure: row.procedure, major: row.major, hearings });
  if (hearing) throw invalid(hearing.code, hearing.message);
  const writtenReason = input.writtenReviewReason?.trim() || null;
  // a hearing the applicant attended heard the parties' views (第四十九条)
  const held = hearings.filter((h) => h.status === 'held').length;
  const views = viewsProblem(row.procedure, Number(heard.n) + held, writtenReason);
  if (views) throw invalid('VIEWS_NOT_HEARD', views, [{ path: 'writtenReviewReason', message: views }]);
  const decision = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id, kind: 'decision' },
    on,
  );
  await endCaseClockOn(w, caseRef(row), on);
  await w.tx
    .updateTable('reconsideration_cases')
    .set({
      decision_type: input.decisionType,
      decision_text: input.decisionText,
      decided_on: on,
      ended_on: on,
      written_review_reason: writtenReason,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'decided',
    on,
    status: 'decided',
    summary: `作出行政复议决定：${decisionTypeLabels[input.decisionType]}${decision?.status === 'missed' ? '（超过法定期限）' : ''}`,
    changes: { decisionType: input.decisionType, kept: decision?.status ?? null },
  });
}
