// 确认行政执法主体: the justice bureau records what makes a unit an enforcement body — its legal status (法定 / 授权 /
// 受委托 with the entrusting body, matters and term, 行政处罚法第二十条), fields, address and phones — or changes it,
// or withdraws it from the list (after an institutional reform, seed 000 (十一)). One act, keyed by the unit's id.
import { checkBody } from '@fazhi/core/enforcement';
import { authorizeAs } from '../../../../platform/access/policy';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { BODY_SUBJECT } from '../../catalogue';
import { bodyPolicy } from '../../policy';
import type { BodyBody } from '../../schemas';
import { unitRecord } from '../../support';

export async function registerBody(services: Services, ctx: WriteContext, orgId: string, input: BodyBody) {
  return inWriteTransaction(services, ctx, (w) => registerBodyOn(services, w, orgId, input));
}

export async function registerBodyOn(
  services: Services,
  w: Writer,
  orgId: string,
  input: BodyBody,
  opts: { isDemo?: boolean } = {},
) {
  const unit = await unitRecord(w.tx, orgId);
  authorizeAs(services.registry.grants, w.ctx.actor, bodyPolicy, 'manage', unit);
  const problems = checkBody({ organisationId: orgId, ...input });
  if (problems.length)
    throw invalid(
      'BODY_INVALID',
      problems[0]!.message,
      problems.map((p) => ({ path: p.field, message: p.message })),
    );
  const entrusting = input.legalStatus === 'entrusted' ? input.entrustingOrganisationId! : null;
  if (entrusting) {
    // the entrusting body acts in the unit's region or above it (a county's bureau entrusts a township)
    const e = await w.tx
      .selectFrom('orgs as o')
      .innerJoin('regions as r', 'r.code', 'o.region_code')
      .select('r.path')
      .where('o.id', '=', entrusting)
      .executeTakeFirst();
    if (!e || !unit.regionPath.startsWith(e.path))
      throw invalid('ENTRUSTING_BODY_UNKNOWN', '委托机关应为本行政区域或上级行政区域的行政机关', [
        { path: 'entrustingOrganisationId', message: '委托机关不存在或不在本行政区域' },
      ]);
  }
  const values = {
    legal_status: input.legalStatus,
    entrusting_org_id: entrusting,
    entrustment_scope: entrusting ? input.entrustmentScope!.trim() : null,
    entrustment_from: entrusting ? input.entrustmentFrom! : null,
    entrustment_to: entrusting ? input.entrustmentTo! : null,
    fields: JSON.stringify(input.fields.map((f) => f.trim()).filter(Boolean)),
    address: input.address,
    phones: input.phones,
    status: input.withdrawn ? ('withdrawn' as const) : ('active' as const),
  };
  const existing = await w.tx
    .selectFrom('enforcement_bodies')
    .select('org_id')
    .where('org_id', '=', orgId)
    .forUpdate()
    .executeTakeFirst();
  if (existing)
    await w.tx
      .updateTable('enforcement_bodies')
      .set({ ...values, updated_at: w.clock.now() })
      .where('org_id', '=', orgId)
      .execute();
  else
    await w.tx
      .insertInto('enforcement_bodies')
      .values({ org_id: orgId, region_code: unit.regionCode, ...values, is_demo: opts.isDemo ?? false })
      .execute();
  await w.audit({
    regionCode: unit.regionCode,
    action: existing ? 'enforcement_body.changed' : 'enforcement_body.registered',
    subjectType: BODY_SUBJECT,
    subjectId: orgId,
    summary: `${existing ? '修改' : '确认'}行政执法主体${unit.orgName}${input.withdrawn ? '（撤销）' : ''}`,
    changes: { ...input },
  });
  return { organisationId: orgId };
}
