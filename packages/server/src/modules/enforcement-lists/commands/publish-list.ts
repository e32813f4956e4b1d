// 公布清单 (行政处罚法第三十九条 事前公示): a body publishes a whole version of one of its lists with the day it takes
// effect. The first version has no reason; each later one is an adjustment with its reason, taking effect no earlier
// than the version before it. Core's rules check the rows (the audio-video list's always-recorded steps, 118号
// §(八)); a refusal names the row and the field. Each row's code names an item of the body's 权责清单 in force (a
// 随机抽查 row a 行政检查 item), where the region requires it (power-lists `refuseItemsNotInForce`); '*' names all
// of them. The version in force on a day is derived, never stored.
import { randomUUID } from 'node:crypto';
import {
  ALL_ITEMS,
  checkListRows,
  listItemLinks,
  listKindLabels,
  type ListKind,
  type ListRow,
} from '@fazhi/core/enforcement-lists';
import { invalid } from '../../../platform/errors';
import type { FieldError } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { refuseItemsNotInForce } from '../../power-lists/queries/item-by-code';
import { LIST_SUBJECT } from '../catalogue';
import { enforcementListSettings } from '../settings';
import { bodyForAct, versionName } from '../support';
import type { ListRowBody } from '../schemas';

export interface PublishListInput {
  enforcementBodyId: string;
  kind: ListKind;
  effectiveFrom: string;
  adjustmentReason?: string | undefined;
  rows: ListRow[];
}

/** A request row as core's rules read it. */
export const listRowOf = (r: ListRowBody): ListRow => ({
  itemCode: r.itemCode,
  itemName: r.itemName,
  basis: r.legalBasis,
  content: r.details ?? '',
  method: r.method ?? null,
  step: r.step ?? null,
  category: r.reviewCategory ?? null,
  level: r.reviewLevel ?? null,
  field: r.enforcementField ?? null,
  amountFrom: r.amountFrom ?? null,
});

/** The request field each of core's row fields comes from, so that a refusal names what the user typed. */
const requestField: Record<keyof ListRow, string> = {
  itemCode: 'itemCode',
  itemName: 'itemName',
  basis: 'legalBasis',
  content: 'details',
  method: 'method',
  step: 'step',
  category: 'reviewCategory',
  level: 'reviewLevel',
  field: 'enforcementField',
  amountFrom: 'amountFrom',
};

export async function publishList(services: Services, ctx: WriteContext, input: PublishListInput) {
  return inWriteTransaction(services, ctx, (w) => publishListOn(services, w, input));
}

export async function publishListOn(
  services: Services,
  w: Writer,
  input: PublishListInput,
  opts: { source?: 'entered' | 'imported'; isDemo?: boolean; rowPath?: (index: number, field: string) => string } = {},
) {
  const body = await bodyForAct(services, w.tx, w.ctx.actor, input.enforcementBodyId, 'publish');
  const kindLabel = listKindLabels[input.kind];
  const disputeStepsMandatory = await enforcementListSettings.read(
    w.tx,
    body.regionCode,
    'enforcement-lists.audio-video.dispute-steps-mandatory',
  );
  const problems = checkListRows(input.kind, input.rows, { disputeStepsMandatory });
  if (problems.length) {
    const path = opts.rowPath ?? ((i, f) => `rows.${i}.${f}`);
    const fields: FieldError[] = problems.map((p) => ({
      path: p.index < 0 ? 'rows' : path(p.index, p.field === 'rows' ? 'rows' : requestField[p.field]),
      message: p.message,
    }));
    throw invalid('LIST_ROWS_INVALID', `${kindLabel}有${problems.length}处问题：${problems[0]!.message}`, fields);
  }
  // the demo's lists are seeded before the powers list (module order); its test checks their codes instead
  if (!opts.isDemo) {
    const path = opts.rowPath ?? ((i, f) => `rows.${i}.${f}`);
    await refuseItemsNotInForce(w.tx, {
      regionCode: body.regionCode,
      link: listItemLinks[input.kind],
      body: { orgId: body.orgId, name: body.bodyName },
      on: services.clock.today(),
      entries: input.rows.flatMap((r, i) =>
        r.itemCode === ALL_ITEMS ? [] : [{ code: r.itemCode, path: path(i, 'itemCode') }],
      ),
    });
  }
  // the versions are numbered per body and kind; a concurrent publication waits for this one
  await w.tx.selectFrom('orgs').select('id').where('id', '=', body.orgId).forUpdate().executeTakeFirst();
  const last = await w.tx
    .selectFrom('enforcement_lists')
    .select(['version_no', 'effective_from'])
    .where('body_org_id', '=', body.orgId)
    .where('kind', '=', input.kind)
    .orderBy('version_no', 'desc')
    .executeTakeFirst();
  const reason = input.adjustmentReason?.trim() || null;
  if (last && !reason)
    throw invalid('ADJUSTMENT_REASON_REQUIRED', `${body.bodyName}已公布${kindLabel}，调整清单应当写明调整理由`, [
      { path: 'adjustmentReason', message: '请填写调整理由' },
    ]);
  if (last && input.effectiveFrom < last.effective_from)
    throw invalid(
      'EFFECTIVE_BEFORE_PREVIOUS',
      `生效日期不能早于上一版（第${last.version_no}版）的生效日期${last.effective_from}`,
      [{ path: 'effectiveFrom', message: `不能早于${last.effective_from}` }],
    );
  // 事前公示: a list published for a past day would claim it was public before it was (the demo's history excepted)
  if (!opts.isDemo && input.effectiveFrom < services.clock.today())
    throw invalid('EFFECTIVE_IN_PAST', `生效日期不能早于今天（${services.clock.today()}）：清单应当事先公示`, [
      { path: 'effectiveFrom', message: '不能早于今天' },
    ]);
  const id = randomUUID();
  const versionNo = (last?.version_no ?? 0) + 1;
  await w.tx
    .insertInto('enforcement_lists')
    .values({
      region_code: body.regionCode,
      id,
      body_org_id: body.orgId,
      kind: input.kind,
      version_no: versionNo,
      effective_from: input.effectiveFrom,
      adjustment_reason: last ? reason : null,
      source: opts.source ?? 'entered',
      published_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  for (let from = 0; from < input.rows.length; from += 1000)
    await w.tx
      .insertInto('enforcement_list_items')
      .values(
        input.rows.slice(from, from + 1000).map((r, i) => ({
          region_code: body.regionCode,
          list_id: id,
          seq: from + i + 1,
          item_code: r.itemCode,
          item_name: r.itemName,
          basis: r.basis,
          content: r.content,
          method: r.method,
          step: r.step,
          category: r.category,
          level: r.level,
          field: r.field,
          amount_from: r.amountFrom,
        })),
      )
      .execute();
  const imported = opts.source === 'imported';
  await w.audit({
    regionCode: body.regionCode,
    action: imported ? 'enforcement_list.imported' : 'enforcement_list.published',
    subjectType: LIST_SUBJECT,
    subjectId: id,
    summary: `${imported ? '导入并公布' : '公布'}${versionName(body.bodyName, input.kind, versionNo)}，${input.rows.length}项，${input.effectiveFrom}起施行`,
    changes: { kind: input.kind, versionNo, effectiveFrom: input.effectiveFrom, rows: input.rows.length, reason },
  });
  return { id, versionNo, imported: input.rows.length };
}
