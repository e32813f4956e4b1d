// 第三十六条第一款: 行政复议机构应当指定行政复议人员负责办理行政复议案件. The office names the handlers of an accepted
// case — after a deemed acceptance (第三十条第三款), which names nobody — or changes them while the case is heard,
// as many as the region asks (第四十五条第二款; seed 000 (十七): 2, 3 for a major case). Naming them closes the
// case's to-do of naming handlers (accept-application.ts).
import { actDate } from '../../../../platform/act-date';
import { closeDeadline } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { HANDLERS_DEADLINE } from '../../applications/commands/accept-application';
import { CASE_SUBJECT } from '../../catalogue';
import { handlerChoices, handlerProblems } from '../../handlers';
import { caseForAct, recordCaseAct } from '../../workflow';

export interface NameHandlersInput {
  handlerIds: string[];
  /** 重大、疑难、复杂: unchanged when not given */
  major?: boolean | undefined;
  namedOn?: string | undefined;
}

export async function nameHandlers(services: Services, ctx: WriteContext, id: string, input: NameHandlersInput) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'name-handlers');
    const on = actDate(services, input.namedOn, 'namedOn');
    const handlers = [...new Set(input.handlerIds)];
    const major = input.major ?? row.major;
    const problems = await handlerProblems(services, w.tx, row, handlers, major);
    if (row.accepted_on && on < row.accepted_on)
      problems.push({ path: 'namedOn', message: `不得早于受理日期 ${row.accepted_on}` });
    if (problems.length) throw invalid('HANDLERS_INVALID', problems[0]!.message, problems);
    const first = row.handler_ids.length === 0;
    const todo = await closeDeadline(
      w,
      { regionCode: row.region_code, subjectType: CASE_SUBJECT, subjectId: row.id, kind: HANDLERS_DEADLINE },
      on,
    );
    await w.tx
      .updateTable('reconsideration_cases')
      .set({ handler_ids: JSON.stringify(handlers), major })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    const names = (await handlerChoices(services, w.tx, row.office_org_id))
      .filter((u) => handlers.includes(u.id))
      .map((u) => u.name);
    await recordCaseAct(w, row, {
      act: 'handlers_named',
      on,
      status: row.status,
      summary: `${first ? '指定' : '变更'}承办人：${names.join('、')}${major ? '（重大、疑难、复杂案件）' : ''}`,
      changes: { handlers, before: row.handler_ids, major, todoKept: todo?.status ?? null },
    });
  });
}
