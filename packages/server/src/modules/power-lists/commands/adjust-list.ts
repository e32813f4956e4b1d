// 清单动态调整 (seed 004: 《行政权力清单和责任清单动态调整管理办法》): one adjustment — 新增、取消、合并、下放 or 变更 —
// with its reason, the approval (机关及文件, date) and the day it takes effect makes the list's next version. Only
// the items it touches are written (their current revisions end, the new ones begin); the version in force stays
// the one before until the effective date comes. The first adjustment of an empty list is its first publication.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  adjustmentDateProblems,
  itemProblems,
  listKindDefs,
  planAdjustment,
  type ListItem,
  type ListKind,
} from '@fazhi/core/power-lists';
import type { ScopeTarget } from '@fazhi/core/access';
import { orgTarget } from '../../../platform/access/scope';
import { authorizeAs } from '../../../platform/access/policy';
import { invalid, type FieldError } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { powerListPolicy } from '../policy';
import type { AdjustmentBody } from '../schemas';
import {
  closeRevisions,
  insertRevisions,
  recordVersion,
  itemColumns,
  listRecord,
  listRegion,
  toListItem,
  versionsOf,
  type ItemRow,
} from '../support';

export const POWER_LIST_SUBJECT = 'power_list_version';

/** An item's field as the request names it (core's ListItem names code, legalBases and bodyOrgId otherwise). */
const requestField: Record<string, string> = {
  code: 'itemCode',
  legalBases: 'bases',
  bodyOrgId: 'implementingOrgId',
  codes: 'itemCodes',
};

export async function adjustList(services: Services, ctx: WriteContext, listKind: ListKind, input: AdjustmentBody) {
  return inWriteTransaction(services, ctx, (w) => adjustListOn(services, w, listKind, input, false));
}

/** The list's adjustments one at a time: the next version number is read under this lock. */
export async function lockList(w: Writer, regionCode: string, listKind: ListKind) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('power_list'), hashtext(${`${regionCode}/${listKind}`}))`.execute(
    w.tx,
  );
}

export async function adjustListOn(
  services: Services,
  w: Writer,
  listKind: ListKind,
  input: AdjustmentBody,
  isDemo: boolean,
) {
  const region = await listRegion(w.tx, w.ctx.actor, input.regionCode);
  await lockList(w, region.code, listKind);
  const items: ListItem[] = input.items.map(({ bases, itemCode, implementingOrgId, ...i }) => ({
    ...i,
    code: itemCode,
    legalBases: bases.map((b) => ({ ...b, clause: b.clause ?? '' })),
    bodyOrgId: implementingOrgId,
  }));
  const fields: FieldError[] = [];
  items.forEach((item, n) => {
    for (const [field, message] of Object.entries(itemProblems(listKind, item)))
      fields.push({ path: `items.${n}.${requestField[field] ?? field}`, message });
  });
  const mentioned = [...new Set([...input.itemCodes, ...items.map((i) => i.code)])];
  const rows = mentioned.length
    ? ((await w.tx
        .selectFrom('power_list_items as i')
        .innerJoin('orgs as o', 'o.id', 'i.body_org_id')
        .select(itemColumns)
        .where('i.region_code', '=', region.code)
        .where('i.list_kind', '=', listKind)
        .where('i.until_version', 'is', null)
        .where('i.code', 'in', mentioned)
        .forUpdate('i')
        .execute()) as ItemRow[])
    : [];
  const current = new Map(rows.map((r) => [r.code, toListItem(r)]));
  const planned = planAdjustment(input.kind, current, { items, codes: input.itemCodes, toOrgId: input.toOrgId });
  if ('problems' in planned)
    for (const [field, message] of Object.entries(planned.problems))
      fields.push({ path: requestField[field] ?? field, message });
  const versions = await versionsOf(w.tx, region.code, listKind);
  const previous = versions[versions.length - 1] ?? null;
  const dates = adjustmentDateProblems(input, previous?.effective_on ?? null, w.clock.today());
  for (const [field, message] of Object.entries(dates)) fields.push({ path: requestField[field] ?? field, message });
  // every body the adjustment touches must be a unit of the list's region (or a township below it)
  const bodyIds = [
    ...new Set([
      ...rows.map((r) => r.body_org_id),
      ...items.map((i) => i.bodyOrgId),
      ...(input.toOrgId ? [input.toOrgId] : []),
    ]),
  ];
  const bodies: ScopeTarget[] = [];
  for (const id of bodyIds) {
    const t = await orgTarget(w.tx, id);
    if (!t || !t.regionPath.startsWith(region.path))
      fields.push({ path: 'implementingOrgId', message: '实施主体应为本行政区域的单位' });
    else bodies.push(t);
  }
  authorizeAs(services.registry.grants, w.ctx.actor, powerListPolicy, 'adjust', listRecord(region, listKind, bodies));
  if (fields.length || 'problems' in planned)
    throw invalid(
      'ADJUSTMENT_INVALID',
      `${listKindDefs[listKind].label}调整未执行：${fields[0]?.message ?? '请检查填写内容'}`,
      fields,
    );
  const { plan } = planned;
  const versionNo = (previous?.version_no ?? 0) + 1;
  await closeRevisions(w.tx, region.code, listKind, versionNo, plan.closes);
  await insertRevisions(
    w.tx,
    region.code,
    listKind,
    versionNo,
    plan.inserts,
    isDemo,
    plan.inserts.map(() => randomUUID()),
  );
  const itemCount = (previous?.item_count ?? 0) - plan.closes.length + plan.inserts.length;
  const adjustmentKind = previous ? input.kind : 'initial';
  const id = await recordVersion(w, {
    regionCode: region.code,
    listKind,
    versionNo,
    kind: adjustmentKind,
    reason: input.reason,
    approvedBy: input.approvedBy,
    approvedOn: input.approvedOn,
    effectiveOn: input.effectiveOn,
    itemCount,
    isDemo,
  });
  await w.audit({
    regionCode: region.code,
    action: 'power_list.adjusted',
    subjectType: POWER_LIST_SUBJECT,
    subjectId: id,
    summary: `调整${region.name}${listKindDefs[listKind].label}（第${versionNo}版，${input.effectiveOn}起施行）：${input.reason}`,
    changes: {
      listKind,
      versionNo,
      kind: adjustmentKind,
      closes: plan.closes,
      adds: plan.inserts.map((i) => i.code),
      approvedBy: input.approvedBy,
    },
  });
  return { id, versionNo };
}
