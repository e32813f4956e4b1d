// 登记人民调解委员会 and its 人民调解员: the justice bureau counts the region's committees and their make-up
// (人民调解法 第十条), so each committee is registered under the unit it sits at (a village's under its township) with
// its kind (第八条、第三十四条) and the day its members were elected (第九条), and each mediator with the post —
// 主任、副主任、委员, or a mediator the committee engages (第十三条). What the make-up lacks is shown, not refused
// (core `committeeProblems`): a committee is recorded as it is and put right at its next election.
import { randomUUID } from 'node:crypto';
import { committeeKindLabels, mediatorPostLabels } from '@fazhi/core/mediation';
import { actDate } from '../../../platform/act-date';
import { conflict } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { COMMITTEE_SUBJECT } from '../catalogue';
import type { AddMediatorBody, RegisterCommitteeBody } from '../schemas';
import { committeeFor, unitForMediation } from '../support';

type Demo = { isDemo?: boolean };

export const registerCommittee = (services: Services, ctx: WriteContext, input: RegisterCommitteeBody) =>
  inWriteTransaction(services, ctx, (w) => registerCommitteeOn(services, w, input));

export async function registerCommitteeOn(
  services: Services,
  w: Writer,
  input: RegisterCommitteeBody,
  opts: Demo = {},
) {
  const unit = await unitForMediation(services, w.tx, w.ctx.actor, input.committeeUnitId, 'record');
  const electedOn = input.electedOn ? actDate(services, input.electedOn, 'electedOn') : null;
  const taken = await w.tx
    .selectFrom('mediation_committees')
    .select('id')
    .where('region_code', '=', unit.regionCode)
    .where('name', '=', input.committeeName)
    .executeTakeFirst();
  if (taken) throw conflict('MEDIATION_COMMITTEE_EXISTS', `本地区已登记「${input.committeeName}」`);
  const id = randomUUID();
  await w.tx
    .insertInto('mediation_committees')
    .values({
      region_code: unit.regionCode,
      id,
      org_id: input.committeeUnitId,
      name: input.committeeName,
      kind: input.committeeKind,
      elected_on: electedOn,
      address: input.committeeAddress ?? null,
      created_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: unit.regionCode,
    action: 'mediation_committee.registered',
    subjectType: COMMITTEE_SUBJECT,
    subjectId: id,
    summary: `登记${committeeKindLabels[input.committeeKind]}「${input.committeeName}」（${unit.bodyName}）`,
    changes: { kind: input.committeeKind, unitId: input.committeeUnitId, electedOn },
  });
  return { id };
}

export const addMediator = (services: Services, ctx: WriteContext, committeeId: string, input: AddMediatorBody) =>
  inWriteTransaction(services, ctx, (w) => addMediatorOn(services, w, committeeId, input));

export async function addMediatorOn(
  services: Services,
  w: Writer,
  committeeId: string,
  input: AddMediatorBody,
  opts: Demo = {},
) {
  const { row } = await committeeFor(services, w.tx, w.ctx.actor, committeeId, 'record', true);
  const since = actDate(services, input.mediatorSince, 'mediatorSince');
  const id = randomUUID();
  await w.tx
    .insertInto('mediation_mediators')
    .values({
      region_code: row.region_code,
      id,
      committee_id: row.id,
      name: input.mediatorName,
      gender: input.mediatorGender,
      post: input.mediatorPost,
      since,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'mediation_committee.mediator_added',
    subjectType: COMMITTEE_SUBJECT,
    subjectId: row.id,
    summary: `「${row.name}」登记${mediatorPostLabels[input.mediatorPost]}${input.mediatorName}`,
    changes: { mediatorId: id, post: input.mediatorPost, since },
  });
  return { id };
}
