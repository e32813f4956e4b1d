// 裁判结果: the court's outcome by its type (each with its article of 行政诉讼法), the day it was given and the day its
// paper reached the agency — from which a first instance's judgment may be appealed within fifteen days and a ruling
// dismissing the suit within ten (第八十五条, on the deadline service). An outcome no appeal follows (a withdrawal, a
// mediation, a second instance's judgment) takes effect at once. The head's certificate, if still owed, is no longer.
import { appealRuleOf, outcomeBasis, outcomeTypes } from '@fazhi/core/litigation';
import { actDate } from '../../../platform/act-date';
import { recordServiceOn } from '../../../platform/cases/service-records';
import { closeDeadline, setDeadline } from '../../../platform/deadlines';
import { invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import type { DecideBody } from '../schemas';
import { suitForAct, suitLink, suitRef, suitTitle } from '../workflow';

export async function decideSuit(services: Services, ctx: WriteContext, id: string, input: DecideBody) {
  return inWriteTransaction(services, ctx, (w) => decideSuitOn(services, w, id, input));
}

export async function decideSuitOn(services: Services, w: Writer, id: string, input: DecideBody) {
  const { row, body } = await suitForAct(services, w, id, 'decide');
  const judgedOn = actDate(services, input.judgedOn, 'judgedOn');
  const servedOn = actDate(services, input.judgmentServedOn ?? judgedOn, 'judgmentServedOn');
  const problems = [];
  if (judgedOn < row.filed_on) problems.push({ path: 'judgedOn', message: `不能早于立案日期（${row.filed_on}）` });
  if (servedOn < judgedOn) problems.push({ path: 'judgmentServedOn', message: `不能早于裁判日期（${judgedOn}）` });
  if (problems.length) throw invalid('JUDGMENT_DATES', problems[0]!.message, problems);
  const type = outcomeTypes[input.suitOutcome];
  const paper = { judgment: '判决书', ruling: '裁定书', mediation: '调解书' }[type.form];
  await recordServiceOn(w, suitRef(row), {
    paper,
    partyId: null,
    recipient: body.bodyName,
    method: 'direct',
    servedOn,
  });
  const appealRule = appealRuleOf(input.suitOutcome, row.instance);
  if (appealRule)
    await setDeadline(w, {
      regionCode: row.region_code,
      subjectType: SUIT_SUBJECT,
      subjectId: row.id,
      kind: 'appeal',
      label: `不服${paper}提起上诉`,
      subjectTitle: suitTitle(row),
      link: suitLink(row.id),
      ruleId: appealRule,
      from: servedOn,
      responsibleOrgId: row.body_org_id,
    });
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUIT_SUBJECT, subjectId: row.id, kind: 'head-certificate' },
    judgedOn,
    true,
  );
  await w.tx
    .updateTable('litigation_suits')
    .set({
      status: appealRule ? 'decided' : 'effective',
      outcome: input.suitOutcome,
      outcome_on: judgedOn,
      outcome_served_on: servedOn,
      outcome_note: input.judgmentSummary ?? null,
      ...(appealRule ? {} : { appealed: false, concluded_on: servedOn }),
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_suit.decided',
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    summary: `${row.suit_number}：${type.label}（${outcomeBasis(input.suitOutcome)}）${type.lost ? '，行政机关败诉' : ''}`,
    changes: { outcome: input.suitOutcome, judgedOn, servedOn, lost: type.lost },
  });
}
