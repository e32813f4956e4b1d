// 目录增加决策事项: an item of the draft version — title, 承办单位 (第十一条), legal and policy basis, planned start
// and finish, and which of the optional steps apply to it.
import { randomUUID } from 'node:crypto';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CATALOGUE_SUBJECT } from '../../catalogue';
import { catalogueForAct } from '../../support';
import type { CatalogueItemBody } from '../schemas';
import { itemValues } from './item-values';

export async function addCatalogueItem(services: Services, ctx: WriteContext, id: string, input: CatalogueItemBody) {
  return inWriteTransaction(services, ctx, (w) => addCatalogueItemOn(services, w, id, input));
}

export async function addCatalogueItemOn(services: Services, w: Writer, id: string, input: CatalogueItemBody) {
  const { row } = await catalogueForAct(services, w.tx, w.ctx.actor, id, 'editItems');
  const { values, sponsorName } = await itemValues(w.tx, row, input);
  const last = await w.tx
    .selectFrom('decision_catalogue_items')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('region_code', '=', row.region_code)
    .where('catalogue_id', '=', row.id)
    .executeTakeFirst();
  const itemId = randomUUID();
  await w.tx
    .insertInto('decision_catalogue_items')
    .values({
      region_code: row.region_code,
      id: itemId,
      catalogue_id: row.id,
      item_key: randomUUID(),
      seq: (last?.seq ?? 0) + 1,
      ...values,
    })
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'decision_catalogue.item_added',
    subjectType: CATALOGUE_SUBJECT,
    subjectId: row.id,
    summary: `${row.year}年决策事项目录增加“${input.title}”（承办单位：${sponsorName}）`,
    changes: { itemId, ...values },
  });
  return { itemId };
}
