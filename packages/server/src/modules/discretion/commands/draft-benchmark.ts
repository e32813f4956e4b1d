// 起草裁量基准: a body's benchmark for one penalty item, as version 1; or, where the item already has a published
// version, the next version with the reason for revising it (the versions are kept like the lists'). One draft at
// a time per body and item. The item is a 行政处罚 item of the body's 权责清单 in force, where the region requires it
// (power-lists `refuseItemsNotInForce`; the demo's benchmarks, seeded before the list, are checked by its test).
import { randomUUID } from 'node:crypto';
import { benchmarkItemLink } from '@fazhi/core/discretion';
import { authorizeAs } from '../../../platform/access/policy';
import { orgTarget } from '../../../platform/access/scope';
import { conflict, invalid, notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { refuseItemsNotInForce } from '../../power-lists/queries/item-by-code';
import { BENCHMARK_SUBJECT } from '../catalogue';
import { benchmarkPolicy } from '../policy';
import type { DraftBenchmarkBody } from '../schemas';
import { refuseUnfit, versionsOf } from '../support';

export async function draftBenchmark(services: Services, ctx: WriteContext, input: DraftBenchmarkBody) {
  return inWriteTransaction(services, ctx, (w) => draftBenchmarkOn(services, w, input));
}

export async function draftBenchmarkOn(
  services: Services,
  w: Writer,
  input: DraftBenchmarkBody,
  opts: { isDemo?: boolean } = {},
) {
  const target = await orgTarget(w.tx, input.implementingOrgId);
  const org = await w.tx
    .selectFrom('orgs')
    .select(['id', 'name', 'region_code'])
    .where('id', '=', input.implementingOrgId)
    .executeTakeFirst();
  if (!target || !org) throw notFound('实施机关');
  const versions = await versionsOf(w.tx, org.id, input.itemCode);
  authorizeAs(services.registry.grants, w.ctx.actor, benchmarkPolicy, versions.length ? 'newVersion' : 'edit', {
    ...target,
    bodyName: org.name,
    itemName: input.itemName,
  });
  if (versions.some((v) => v.status === 'draft'))
    throw conflict(
      'BENCHMARK_DRAFT_EXISTS',
      `${org.name}该事项（${input.itemCode}）已有未公布的裁量基准草稿，请修改该草稿`,
    );
  const versionNo = versions.length + 1;
  if (versionNo > 1 && !input.reason)
    throw invalid('REASON_REQUIRED', '修订已公布的裁量基准，应当写明修订理由', [
      { path: 'reason', message: '请填写修订理由' },
    ]);
  refuseUnfit({ ...input, circumstances: input.circumstances });
  if (!opts.isDemo)
    await refuseItemsNotInForce(w.tx, {
      regionCode: org.region_code,
      link: benchmarkItemLink,
      body: { orgId: org.id, name: org.name },
      on: services.clock.today(),
      entries: [{ code: input.itemCode, path: 'itemCode' }],
    });
  const id = randomUUID();
  await w.tx
    .insertInto('discretion_benchmarks')
    .values({
      region_code: org.region_code,
      id,
      implementing_org_id: org.id,
      item_code: input.itemCode,
      item_name: input.itemName,
      legal_basis: input.legalBasis,
      version_no: versionNo,
      reason: versionNo > 1 ? (input.reason ?? null) : null,
      circumstances: JSON.stringify(input.circumstances),
      status: 'draft',
      published_on: null,
      effective_on: null,
      created_by: w.ctx.actor?.userId ?? null,
      published_by: null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: org.region_code,
    action: 'discretion_benchmark.drafted',
    subjectType: BENCHMARK_SUBJECT,
    subjectId: id,
    summary: `起草${org.name}“${input.itemName}”（${input.itemCode}）行政裁量权基准第${versionNo}版`,
    changes: { itemCode: input.itemCode, versionNo, circumstances: input.circumstances.map((c) => c.kind) },
  });
  return { id, versionNo };
}
