// The documents the actor may see, with filters and paging, through the scope chokepoint (drafting unit).
import {
  documentKindLabels,
  shownStatus,
  shownStatusLabels,
  type DocumentStatus,
} from '@fazhi/core/normative-documents';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import type { Db } from '../../../platform/db/connection';
import { countUpTo, pageOf, pageSlice } from '../../../platform/db/paginate';
import type { Services } from '../../../platform/services';
import type { ListQuery } from '../schemas';
import { newestMatchKeys } from '../catalogue/queries/search-keys';
import { amongKeys, documentSearch, SEARCH_CAP } from '../catalogue/queries/search';
import { actorRegion, searchSynonyms } from '../catalogue/queries/search-synonyms';

// the names are core's, the one source (also the console's filter)
export { filingStatusLabels } from '@fazhi/core/normative-documents';
import { filingStatusLabels } from '@fazhi/core/normative-documents';
import type { NormativeListPage } from '@fazhi/core/contracts';

/** The status a user is shown today (core catalogue.ts derives it; it is never stored). */
export function shownOn(
  r: { status: DocumentStatus; effective_on: string | null; expires_on: string | null },
  t: string,
) {
  const shown = shownStatus({ status: r.status, effectiveOn: r.effective_on, expiresOn: r.expires_on }, t);
  return { shownStatus: shown, statusLabel: shownStatusLabels[shown] };
}

/** The console list's filters as SQL shared by the list and the export: what the actor may read, filtered. */
export function filteredDocuments(
  services: Services,
  actor: Actor,
  query: Omit<ListQuery, 'page' | 'pageSize'>,
  db: Db = services.db,
) {
  let q = db
    .selectFrom('normative_documents as d')
    .where(scopeFilter(services.registry.grants, actor, 'normative.read', 'd.drafting_org_id'));
  const day = services.clock.today();
  // 现行有效 and 已公布、尚未施行 are one stored status split by today's date against the 施行日期 (core catalogue.ts)
  if (query.status === 'not_yet_effective') q = q.where('d.status', '=', 'published').where('d.effective_on', '>', day);
  else if (query.status === 'published')
    q = q
      .where('d.status', '=', 'published')
      .where((eb) => eb.or([eb('d.effective_on', 'is', null), eb('d.effective_on', '<=', day)]));
  else if (query.status) q = q.where('d.status', '=', query.status);
  if (query.filingStatus) q = q.where('d.filing_status', '=', query.filingStatus);
  if (query.draftingOrgId) q = q.where('d.drafting_org_id', '=', query.draftingOrgId);
  if (query.regionCode) q = q.where('d.region_code', '=', query.regionCode);
  if (query.year) q = q.where(sql<number>`extract(year from d.published_on)`, '=', query.year);
  if (query.kind) q = q.where('d.kind', '=', query.kind);
  if (query.issuerOrgId) q = q.where('d.issuer_org_id', '=', query.issuerOrgId);
  if (query.expiringWithinDays) {
    q = q
      .where('d.status', '=', 'published')
      .where('d.expires_on', '>=', day)
      .where(sql<boolean>`d.expires_on <= ${day}::date + ${query.expiringWithinDays}::int`);
  }
  return q;
}

export async function listDocuments(services: Services, actor: Actor, query: ListQuery): Promise<NormativeListPage> {
  const base = () =>
    services.db
      .selectFrom('normative_documents as d')
      .innerJoin('orgs as o', 'o.id', 'd.drafting_org_id')
      .innerJoin('orgs as i', 'i.id', 'd.issuer_org_id');
  const filtered = filteredDocuments(services, actor, query);
  let q = filtered
    .innerJoin('orgs as o', 'o.id', 'd.drafting_org_id')
    .innerJoin('orgs as i', 'i.id', 'd.issuer_org_id');
  const day = services.clock.today();
  // 全文检索 (queries/search.ts): the keys of the newest SEARCH_CAP matches in scope, then only those are ranked
  const search = documentSearch(query.q, await searchSynonyms(services.db, actorRegion(actor, query.regionCode)));
  let total: number;
  let capped: boolean;
  if (search) {
    const keys = await newestMatchKeys(
      services.db,
      filtered.where(search.where).select(['d.region_code', 'd.id', 'd.published_on', 'd.updated_at']),
    );
    total = keys.length;
    capped = total >= SEARCH_CAP;
    q = base().where(amongKeys(keys));
  } else {
    // counted in the list's own order (its index) up to COUNT_CAP: a region's whole catalogue is not counted per page
    ({ total, capped } = await countUpTo(
      services.db,
      filtered.select('d.id').orderBy('d.updated_at', 'desc').orderBy('d.id'),
    ));
  }
  const { limit, offset } = pageSlice(query);
  let listed = q.select([
    'd.id',
    'd.region_code',
    'd.title',
    'd.kind',
    'd.status',
    'd.doc_number',
    'd.published_on',
    'd.effective_on',
    'd.expires_on',
    'd.filing_status',
    'd.is_demo',
    'd.updated_at',
    'o.name as drafting_org_name',
    'i.name as issuer_name',
  ]);
  // with words typed: the best match first, then the newest publication
  if (search) listed = listed.orderBy(search.rank, 'desc').orderBy(sql`d.published_on desc nulls last`);
  const rows = await listed.orderBy('d.updated_at', 'desc').orderBy('d.id').limit(limit).offset(offset).execute();
  const page = pageOf(
    query,
    total,
    rows.map((r) => ({
      id: r.id,
      regionCode: r.region_code,
      title: r.title,
      kind: r.kind,
      kindLabel: documentKindLabels[r.kind],
      status: r.status,
      ...shownOn(r, day),
      docNumber: r.doc_number,
      publishedOn: r.published_on,
      effectiveOn: r.effective_on,
      expiresOn: r.expires_on,
      filingStatus: r.filing_status,
      filingStatusLabel: r.filing_status ? filingStatusLabels[r.filing_status] : null,
      draftingOrgName: r.drafting_org_name,
      issuerName: r.issuer_name,
      isDemo: r.is_demo,
    })),
  );
  // more matches than a search ranks, or more documents than a list counts: the list says 超过 N 件
  return { ...page, totalCapped: capped };
}
