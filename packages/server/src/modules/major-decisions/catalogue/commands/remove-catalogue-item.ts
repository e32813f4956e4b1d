// 目录移出决策事项: an item taken out of the draft version (in an adjustment, the portal then shows it as removed).
import type { Services } from '../../../../platform/services';
import { notFound } from '../../../../platform/errors';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CATALOGUE_SUBJECT } from '../../catalogue';
import { catalogueForAct } from '../../support';

export async function removeCatalogueItem(services: Services, ctx: WriteContext, id: string, itemId: string) {
  return inWriteTransaction(services, ctx, (w) => removeCatalogueItemOn(services, w, id, itemId));
}

export async function removeCatalogueItemOn(services: Services, w: Writer, id: string, itemId: string) {
  const { row } = await catalogueForAct(services, w.tx, w.ctx.actor, id, 'editItems');
  const removed = await w.tx
    .deleteFrom('decision_catalogue_items')
    .where('region_code', '=', row.region_code)
    .where('catalogue_id', '=', row.id)
    .where('id', '=', itemId)
    .returning(['title'])
    .executeTakeFirst();
  if (!removed) throw notFound('决策事项');
  await w.audit({
    regionCode: row.region_code,
    action: 'decision_catalogue.item_removed',
    subjectType: CATALOGUE_SUBJECT,
    subjectId: row.id,
    summary: `${row.year}年决策事项目录移出“${removed.title}”`,
    changes: { itemId },
  });
}
