// 修改目录中的决策事项: an item of the draft version as the office corrects it before the committee's consent.
import type { Services } from '../../../../platform/services';
import { notFound } from '../../../../platform/errors';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CATALOGUE_SUBJECT } from '../../catalogue';
import { catalogueForAct } from '../../support';
import type { CatalogueItemBody } from '../schemas';
import { itemValues } from './item-values';

export async function changeCatalogueItem(
  services: Services,
  ctx: WriteContext,
  id: string,
  itemId: string,
  input: CatalogueItemBody,
) {
  return inWriteTransaction(services, ctx, (w) => changeCatalogueItemOn(services, w, id, itemId, input));
}

export async function changeCatalogueItemOn(
  services: Services,
  w: Writer,
  id: string,
  itemId: string,
  input: CatalogueItemBody,
) {
  const { row } = await catalogueForAct(services, w.tx, w.ctx.actor, id, 'editItems');
  const before = await w.tx
    .selectFrom('decision_catalogue_items')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('catalogue_id', '=', row.id)
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!before) throw notFound('决策事项');
  const { values } = await itemValues(w.tx, row, input);
  await w.tx
    .updateTable('decision_catalogue_items')
    .set(values)
    .where('region_code', '=', row.region_code)
    .where('id', '=', itemId)
    .execute();
  const changed = Object.fromEntries(Object.entries(values).filter(([k, v]) => before[k as keyof typeof before] !== v));
  await w.audit({
    regionCode: row.region_code,
    action: 'decision_catalogue.item_changed',
    subjectType: CATALOGUE_SUBJECT,
    subjectId: row.id,
    summary: `修改${row.year}年决策事项目录中的“${before.title}”`,
    changes: { itemId, ...changed },
  });
}
