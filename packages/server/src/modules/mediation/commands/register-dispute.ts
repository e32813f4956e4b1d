// 登记调解纠纷: a dispute a people's mediation committee or a department takes up — how it came (a party's
// application or the committee's own initiative, 人民调解法 第十七条; the court or police's suggestion, 第十八条; a
// referral from another procedure, 三调联动), its type from the region's list, the parties on the shared case record
// (identifiers encrypted, shown masked), the mediators named (第十九条) and, when the mediation happens inside a
// reconsideration case, a suit or a petition, that procedure. It gets the unit's register number for the year.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { mediationKindLabels } from '@fazhi/core/mediation';
import { actDate } from '../../../platform/act-date';
import { addCasePartiesOn, casePartiesProblems } from '../../../platform/cases/parties';
import { invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { DISPUTE_SUBJECT } from '../catalogue';
import type { RegisterDisputeBody } from '../schemas';
import { mediationSettings } from '../settings';
import { committeeFor, disputeNumber, disputeRef, unitForMediation } from '../support';

export const registerDispute = (services: Services, ctx: WriteContext, input: RegisterDisputeBody) =>
  inWriteTransaction(services, ctx, (w) => registerDisputeOn(services, w, input));

export async function registerDisputeOn(
  services: Services,
  w: Writer,
  input: RegisterDisputeBody,
  opts: { isDemo?: boolean } = {},
) {
  const peoples = input.mediationKind === 'peoples';
  const committee = peoples ? await committeeFor(services, w.tx, w.ctx.actor, input.committeeId!, 'record') : null;
  const orgId = committee ? committee.row.org_id : input.mediatingUnitId!;
  const unit = committee
    ? committee.unit
    : await unitForMediation(services, w.tx, w.ctx.actor, orgId, 'record', '调解机关');
  const registeredOn = actDate(services, input.registeredOn, 'registeredOn');
  // every party's problem at once, named as this form names the list (the shared record would say parties.N.x)
  const partyProblems = casePartiesProblems(input.disputeParties, 'disputeParties');
  if (partyProblems.length) throw invalid('PARTY_INVALID', partyProblems[0]!.message, partyProblems);
  const types = await mediationSettings.read(w.tx, unit.regionCode, 'mediation.dispute-types');
  if (!types.includes(input.disputeType))
    throw invalid('DISPUTE_TYPE_UNKNOWN', `纠纷类型「${input.disputeType}」不在本地区的统计口径中`, [
      { path: 'disputeType', message: `应为：${types.join('、')}` },
    ]);
  const year = Number(registeredOn.slice(0, 4));
  // one register per unit and year: numbers are given in turn, so two registrations at once wait for each other
  await sql`SELECT pg_advisory_xact_lock(hashtext('mediation_dispute'), hashtext(${`${orgId}/${year}`}))`.execute(w.tx);
  const last = await w.tx
    .selectFrom('mediation_disputes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('org_id', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const id = randomUUID();
  await w.tx
    .insertInto('mediation_disputes')
    .values({
      region_code: unit.regionCode,
      id,
      org_id: orgId,
      kind: input.mediationKind,
      committee_id: committee?.row.id ?? null,
      year,
      seq,
      dispute_type: input.disputeType,
      source: input.disputeSource,
      summary: input.disputeSummary,
      major: input.majorDispute,
      registered_on: registeredOn,
      mediators: input.assignedMediators,
      linked_procedure: input.linkedProcedure ?? null,
      linked_reference: input.linkedReference ?? null,
      recorded_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  const by = committee ? `「${committee.row.name}」` : unit.bodyName;
  await w.audit({
    regionCode: unit.regionCode,
    action: 'mediation_dispute.registered',
    subjectType: DISPUTE_SUBJECT,
    subjectId: id,
    summary: `${by}登记${mediationKindLabels[input.mediationKind]}纠纷${disputeNumber({ year, seq })}（${input.disputeType}）`,
    changes: {
      kind: input.mediationKind,
      type: input.disputeType,
      source: input.disputeSource,
      registeredOn,
      parties: input.disputeParties.length,
      major: input.majorDispute,
    },
  });
  // the parties after the registration, so the trail reads as the clerk works: the dispute, then who is in it
  await addCasePartiesOn(services, w, disputeRef({ region_code: unit.regionCode, id }), input.disputeParties);
  return { id };
}
