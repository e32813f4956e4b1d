// 确定告知承诺事项: a body names an item of the region's 证明事项清单 / 涉企经营许可事项清单 / 行政许可事项清单 (by its
// code, with the name and basis as published) that it handles by commitment from a day, with what the applicant
// commits to (国办发〔2020〕42号: 编制并公布告知承诺事项目录). The same item twice for one body is refused, and so is a
// code that names no item of that list in force at the body, where the region requires it (power-lists
// `refuseItemsNotInForce`). The demo's items are seeded before the powers list (module order) and are checked
// against it by the demo's test instead.
import { randomUUID } from 'node:crypto';
import { commitmentItemLinks, commitmentListLabels } from '@fazhi/core/commitments';
import { conflict } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { refuseItemsNotInForce } from '../../power-lists/queries/item-by-code';
import { ITEM_SUBJECT } from '../catalogue';
import type { AddItemBody } from '../schemas';
import { bodyForAct } from '../support';

export async function addCommitmentItem(services: Services, ctx: WriteContext, input: AddItemBody) {
  return inWriteTransaction(services, ctx, (w) => addCommitmentItemOn(services, w, input));
}

export async function addCommitmentItemOn(
  services: Services,
  w: Writer,
  input: AddItemBody,
  opts: { isDemo?: boolean } = {},
) {
  const body = await bodyForAct(services, w.tx, w.ctx.actor, input.handlingBodyId, 'record');
  const listLabel = commitmentListLabels[input.list];
  const existing = await w.tx
    .selectFrom('commitment_items')
    .select('id')
    .where('body_org_id', '=', body.orgId)
    .where('list', '=', input.list)
    .where('item_code', '=', input.itemCode)
    .executeTakeFirst();
  if (existing)
    throw conflict(
      'COMMITMENT_ITEM_EXISTS',
      `${body.bodyName}已将${listLabel}中编码为${input.itemCode}的事项列为告知承诺事项`,
    );
  if (!opts.isDemo)
    await refuseItemsNotInForce(w.tx, {
      regionCode: body.regionCode,
      link: commitmentItemLinks[input.list],
      body: { orgId: body.orgId, name: body.bodyName },
      on: services.clock.today(),
      entries: [{ code: input.itemCode, path: 'itemCode' }],
    });
  const id = randomUUID();
  await w.tx
    .insertInto('commitment_items')
    .values({
      region_code: body.regionCode,
      id,
      body_org_id: body.orgId,
      list: input.list,
      item_code: input.itemCode,
      item_name: input.itemName,
      basis: input.legalBasis,
      commitment_content: input.commitmentContent,
      allowed_from: input.allowedFrom,
      created_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: body.regionCode,
    action: 'commitment_item.added',
    subjectType: ITEM_SUBJECT,
    subjectId: id,
    summary: `${body.bodyName}将「${input.itemName}」（${listLabel}，${input.itemCode}）列为告知承诺事项，${input.allowedFrom}起实行`,
    changes: { list: input.list, itemCode: input.itemCode, allowedFrom: input.allowedFrom },
  });
  return { id };
}
