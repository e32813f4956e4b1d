// 调整决策事项目录 (第三条第三款: 根据实际情况调整): the published version stays in force while the next one is
// prepared: a new draft version with the reason, its items copied with their keys (so the portal can tell each
// item's history), to be consented to by the committee and published like the first.
import { randomUUID } from 'node:crypto';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { conflict } from '../../../../platform/errors';
import { CATALOGUE_SUBJECT } from '../../catalogue';
import { catalogueForAct } from '../../support';

export async function adjustCatalogue(services: Services, ctx: WriteContext, id: string, reason: string) {
  return inWriteTransaction(services, ctx, (w) => adjustCatalogueOn(services, w, id, reason));
}

export async function adjustCatalogueOn(services: Services, w: Writer, id: string, reason: string) {
  const { row, record } = await catalogueForAct(services, w.tx, w.ctx.actor, id, 'adjust');
  const open = await w.tx
    .selectFrom('decision_catalogues')
    .select('version_no')
    .where('body_org_id', '=', row.body_org_id)
    .where('year', '=', row.year)
    .where('status', 'in', ['draft', 'consented'])
    .executeTakeFirst();
  if (open) throw conflict('ADJUSTMENT_OPEN', `第${open.version_no}版调整正在办理中，请先完成并公布`);
  const last = await w.tx
    .selectFrom('decision_catalogues')
    .select((eb) => eb.fn.max('version_no').as('v'))
    .where('body_org_id', '=', row.body_org_id)
    .where('year', '=', row.year)
    .executeTakeFirstOrThrow();
  const versionNo = (last.v ?? row.version_no) + 1;
  const newId = randomUUID();
  await w.tx
    .insertInto('decision_catalogues')
    .values({
      region_code: row.region_code,
      id: newId,
      body_org_id: row.body_org_id,
      year: row.year,
      version_no: versionNo,
      status: 'draft',
      adjustment_reason: reason,
      party_consent_on: null,
      party_consent_record: null,
      published_on: null,
      created_by: w.ctx.actor?.userId ?? null,
      consent_recorded_by: null,
      published_by: null,
      is_demo: row.is_demo,
    })
    .execute();
  const items = await w.tx
    .selectFrom('decision_catalogue_items')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('catalogue_id', '=', row.id)
    .execute();
  if (items.length)
    await w.tx
      .insertInto('decision_catalogue_items')
      .values(items.map((i) => ({ ...i, id: randomUUID(), catalogue_id: newId })))
      .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'decision_catalogue.adjustment_opened',
    subjectType: CATALOGUE_SUBJECT,
    subjectId: newId,
    summary: `调整${record.bodyName}${row.year}年决策事项目录（第${versionNo}版）：${reason}`,
    changes: { from: row.id, versionNo, reason },
  });
  return { id: newId };
}
