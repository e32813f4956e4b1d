// 政策解读: 国办发〔2018〕37号 requires the 解读 of a normative document to go out with it (政策解读与文件同步起草、
// 同步审签、同步发布), so the drafting unit — whoever may publish for it — attaches the 解读 to a document in force and
// may replace it later (a correction, a fuller explanation). One current 解读 per document; the audit event keeps
// who replaced what.
import { documentStatusLabels, type DocumentStatus } from '@fazhi/core/normative-documents';
import { conflict } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { auditDocument, loadForAct } from '../../workflow';

// only a document in force is read with its 解读: a draft has none published yet, an ended one is history
const inForce = (status: DocumentStatus) => {
  if (status !== 'published')
    throw conflict(
      'DOCUMENT_STATE_INVALID',
      `文件当前状态为“${documentStatusLabels[status]}”，只能为现行有效的已发布文件发布政策解读`,
    );
};

export interface InterpretationInput {
  title: string;
  body: string;
}

export async function publishInterpretation(services: Services, ctx: WriteContext, id: string, i: InterpretationInput) {
  return inWriteTransaction(services, ctx, (w) => publishInterpretationOn(services, w, id, i));
}

export async function publishInterpretationOn(
  services: Services,
  w: Writer,
  id: string,
  i: InterpretationInput,
  o: { isDemo?: boolean; at?: Date } = {},
) {
  const { row } = await loadForAct(services, w, id, 'publishInterpretation', inForce);
  const previous = await w.tx
    .selectFrom('normative_interpretations')
    .select('title')
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .executeTakeFirst();
  const values = {
    title: i.title,
    body: i.body,
    published_by: w.ctx.actor?.userId ?? null,
    published_at: o.at ?? w.clock.now(),
  };
  await w.tx
    .insertInto('normative_interpretations')
    .values({ region_code: row.region_code, document_id: row.id, is_demo: o.isDemo ?? false, ...values })
    .onConflict((oc) => oc.columns(['region_code', 'document_id']).doUpdateSet(values))
    .execute();
  await auditDocument(
    w,
    row,
    'interpretation_published',
    previous ? `更新政策解读：${i.title}` : `发布政策解读：${i.title}`,
    { title: i.title, replaced: previous ? previous.title : null },
  );
}
