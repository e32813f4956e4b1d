// 受理 (第三十条): the office accepts an application that meets the seven conditions within the five working days,
// choosing the procedure (第三十六条; 简易程序 only on a ground of 第五十三条) and the handlers (第四十五条第二款 and the
// region's own minimum, seed 000 (十七)). The hearing's periods start: the copy to the respondent (第四十八条 7 /
// 第五十四条 3 working days) and the decision (第六十二条: 60 days, 30 for the simplified procedure).
import {
  acceptanceConditionLabels,
  procedureProblem,
  procedureRules,
  unmetConditions,
  type AcceptanceCondition,
  type Procedure,
  type SimplifiedGround,
} from '@fazhi/core/reconsideration';
import { actDate } from '../../../../platform/act-date';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import { invalid, type FieldError } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { handlerProblems } from '../../handlers';
import { caseForAct, caseLink, caseTitle, recordCaseAct, type CaseRow } from '../../workflow';

/** The to-do of a case accepted without handlers (第三十六条第一款), closed when the office names them. */
export const HANDLERS_DEADLINE = 'handlers';

export interface AcceptInput {
  conditionsMet: AcceptanceCondition[];
  acceptedOn?: string | undefined;
  procedure: Procedure;
  simplifiedGround?: SimplifiedGround | undefined;
  amountYuan?: number | undefined;
  major: boolean;
  handlerIds: string[];
}

export async function acceptApplication(services: Services, ctx: WriteContext, id: string, input: AcceptInput) {
  return inWriteTransaction(services, ctx, (w) => acceptApplicationOn(services, w, id, input));
}

export async function acceptApplicationOn(services: Services, w: Writer, id: string, input: AcceptInput) {
  const { row } = await caseForAct(services, w, id, 'accept');
  const acceptedOn = actDate(services, input.acceptedOn, 'acceptedOn');
  const problems: FieldError[] = [];
  const unmet = unmetConditions(input.conditionsMet);
  if (unmet.length)
    problems.push({
      path: 'conditionsMet',
      message: `不符合受理条件的，应当决定不予受理：${unmet.map((c) => acceptanceConditionLabels[c]).join('；')}（第三十条）`,
    });
  const procedure = procedureProblem(input.procedure, input.simplifiedGround ?? null, input.amountYuan ?? null);
  if (procedure) problems.push({ path: 'simplifiedGround', message: procedure });
  const handlers = [...new Set(input.handlerIds)];
  problems.push(...(await handlerProblems(services, w.tx, row, handlers, input.major)));
  if (acceptedOn < row.received_on)
    problems.push({ path: 'acceptedOn', message: `不得早于收到申请日期 ${row.received_on}` });
  if (problems.length) throw invalid('ACCEPTANCE_INVALID', problems[0]!.message, problems);
  await startHearingOn(w, row, {
    acceptedOn,
    deemed: false,
    procedure: input.procedure,
    simplifiedGround: input.simplifiedGround ?? null,
    amountYuan: input.amountYuan ?? null,
    major: input.major,
    handlerIds: handlers,
    conditionsMet: input.conditionsMet,
  });
}

/** Acceptance, given or deemed (第三十条第三款): the review closes, the hearing's periods start. */
export async function startHearingOn(
  w: Writer,
  row: CaseRow,
  a: {
    acceptedOn: string;
    deemed: boolean;
    procedure: Procedure;
    simplifiedGround: SimplifiedGround | null;
    amountYuan: number | null;
    major: boolean;
    handlerIds: string[];
    conditionsMet: AcceptanceCondition[] | null;
  },
) {
  const where = { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id };
  const review = await closeDeadline(w, { ...where, kind: 'acceptance-review' }, a.acceptedOn);
  const rules = procedureRules[a.procedure];
  const common = {
    ...where,
    subjectTitle: caseTitle(row),
    link: caseLink(row.id),
    from: a.acceptedOn,
    responsibleOrgId: row.office_org_id,
  };
  await setDeadline(w, { ...common, kind: 'copy-to-respondent', label: '发送行政复议申请书副本', ruleId: rules.copy });
  // 第三十六条第一款: the office names the handlers. A deemed acceptance (第三十条第三款) leaves nobody on the case;
  // the office's to-do then names them before the copy must go out (第四十八条、第五十四条 — somebody has to send it),
  // so the workbench shows the case to the office until they are named (commands name-handlers.ts).
  if (a.handlerIds.length === 0)
    await setDeadline(w, { ...common, kind: HANDLERS_DEADLINE, label: '指定承办人（尚无承办人）', ruleId: rules.copy });
  const decision = await setDeadline(w, {
    ...common,
    kind: 'decision',
    label: '作出行政复议决定',
    ruleId: rules.decision,
  });
  await w.tx
    .updateTable('reconsideration_cases')
    .set({
      accepted_on: a.acceptedOn,
      deemed_accepted: a.deemed,
      conditions_met: a.conditionsMet ? JSON.stringify(a.conditionsMet) : null,
      procedure: a.procedure,
      simplified_ground: a.simplifiedGround,
      amount_yuan: a.amountYuan === null ? null : String(a.amountYuan),
      major: a.major,
      handler_ids: JSON.stringify(a.handlerIds),
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: a.deemed ? 'deemed_accepted' : 'accepted',
    on: a.acceptedOn,
    status: 'accepted',
    summary: `${a.deemed ? '审查期限届满未作出不予受理决定，视为受理（第三十条第三款）' : '决定受理'}，适用${
      a.procedure === 'simplified' ? '简易程序' : '普通程序'
    }，应于 ${decision.due} 前作出行政复议决定`,
    changes: {
      procedure: a.procedure,
      handlers: a.handlerIds,
      decisionDue: decision.due,
      reviewKept: review?.status ?? null,
    },
  });
}
