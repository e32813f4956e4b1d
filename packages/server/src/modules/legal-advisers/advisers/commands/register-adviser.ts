// 登记法律顾问、公职律师: an adviser at a unit and its level — a village's or community's under its township by name
// (seed 004: 52个行政村、48个社区) —, an external adviser with the firm, 律师执业证号 and the contract (term, fee,
// scope), a 公职律师 with the certificate. The place is checked against the unit's kind (core adviserPlaceProblems).
import { randomUUID } from 'node:crypto';
import { adviserKindLabels, adviserLevelLabels, adviserPlaceProblems } from '@fazhi/core/legal-advisers';
import { unitForAct } from '../../../../platform/access/unit-record';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { ADVISER_SUBJECT } from '../../catalogue';
import { legalAdviserPolicy } from '../../policy';
import type { RegisterAdviserBody } from '../../schemas';

export async function registerAdviser(services: Services, ctx: WriteContext, input: RegisterAdviserBody) {
  return inWriteTransaction(services, ctx, (w) => registerAdviserOn(services, w, input));
}

export async function registerAdviserOn(
  services: Services,
  w: Writer,
  input: RegisterAdviserBody,
  opts: { isDemo?: boolean } = {},
) {
  const unit = await unitForAct(services, w.tx, w.ctx.actor, input.adviserUnitId, legalAdviserPolicy, 'manage', '单位');
  const org = await w.tx.selectFrom('orgs').select('kind').where('id', '=', unit.orgId).executeTakeFirstOrThrow();
  const problems = adviserPlaceProblems({
    level: input.adviserLevel,
    unitKind: org.kind,
    communityName: input.communityName,
  }).map((p) => ({ path: p.path === 'unitId' ? 'adviserUnitId' : p.path, message: p.message }));
  if (problems.length) throw invalid('ADVISER_PLACE_INVALID', problems[0]!.message, problems);
  const external = input.adviserKind === 'legal_adviser';
  const id = randomUUID();
  await w.tx
    .insertInto('legal_advisers')
    .values({
      region_code: unit.regionCode,
      id,
      unit_id: unit.orgId,
      level: input.adviserLevel,
      community_name: input.communityName ?? null,
      kind: input.adviserKind,
      name: input.adviserName,
      firm: input.lawFirm ?? null,
      licence_number: external ? (input.lawyerLicenceNumber ?? null) : null,
      certificate_number: external ? null : (input.publicLawyerCertificate ?? null),
      contract_from: input.contractFrom ?? null,
      contract_until: input.contractUntil ?? null,
      fee_yuan: input.contractFeeYuan ?? null,
      service_scope: input.serviceScope ?? null,
      created_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  const place = input.communityName ? `${unit.bodyName}${input.communityName}` : unit.bodyName;
  await w.audit({
    regionCode: unit.regionCode,
    action: 'legal_adviser.registered',
    subjectType: ADVISER_SUBJECT,
    subjectId: id,
    summary: `${place}（${adviserLevelLabels[input.adviserLevel]}）登记${adviserKindLabels[input.adviserKind]}${input.adviserName}`,
    changes: {
      level: input.adviserLevel,
      kind: input.adviserKind,
      contractFrom: input.contractFrom ?? null,
      contractUntil: input.contractUntil ?? null,
    },
  });
  return { id };
}
