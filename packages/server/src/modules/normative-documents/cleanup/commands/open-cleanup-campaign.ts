// 启动清理: the justice bureau opens a cleanup over every valid document of its region and sub-regions — periodic
// (国发〔2008〕17号 (十五): every 2 years; seed 000 (六): yearly in the demo district, rule normative.cleanup per
// jurisdiction) or special when a higher law changes (seed 000 (六) 新的法律、法规、规章出台后，适时进行专项清理).
import { randomUUID } from 'node:crypto';
import { orgTarget } from '../../../../platform/access/scope';
import { invalid, notFound } from '../../../../platform/errors';
import { authorizeAs } from '../../../../platform/access/policy';
import { cleanupCampaignPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, CAMPAIGN_SUBJECT, justiceBureauFor } from '../../support';

export interface OpenCleanupInput {
  title: string;
  kind: 'periodic' | 'special';
  triggerLaw?: string | undefined;
  openedOn?: string | undefined;
}

/** The region a region-wide act applies to: the actor's home region (the system names it). */
export async function actingRegion(services: Services, w: Writer, regionCode?: string): Promise<string> {
  const code = regionCode ?? w.ctx.actor?.homeRegionCode ?? null;
  if (!code) throw invalid('REGION_REQUIRED', '无法确定办理的行政区域');
  const region = await w.tx.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
  if (!region) throw notFound('行政区域');
  return region.code;
}

/** The region's justice bureau, after the cleanup policy's answer for the act over it (403 when refused). */
export async function authorizeCampaignAct(
  services: Services,
  w: Writer,
  regionCode: string,
  act: 'open' | 'publishResults',
) {
  const bureau = await justiceBureauFor(w.tx, regionCode);
  if (!w.ctx.actor) return bureau;
  const target = await orgTarget(w.tx, bureau.id);
  if (!target) throw notFound('司法行政部门');
  authorizeAs(services.registry.grants, w.ctx.actor, cleanupCampaignPolicy, act, target);
  return bureau;
}

export async function openCleanupCampaign(services: Services, ctx: WriteContext, input: OpenCleanupInput) {
  return inWriteTransaction(services, ctx, (w) => openCleanupCampaignOn(services, w, input));
}

export async function openCleanupCampaignOn(
  services: Services,
  w: Writer,
  input: OpenCleanupInput,
  opts: { regionCode?: string; isDemo?: boolean } = {},
) {
  const regionCode = await actingRegion(services, w, opts.regionCode);
  await authorizeCampaignAct(services, w, regionCode, 'open');
  if (input.kind === 'special' && !input.triggerLaw)
    throw invalid('TRIGGER_LAW_REQUIRED', '专项清理应写明引起清理的上位法', [
      { path: 'triggerLaw', message: '请填写' },
    ]);
  const open = await w.tx
    .selectFrom('normative_cleanup_campaigns')
    .select('title')
    .where('region_code', '=', regionCode)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) throw invalid('CLEANUP_ALREADY_OPEN', `本区域已有进行中的清理（${open.title}），请先公布其结果`);
  const openedOn = actDate(services, input.openedOn, 'openedOn');
  const id = randomUUID();
  await w.tx
    .insertInto('normative_cleanup_campaigns')
    .values({
      region_code: regionCode,
      id,
      title: input.title,
      kind: input.kind,
      trigger_law: input.triggerLaw ?? null,
      opened_on: openedOn,
      opened_by: w.ctx.actor?.userId ?? null,
      status: 'open',
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  // every document in force in the region (a township's documents are cleaned up by the township itself)
  const items = await w.tx
    .selectFrom('normative_documents')
    .select(['id'])
    .where('region_code', '=', regionCode)
    .where('status', '=', 'published')
    .execute();
  if (items.length)
    await w.tx
      .insertInto('normative_cleanup_items')
      .values(items.map((d) => ({ region_code: regionCode, id: randomUUID(), campaign_id: id, document_id: d.id })))
      .execute();
  await w.audit({
    regionCode,
    action: 'normative_cleanup.opened',
    subjectType: CAMPAIGN_SUBJECT,
    subjectId: id,
    summary: `启动${input.kind === 'special' ? '专项' : '定期'}清理“${input.title}”，纳入${items.length}件现行有效文件`,
    changes: { kind: input.kind, documents: items.length, triggerLaw: input.triggerLaw ?? null },
  });
  return { id, documents: items.length };
}
