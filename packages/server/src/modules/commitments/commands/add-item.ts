// 确定告知承诺事项: a body names an item of the region's 证明事项清单 / 涉企经营许可事项清单 / 行政许可事项清单 (by its
// code, with the name and basis as published) that it handles by commitment from a day, with what the applicant
// commits to (国办发〔2020〕42号: 编制并公布告知承诺事项目录). The same item twice for one body is refused.
import { randomUUID } from 'node:crypto';
import { commitmentListLabels } from '@fazhi/core/commitments';
import { conflict } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
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
