// Test-only: a benchmark body the API accepts, and a benchmark drafted (and published) at a unit through the
// commands as the system, so it carries its audit events like one made through the API.
import { randomUUID } from 'node:crypto';
import type { Services } from '../../../platform/services';
import type { WriteContext } from '../../../platform/write';
import { draftBenchmark } from '../commands/draft-benchmark';
import { publishBenchmark } from '../commands/publish-benchmark';
import { itemCodesUnchecked } from '../../power-lists/test/item-codes';

export const benchmarkContent = (itemName = '测试处罚事项') => ({
  itemName,
  legalBasis: '《价格违法行为行政处罚规定》第十三条',
  circumstances: [
    {
      kind: 'no_penalty' as const,
      description: '初次违法且危害后果轻微并及时改正的',
      conditions: [
        { fact: 'firstOffence' as const, op: 'is' as const, value: true },
        { fact: 'harm' as const, op: 'lte' as const, value: 'minor' },
        { fact: 'correctedPromptly' as const, op: 'is' as const, value: true },
      ],
      fine: null,
      otherPenalties: '',
    },
    {
      kind: 'general' as const,
      description: '不具有其他情形的',
      conditions: [],
      fine: { kind: 'amount' as const, minYuan: 1000, maxYuan: 3000 },
      otherPenalties: '责令改正，没收违法所得',
    },
    {
      kind: 'heavier' as const,
      description: '一年内因同一违法行为受过行政处罚的',
      conditions: [{ fact: 'repeatOffence' as const, op: 'is' as const, value: true }],
      fine: { kind: 'amount' as const, minYuan: 3000, maxYuan: 5000 },
      otherPenalties: '责令改正，没收违法所得',
    },
  ],
});

let seq = 0;
export const testItemCode = () => `T-${process.pid}-${String(++seq).padStart(5, '0')}`;

export async function draftTestBenchmark(
  services: Services,
  system: WriteContext,
  orgId: string,
  itemCode = testItemCode(),
) {
  // a test code names no item of a list: the region is one without lists (power-lists test/item-codes.ts)
  await itemCodesUnchecked(services.db);
  const { id } = await draftBenchmark(services, system, { implementingOrgId: orgId, itemCode, ...benchmarkContent() });
  return { id, itemCode };
}

export async function publishedTestBenchmark(services: Services, system: WriteContext, orgId: string) {
  const b = await draftTestBenchmark(services, system, orgId);
  const day = services.clock.today();
  await publishBenchmark(services, system, b.id, { publishedOn: day, effectiveOn: day });
  return b;
}

/** A version as the statistics read it, written as a row (a late state without walking every act). */
export interface VersionRowSpec {
  itemCode: string;
  versionNo?: number;
  /** omitted: a draft */
  publishedOn?: string;
  effectiveOn?: string;
}

/** Writes benchmark versions of one body straight into the table, with the factory's circumstances (one
 * 不予处罚, one 一般 and one 从重 each); answers their ids in order. */
export async function writeBenchmarkRows(services: Services, orgId: string, specs: readonly VersionRowSpec[]) {
  const org = await services.db
    .selectFrom('orgs')
    .select('region_code')
    .where('id', '=', orgId)
    .executeTakeFirstOrThrow();
  const content = benchmarkContent('统计测试处罚事项');
  const ids: string[] = [];
  for (const s of specs) {
    const versionNo = s.versionNo ?? 1;
    const row = await services.db
      .insertInto('discretion_benchmarks')
      .values({
        region_code: org.region_code,
        id: randomUUID(),
        implementing_org_id: orgId,
        item_code: s.itemCode,
        item_name: content.itemName,
        legal_basis: content.legalBasis,
        version_no: versionNo,
        reason: versionNo > 1 ? '上位法修改，调整罚款幅度' : null,
        circumstances: JSON.stringify(content.circumstances),
        status: s.publishedOn ? 'published' : 'draft',
        published_on: s.publishedOn ?? null,
        effective_on: s.effectiveOn ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}
