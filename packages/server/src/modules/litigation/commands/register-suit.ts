// 登记行政诉讼案件: the agency sued (被告) records the suit — the court, the case number (checked by its shape against
// the instance and the filing year), the cause, the contested act (a platform reconsideration case linked, or described
// by hand), the plaintiffs and third parties on the shared case record (身份证号, 手机号 encrypted there), and what
// decides whether its head must appear (major, group, compensation: the region's rule).
import { randomUUID } from 'node:crypto';
import { caseNumberProblems, instanceLabels, parseCaseNumber } from '@fazhi/core/litigation';
import { actDate } from '../../../platform/act-date';
import { addCasePartiesOn } from '../../../platform/cases/parties';
import { conflict, invalid, notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import type { RegisterSuitBody } from '../schemas';
import { agencyFor, suitRef } from '../workflow';

export async function registerSuit(services: Services, ctx: WriteContext, input: RegisterSuitBody) {
  return inWriteTransaction(services, ctx, (w) => registerSuitOn(services, w, input));
}

export async function registerSuitOn(
  services: Services,
  w: Writer,
  input: RegisterSuitBody,
  opts: { isDemo?: boolean } = {},
) {
  const body = await agencyFor(services, w.tx, w.ctx.actor, input.defendingBodyId, 'serve');
  const suitFiledOn = actDate(services, input.suitFiledOn, 'suitFiledOn');
  const problems = caseNumberProblems(input.suitNumber, input.instance, suitFiledOn);
  if (problems.length)
    throw invalid(
      'SUIT_NUMBER_INVALID',
      problems[0]!,
      problems.map((message) => ({ path: 'suitNumber', message })),
    );
  const suitNumber = parseCaseNumber(input.suitNumber)!.normalised;
  const taken = await w.tx
    .selectFrom('litigation_suits')
    .select('id')
    .where('region_code', '=', body.regionCode)
    .where('suit_number', '=', suitNumber)
    .executeTakeFirst();
  if (taken) throw conflict('SUIT_NUMBER_TAKEN', `案号${suitNumber}已经登记`);
  if (input.reconsiderationCaseId) {
    const linked = await w.tx
      .selectFrom('reconsideration_cases')
      .select('id')
      .where('region_code', '=', body.regionCode)
      .where('id', '=', input.reconsiderationCaseId)
      .executeTakeFirst();
    if (!linked) throw notFound('经行政复议的案件');
  }
  if (input.previousSuitId) {
    const previous = await w.tx
      .selectFrom('litigation_suits')
      .select('id')
      .where('region_code', '=', body.regionCode)
      .where('id', '=', input.previousSuitId)
      .where('body_org_id', '=', input.defendingBodyId)
      .executeTakeFirst();
    if (!previous) throw notFound('前一审级案件');
  }
  const id = randomUUID();
  await w.tx
    .insertInto('litigation_suits')
    .values({
      region_code: body.regionCode,
      id,
      body_org_id: input.defendingBodyId,
      handler_name: input.handlerName,
      court_name: input.courtName,
      suit_number: suitNumber,
      instance: input.instance,
      suit_cause: input.suitCause,
      contested_act: input.suedAct,
      contested_type: input.reconsiderationCaseId ? 'reconsideration_case' : null,
      contested_id: input.reconsiderationCaseId ?? null,
      previous_suit_id: input.previousSuitId ?? null,
      filed_on: suitFiledOn,
      major: input.major,
      group_suit: input.groupSuit,
      compensation: input.compensation,
      status: 'registered',
      recorded_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  const ref = suitRef({ region_code: body.regionCode, id });
  await addCasePartiesOn(services, w, ref, [
    ...input.plaintiffs.map((p) => ({ ...p, role: 'plaintiff' })),
    ...input.thirdParties.map((p) => ({ ...p, role: 'third_party' })),
  ]);
  // the audit trail names the parties by name only: their identifiers stay encrypted on the case record
  await w.audit({
    regionCode: body.regionCode,
    action: 'litigation_suit.registered',
    subjectType: SUIT_SUBJECT,
    subjectId: id,
    summary: `登记${input.plaintiffs.map((p) => p.name).join('、')}诉${body.bodyName}${input.suitCause}一案（${suitNumber}，${instanceLabels[input.instance]}）`,
    changes: { suitNumber, instance: input.instance, suitFiledOn, courtName: input.courtName },
  });
  return { id };
}
