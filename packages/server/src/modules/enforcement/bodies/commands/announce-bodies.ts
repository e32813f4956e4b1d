// 执法主体公告: the justice bureau publishes the region's confirmed list. Each publication is a version holding the
// bodies as they stood that day, so the portal shows the current list and every earlier one (内蒙古自治区人民政府令
// 第244号第八条: the enforcing body, its address and phones are published before enforcement).
import { randomUUID } from 'node:crypto';
import { legalStatusLabels } from '@fazhi/core/enforcement';
import { sql } from 'kysely';
import { authorizeAs } from '../../../../platform/access/policy';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { ANNOUNCEMENT_SUBJECT } from '../../catalogue';
import { registryPolicy } from '../../policy';
import { regionRecord } from '../../support';
import type { AnnouncedBody } from '../../tables';

export async function announceBodies(services: Services, ctx: WriteContext, regionCode: string) {
  return inWriteTransaction(services, ctx, (w) => announceBodiesOn(services, w, regionCode));
}

export async function announceBodiesOn(
  services: Services,
  w: Writer,
  regionCode: string,
  opts: { isDemo?: boolean; publishedOn?: string } = {},
) {
  const region = await regionRecord(w.tx, regionCode);
  authorizeAs(services.registry.grants, w.ctx.actor, registryPolicy, 'announce', region);
  // one publication at a time per region: the version number is the next after the last
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`enforcement_body_announcements:${regionCode}`}))`.execute(w.tx);
  const rows = await w.tx
    .selectFrom('enforcement_bodies as b')
    .innerJoin('orgs as o', 'o.id', 'b.org_id')
    .innerJoin('regions as r', 'r.code', 'b.region_code')
    .leftJoin('orgs as e', 'e.id', 'b.entrusting_org_id')
    .select([
      'o.name',
      'b.legal_status',
      'e.name as entrusting_name',
      'b.entrustment_scope',
      'b.entrustment_from',
      'b.entrustment_to',
      'b.fields',
      'b.address',
      'b.phones',
    ])
    // the region's own bodies and its townships' (a township is a region of its own under the county)
    .where('r.path', 'like', `${region.regionPath}%`)
    .where('b.status', '=', 'active')
    .orderBy('b.legal_status')
    .orderBy('o.sort_order')
    .orderBy('o.name')
    .execute();
  if (rows.length === 0)
    throw invalid('NO_BODIES', `${region.regionName}尚未确认任何行政执法主体，无法公告`, [
      { path: 'regionCode', message: '本行政区域没有在册的行政执法主体' },
    ]);
  const bodies: AnnouncedBody[] = rows.map((r) => ({
    name: r.name,
    legalStatusLabel: legalStatusLabels[r.legal_status],
    entrustingName: r.entrusting_name,
    entrustmentScope: r.entrustment_scope,
    entrustmentFrom: r.entrustment_from,
    entrustmentTo: r.entrustment_to,
    fields: r.fields,
    address: r.address,
    phones: r.phones,
  }));
  const last = await w.tx
    .selectFrom('enforcement_body_announcements')
    .select((eb) => eb.fn.max('version_no').as('v'))
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  const versionNo = (last?.v ?? 0) + 1;
  const id = randomUUID();
  await w.tx
    .insertInto('enforcement_body_announcements')
    .values({
      id,
      region_code: regionCode,
      version_no: versionNo,
      published_on: opts.publishedOn ?? w.clock.today(),
      published_by: w.ctx.actor?.userId ?? null,
      bodies: JSON.stringify(bodies),
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode,
    action: 'enforcement_body.announced',
    subjectType: ANNOUNCEMENT_SUBJECT,
    subjectId: id,
    summary: `公告${region.regionName}行政执法主体名单（第${versionNo}版，${bodies.length}个主体）`,
    changes: { versionNo, bodies: bodies.length },
  });
  return { id, versionNo, bodies: bodies.length };
}
