// 公布裁量基准 (《行政处罚法》第三十四条: 行政处罚裁量基准应当向社会公布): the draft is published on a day not after
// today and takes effect on its 施行日期, not before publication. The version in force follows from the days
// (core versionInForce): an earlier version stays in force until the new one's day comes.
import { actDate } from '../../../platform/act-date';
import { conflict, invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { BENCHMARK_SUBJECT } from '../catalogue';
import { benchmarkForAct, contentOf, refuseUnfit } from '../support';

export interface PublishBenchmarkInput {
  publishedOn?: string | undefined;
  effectiveOn: string;
}

export async function publishBenchmark(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: PublishBenchmarkInput,
) {
  return inWriteTransaction(services, ctx, (w) => publishBenchmarkOn(services, w, id, input));
}

export async function publishBenchmarkOn(services: Services, w: Writer, id: string, input: PublishBenchmarkInput) {
  const { row, record } = await benchmarkForAct(services, w.tx, w.ctx.actor, id, 'publish');
  if (row.status !== 'draft') throw conflict('BENCHMARK_PUBLISHED', '该版本裁量基准已经公布');
  const publishedOn = actDate(services, input.publishedOn, 'publishedOn', '发布日期');
  if (input.effectiveOn < publishedOn)
    throw invalid('EFFECTIVE_BEFORE_PUBLICATION', `施行日期不能早于发布日期（${publishedOn}）`, [
      { path: 'effectiveOn', message: '不能早于发布日期' },
    ]);
  const later = await w.tx
    .selectFrom('discretion_benchmarks')
    .select(['version_no', 'effective_on'])
    .where('implementing_org_id', '=', row.implementing_org_id)
    .where('item_code', '=', row.item_code)
    .where('status', '=', 'published')
    .where('effective_on', '>', input.effectiveOn)
    .executeTakeFirst();
  if (later)
    throw invalid(
      'EFFECTIVE_BEFORE_EARLIER_VERSION',
      `施行日期不能早于第${later.version_no}版的施行日期（${later.effective_on}）`,
      [{ path: 'effectiveOn', message: '不能早于已公布版本的施行日期' }],
    );
  refuseUnfit(contentOf(row));
  await w.tx
    .updateTable('discretion_benchmarks')
    .set({
      status: 'published',
      published_on: publishedOn,
      effective_on: input.effectiveOn,
      published_by: w.ctx.actor?.userId ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await w.audit({
    regionCode: row.region_code,
    action: 'discretion_benchmark.published',
    subjectType: BENCHMARK_SUBJECT,
    subjectId: row.id,
    summary: `公布${record.bodyName}“${row.item_name}”（${row.item_code}）行政裁量权基准第${row.version_no}版，自${input.effectiveOn}起施行`,
    changes: { publishedOn, effectiveOn: input.effectiveOn, versionNo: row.version_no },
  });
}
