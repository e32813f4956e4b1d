// 规范性文件目录 as an Excel workbook streamed row by row (platform/http/xlsx-export.ts): the documents of the console
// list with the same filters, through the list's own filter query, so the scope chokepoint and every filter apply
// unchanged.
import type { PassThrough } from 'node:stream';
import { documentKindLabels } from '@fazhi/core/normative-documents';
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../../../platform/access/actor';
import { CHINESE_DATE_FORMAT, keysetBatches, streamWorkbook } from '../../../../platform/http/xlsx-export';
import type { Services } from '../../../../platform/services';
import { filingStatusLabels, filteredDocuments, shownOn } from '../../queries/list-documents';
import { documentSearch } from '../queries/search';
import { actorRegion, searchSynonyms } from '../queries/search-synonyms';
import type { ListQuery } from '../../schemas';

export const CATALOGUE_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '文号', width: 22 },
  { header: '标题', width: 48 },
  { header: '制定机关', width: 24 },
  { header: '起草单位', width: 24 },
  { header: '类型', width: 8 },
  { header: '状态', width: 20 },
  { header: '发布日期', width: 14 },
  { header: '施行日期', width: 14 },
  { header: '有效期至', width: 14 },
  { header: '备案情况', width: 20 },
  { header: '备注', width: 12 },
] as const;

const BATCH = 1000;

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/**
 * Every document the list shows with these filters — all of them, not a first page: with words, every match (newest
 * change first; the list ranks only the newest matches). Read by keyset in one read-only snapshot, so documents
 * changed during the export neither repeat nor drop out.
 */
export function exportCatalogue(
  services: Services,
  actor: Actor,
  filters: Omit<ListQuery, 'page' | 'pageSize'>,
): PassThrough {
  const columns = CATALOGUE_COLUMNS.map((c, i) => (i >= 7 && i <= 9 ? { ...c, numFmt: CHINESE_DATE_FORMAT } : c));
  return streamWorkbook({ name: '规范性文件目录', columns }, async (add) => {
    const synonyms = await searchSynonyms(services.db, actorRegion(actor, filters.regionCode));
    const search = documentSearch(filters.q, synonyms);
    const day = services.clock.today();
    await services.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        await sql`SET TRANSACTION READ ONLY`.execute(tx);
        type Key = { changed: string; id: string };
        const batch = (after: Key | null) => {
          let q = filteredDocuments(services, actor, filters, tx)
            .innerJoin('orgs as o', 'o.id', 'd.drafting_org_id')
            .innerJoin('orgs as i', 'i.id', 'd.issuer_org_id');
          if (search) q = q.where(search.where);
          if (after)
            q = q.where(
              sql<SqlBool>`(d.updated_at < ${after.changed}::timestamptz
                OR (d.updated_at = ${after.changed}::timestamptz AND d.id > ${after.id}::uuid))`,
            );
          return q
            .select(['d.id', 'd.doc_number', 'd.title', 'd.kind', 'd.status', 'd.published_on', 'd.effective_on'])
            .select(['d.expires_on', 'd.filing_status', 'd.is_demo', 'o.name as drafting_org_name'])
            .select(['i.name as issuer_name', sql<string>`d.updated_at::text`.as('changed')])
            .orderBy('d.updated_at', 'desc')
            .orderBy('d.id')
            .limit(BATCH)
            .execute();
        };
        let n = 0;
        for await (const d of keysetBatches(batch, BATCH))
          await add([
            ++n,
            d.doc_number,
            d.title,
            d.issuer_name,
            d.drafting_org_name,
            documentKindLabels[d.kind],
            shownOn(d, day).statusLabel,
            asDate(d.published_on),
            asDate(d.effective_on),
            asDate(d.expires_on),
            d.filing_status ? filingStatusLabels[d.filing_status] : null,
            d.is_demo ? '演示数据' : null,
          ]);
      });
  });
}
