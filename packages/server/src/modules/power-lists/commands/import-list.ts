// 清单整体导入 (issue 16 item 3: real lists run to tens of thousands of rows): a workbook holding the whole list
// becomes its next version, as one adjustment with its reason, approval and effective date. Streamed: the rows are
// read one at a time (platform/http/xlsx-reader.ts), checked, and written by COPY in batches inside one transaction
// (support.ts writeRevisionLines); every problem is collected by row and column, and any problem rolls the whole
// import back — nothing is half-imported. Where its time goes, and what was tried: docs/scaling.md.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { listKindDefs, type ListKind } from '@fazhi/core/power-lists';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { authorize, policyContext } from '../../../platform/access/policy';
import { invalid } from '../../../platform/errors';
import { streamSheetRows } from '../../../platform/http/xlsx-reader';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import { adjustmentDateProblems } from '@fazhi/core/power-lists';
import { powerListPolicy } from '../policy';
import type { ImportQuery } from '../schemas';
import {
  closeRevisions,
  listRecord,
  listRegion,
  recordVersion,
  revisionLine,
  versionsOf,
  writeRevisionLines,
} from '../support';
import { rowReader, type RowProblem } from '../import-columns';
import { lockList, POWER_LIST_SUBJECT } from './adjust-list';

/** Rows written per statement. */
const BATCH = 1000;
/** Problems listed in the report (all are counted). */
const REPORTED = 500;

export interface ListImportResult {
  imported: number;
  versionNo: number | null;
  errors: RowProblem[];
  errorsTruncated: boolean;
}

/** Refused (403) before the file is read, to someone who may not import this region's list. */
export async function assertMayImportList(services: Services, actor: Actor, listKind: ListKind, regionCode?: string) {
  const region = await listRegion(services.db, actor, regionCode);
  authorize(policyContext(services.registry.grants, actor), powerListPolicy, 'import', listRecord(region, listKind));
  return region;
}

class Rejected extends Error {
  constructor(readonly result: ListImportResult) {
    super('import rejected');
  }
}

export async function importList(
  services: Services,
  ctx: WriteContext & { actor: Actor | null },
  listKind: ListKind,
  q: ImportQuery,
  file: Buffer | Readable,
  isDemo = false,
): Promise<ListImportResult> {
  const region = ctx.actor
    ? await assertMayImportList(services, ctx.actor, listKind, q.regionCode)
    : await listRegion(services.db, null, q.regionCode);
  const bodies = await services.db
    .selectFrom('orgs as o')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .select(['o.id', 'o.name'])
    .where(sql<boolean>`r.path LIKE ${`${region.path}%`}`)
    .execute();
  const bodyIdByName = new Map(bodies.map((b) => [b.name, b.id]));
  try {
    const result = await inWriteTransaction(services, ctx, async (w) => {
      await lockList(w, region.code, listKind);
      const versions = await versionsOf(w.tx, region.code, listKind);
      const previous = versions[versions.length - 1] ?? null;
      const dates = adjustmentDateProblems(q, previous?.effective_on ?? null, w.clock.today());
      if (Object.keys(dates).length)
        throw invalid(
          'IMPORT_DATES',
          Object.values(dates)[0]!,
          Object.entries(dates).map(([path, message]) => ({ path, message })),
        );
      const versionNo = (previous?.version_no ?? 0) + 1;
      await closeRevisions(w.tx, region.code, listKind, versionNo, 'all');
      const errors: RowProblem[] = [];
      let problemCount = 0;
      const seen = new Set<string>();
      let reader: ReturnType<typeof rowReader> | null = null;
      // a batch is the COPY text of its rows, made as each row is read: one string held per batch, not the rows
      let batch = '';
      let batched = 0;
      let imported = 0;
      // one batch is written while the next is read and checked: the database and the reader work side by side
      let inflight: Promise<unknown> = Promise.resolve(null);
      const settle = async () => {
        const failed = await inflight;
        if (failed) throw failed;
      };
      const flush = async () => {
        await settle();
        if (problemCount === 0 && batch !== '')
          inflight = writeRevisionLines(w.tx, batch).then(
            () => null,
            (e: unknown) => e,
          );
        batch = '';
        batched = 0;
      };
      for await (const { row, cells } of streamSheetRows(file)) {
        if (!reader) {
          reader = rowReader(listKind, cells, bodyIdByName);
          for (const m of reader.missing) errors.push({ row, field: m, message: `缺少列「${m}」，请使用导入模板` });
          problemCount += reader.missing.length;
          if (problemCount) break;
          continue;
        }
        if (cells.every((c) => c === '')) continue;
        const { item, problems } = reader.read(row, cells);
        if (item.code !== '' && seen.has(item.code))
          problems.push({ row, field: '事项编码', message: `事项编码${item.code}在工作簿中重复出现` });
        seen.add(item.code);
        problemCount += problems.length;
        for (const p of problems) if (errors.length < REPORTED) errors.push(p);
        if (problemCount === 0) {
          batch += revisionLine(region.code, listKind, versionNo, item, isDemo, randomUUID());
          imported++;
          if (++batched >= BATCH) await flush();
        }
      }
      if (!reader) errors.push({ row: 1, field: '事项编码', message: '工作簿是空的，请使用导入模板' });
      else if (imported === 0 && problemCount === 0)
        errors.push({ row: 2, field: '事项编码', message: '工作簿中没有可导入的事项' });
      await settle();
      if (errors.length)
        throw new Rejected({ imported: 0, versionNo: null, errors, errorsTruncated: problemCount > errors.length });
      await flush();
      await settle();
      const id = await recordVersion(w, {
        regionCode: region.code,
        listKind,
        versionNo,
        kind: previous ? 'import' : 'initial',
        reason: q.reason,
        approvedBy: q.approvedBy,
        approvedOn: q.approvedOn,
        effectiveOn: q.effectiveOn,
        itemCount: imported,
        isDemo,
      });
      await w.audit({
        regionCode: region.code,
        action: 'power_list.imported',
        subjectType: POWER_LIST_SUBJECT,
        subjectId: id,
        summary: `整体导入${region.name}${listKindDefs[listKind].label}（第${versionNo}版，${imported}项，${q.effectiveOn}起施行）：${q.reason}`,
        changes: { listKind, versionNo, imported, approvedBy: q.approvedBy },
      });
      return { imported, versionNo, errors: [], errorsTruncated: false };
    });
    // a whole list replaced: the index's gathered entries merged now (a search reads the pending ones one by one)
    // and the planner's statistics follow at once, not at autovacuum's next pass
    await sql`SELECT gin_clean_pending_list('power_list_items_search'::regclass)`.execute(services.db);
    await sql`ANALYZE power_list_items`.execute(services.db);
    return result;
  } catch (e) {
    // a rejected workbook rolled the transaction back; its report is the answer
    if (e instanceof Rejected) return e.result;
    throw e;
  }
}
