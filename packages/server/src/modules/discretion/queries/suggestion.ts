// The penalty suggestion of one benchmark version for the facts an officer entered (core suggestPenalty), in the
// region's order of circumstances. Nothing is written: the suggestion is advice the case will record with the
// version's id when cases exist.
import {
  circumstanceLabels,
  circumstanceOrderBasis,
  defaultCircumstanceOrder,
  suggestPenalty,
  type Facts,
} from '@fazhi/core/discretion';
import type { PenaltySuggestionAnswer } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import { authorizeAs } from '../../../platform/access/policy';
import { conflict } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { benchmarkPolicy } from '../policy';
import { discretionSettings } from '../settings';
import { contentOf, loadBenchmark } from '../support';

export async function suggestForBenchmark(
  services: Services,
  actor: Actor,
  id: string,
  facts: Facts,
): Promise<PenaltySuggestionAnswer> {
  const { row, record } = await loadBenchmark(services, services.db, actor, id);
  authorizeAs(services.registry.grants, actor, benchmarkPolicy, 'suggest', record);
  if (row.status !== 'published')
    throw conflict('BENCHMARK_NOT_PUBLISHED', '裁量基准公布后才能用于测算处罚（《行政处罚法》第三十四条）');
  const order = await discretionSettings.read(services.db, row.region_code, 'discretion.circumstance-order');
  const s = suggestPenalty(contentOf(row), facts, order);
  const isDefault = order.join() === defaultCircumstanceOrder.join();
  return {
    benchmarkId: row.id,
    versionNo: row.version_no,
    itemCode: row.item_code,
    itemName: row.item_name,
    ...s,
    alsoApplicableLabels: s.alsoApplicable.map((k) => circumstanceLabels[k]),
    order: order.map((k) => circumstanceLabels[k]),
    orderBasis: isDefault ? circumstanceOrderBasis : '本地区规定的适用顺序（区域设置 discretion.circumstance-order）',
  };
}
