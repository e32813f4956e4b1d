// 公布决策事项目录 (第三条第三款): only after the same-level Party committee's consent (422 naming it otherwise). The
// version published replaces the one before it, which stays on record as superseded.
import { actDate } from '../../../../platform/act-date';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CATALOGUE_SUBJECT } from '../../catalogue';
import { catalogueForAct } from '../../support';

export async function publishCatalogue(services: Services, ctx: WriteContext, id: string, publishedOn?: string) {
  return inWriteTransaction(services, ctx, (w) => publishCatalogueOn(services, w, id, publishedOn));
}

export async function publishCatalogueOn(services: Services, w: Writer, id: string, publishedOnInput?: string) {
  const { row, record, itemCount } = await catalogueForAct(services, w.tx, w.ctx.actor, id, 'publish');
  const publishedOn = actDate(services, publishedOnInput, 'publishedOn', '公布日期');
  if (row.party_consent_on && publishedOn < row.party_consent_on)
    throw invalid('PUBLISHED_BEFORE_CONSENT', `公布日期不能早于党委同意日期（${row.party_consent_on}）`, [
      { path: 'publishedOn', message: '不能早于党委同意日期' },
    ]);
  const previous = await w.tx
    .updateTable('decision_catalogues')
    .set({ status: 'superseded' })
    .where('body_org_id', '=', row.body_org_id)
    .where('year', '=', row.year)
    .where('status', '=', 'published')
    .returning(['id', 'version_no'])
    .executeTakeFirst();
  await w.tx
    .updateTable('decision_catalogues')
    .set({ status: 'published', published_on: publishedOn, published_by: w.ctx.actor?.userId ?? null })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'decision_catalogue.published',
    subjectType: CATALOGUE_SUBJECT,
    subjectId: row.id,
    summary: previous
      ? `公布调整后的${record.bodyName}${row.year}年决策事项目录（第${row.version_no}版，${itemCount}项），替代第${previous.version_no}版`
      : `公布${record.bodyName}${row.year}年决策事项目录（${itemCount}项）`,
    changes: { publishedOn, items: itemCount, supersedes: previous?.id ?? null },
  });
}
