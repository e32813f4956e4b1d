// 向上一级人民政府备案: the filing recorded with its day; the filing deadline closes as met or missed by that day
// (on time or late is read from the two days wherever shown, never a stored flag of the decision).
import { actDate } from '../../../../platform/act-date';
import { closeDeadline } from '../../../../platform/deadlines';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { DECISION_SUBJECT, decisionForAct, recordDecisionAct } from '../workflow';

export interface FileDecisionInput {
  filedOn?: string | undefined;
  filingRecord: string;
}

export async function fileDecision(services: Services, ctx: WriteContext, id: string, input: FileDecisionInput) {
  return inWriteTransaction(services, ctx, (w) => fileDecisionOn(services, w, id, input));
}

export async function fileDecisionOn(services: Services, w: Writer, id: string, input: FileDecisionInput) {
  const { row } = await decisionForAct(services, w, id, 'file');
  if (row.filed_on) throw conflict('DECISION_ALREADY_FILED', `该决策已于${row.filed_on}报送备案`);
  const filedOn = actDate(services, input.filedOn, 'filedOn', '备案日期');
  await w.tx
    .updateTable('decision_records')
    .set({ filed_on: filedOn, filing_record: input.filingRecord })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  const closed = await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: DECISION_SUBJECT, subjectId: id, kind: 'filing' },
    filedOn,
  );
  await recordDecisionAct(w, row, {
    act: 'filed',
    on: filedOn,
    status: row.status,
    summary: `报送上一级人民政府备案（${input.filingRecord}）${closed ? (closed.status === 'met' ? '，按期' : `，逾期（应于${closed.due}前）`) : ''}`,
    changes: { filedOn, filingRecord: input.filingRecord, due: closed?.due ?? null },
  });
}
