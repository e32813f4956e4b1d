// 修改裁量基准草稿: only a draft changes; a published version stays as it was published (a case may have applied
// it), and a revision is a new version (draft-benchmark.ts).
import { conflict } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import { BENCHMARK_SUBJECT } from '../catalogue';
import type { ChangeBenchmarkBody } from '../schemas';
import { benchmarkForAct, refuseUnfit } from '../support';

export async function changeBenchmark(services: Services, ctx: WriteContext, id: string, input: ChangeBenchmarkBody) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row, record } = await benchmarkForAct(services, w.tx, w.ctx.actor, id, 'edit');
    if (row.status !== 'draft')
      throw conflict('BENCHMARK_PUBLISHED', '已公布的裁量基准不能修改；需要变更的，请起草新版本');
    refuseUnfit({ itemCode: row.item_code, ...input });
    await w.tx
      .updateTable('discretion_benchmarks')
      .set({
        item_name: input.itemName,
        legal_basis: input.legalBasis,
        circumstances: JSON.stringify(input.circumstances),
      })
      .where('region_code', '=', row.region_code)
      .where('id', '=', row.id)
      .execute();
    await w.audit({
      regionCode: row.region_code,
      action: 'discretion_benchmark.changed',
      subjectType: BENCHMARK_SUBJECT,
      subjectId: row.id,
      summary: `修改${record.bodyName}“${input.itemName}”（${row.item_code}）行政裁量权基准第${row.version_no}版草稿`,
      changes: { itemName: input.itemName, circumstances: input.circumstances.map((c) => c.kind) },
    });
  });
}
