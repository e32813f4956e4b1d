// 现行有效的行政规范性文件统一公开查询 (seed 002 task 10): the public catalogue of the portal's region. No actor and
// no scope: only what the law makes public — documents that were published (统一发布), their text, dates and the
// public history of their validity (发布、施行、后评估、清理、替代、届满). Review opinions, comments and filing
// correspondence never leave the console.
import {
  documentActLabels,
  documentKindLabels,
  documentStatusLabels,
  isDocumentAct,
  publishedStatuses,
  shownStatus,
  shownStatusLabels,
} from '@fazhi/core/normative-documents';
import { sql } from 'kysely';
import { countUpTo } from '../../../../platform/db/paginate';
import type { PublicSearchHit } from '../../../../platform/modules/manifest';
import { portalIdentity } from '../../../../platform/portal/routes';
import type { Services } from '../../../../platform/services';
import type { CatalogueQuery } from '../schemas-catalogue';
import { newestMatchKeys } from './search-keys';
import { amongKeys, documentSearch, SEARCH_CAP, snippetOf } from './search';
import { searchSynonyms } from './search-synonyms';
import { publishedInterpretation } from '../../registration/queries/interpretation';
import type { CataloguePage } from '@fazhi/core/contracts';
import type { CatalogueFacets } from '@fazhi/core/contracts';
import type { PublicDocument } from '@fazhi/core/contracts';

/** The portal page of a document (the search hits link to it). */
export const publicDocumentPath = (id: string) => `/normative-documents/${id}`;

/** Documents currently valid in the region (status published and not past the validity period), aliased d. */
function validDocuments(services: Services, regionCode: string) {
  return services.db
    .selectFrom('normative_documents as d')
    .innerJoin('orgs as i', 'i.id', 'd.issuer_org_id')
    .where('d.region_code', '=', regionCode)
    .where('d.status', '=', 'published')
    .where((eb) => eb.or([eb('d.expires_on', 'is', null), eb('d.expires_on', '>=', services.clock.today())]));
}

/** The first articles' text of each document, for the snippets of one page. */
async function bodiesOf(services: Services, regionCode: string, ids: string[]) {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await services.db
    .selectFrom('normative_articles')
    .select(['document_id', 'body'])
    .where('region_code', '=', regionCode)
    .where('document_id', 'in', ids)
    .orderBy('document_id')
    .orderBy('seq')
    .execute();
  for (const r of rows) map.set(r.document_id, [...(map.get(r.document_id) ?? []), r.body]);
  return map;
}

export async function listPublicDocuments(services: Services, query: CatalogueQuery): Promise<CataloguePage> {
  const { regionCode } = await portalIdentity(services);
  const empty = { items: [], total: 0, totalCapped: false, page: query.page, pageSize: query.pageSize };
  if (!regionCode) return empty;
  let q = validDocuments(services, regionCode);
  if (query.issuerOrgId) q = q.where('d.issuer_org_id', '=', query.issuerOrgId);
  if (query.year) q = q.where(sql<number>`extract(year from d.published_on)`, '=', query.year);
  if (query.kind) q = q.where('d.kind', '=', query.kind);
  const day = services.clock.today();
  if (query.validity === 'not_yet_effective') q = q.where('d.effective_on', '>', day);
  if (query.validity === 'in_force')
    q = q.where((eb) => eb.or([eb('d.effective_on', 'is', null), eb('d.effective_on', '<=', day)]));
  // the keys of the newest SEARCH_CAP matches, then only those are counted, ranked and paged (queries/search.ts)
  const search = documentSearch(query.q, await searchSynonyms(services.db, regionCode));
  let total: number;
  let capped: boolean;
  if (search) {
    const keys = await newestMatchKeys(
      services.db,
      q.where(search.where).select(['d.region_code', 'd.id', 'd.published_on', 'd.updated_at']),
    );
    total = keys.length;
    capped = total >= SEARCH_CAP;
    q = q.where(amongKeys(keys));
  } else {
    // counted in the catalogue's order (its partial index) up to COUNT_CAP: the page says 超过 N 件 past it
    ({ total, capped } = await countUpTo(
      services.db,
      q
        .select('d.id')
        .orderBy(sql`d.published_on desc nulls last`)
        .orderBy('d.id'),
    ));
  }
  let listed = q.select([
    'd.id',
    'd.title',
    'd.doc_number',
    'd.kind',
    'd.published_on',
    'd.effective_on',
    'd.expires_on',
    'i.name as issuer_name',
  ]);
  if (search) listed = listed.orderBy(search.rank, 'desc');
  const rows = await listed
    .orderBy(sql`d.published_on desc nulls last`)
    .orderBy('d.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const bodies = await bodiesOf(
    services,
    regionCode,
    rows.map((r) => r.id),
  );
  return {
    total,
    totalCapped: capped,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      docNumber: r.doc_number,
      issuerName: r.issuer_name,
      kind: r.kind,
      kindLabel: documentKindLabels[r.kind],
      publishedOn: r.published_on,
      effectiveOn: r.effective_on,
      expiresOn: r.expires_on,
      statusLabel:
        shownStatusLabels[
          shownStatus({ status: 'published', effectiveOn: r.effective_on, expiresOn: r.expires_on }, day)
        ],
      snippet: snippetOf(bodies.get(r.id) ?? [], search?.tokens ?? []),
    })),
  };
}

/** The choices of the catalogue's filters: the issuing bodies and the years of the currently valid documents. */
export async function publicFacets(services: Services): Promise<CatalogueFacets> {
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return { issuers: [], years: [] };
  const issuers = await validDocuments(services, regionCode)
    .select(['i.id', 'i.name', 'i.sort_order'])
    .distinct()
    .orderBy('i.sort_order')
    .orderBy('i.name')
    .execute();
  const years = await validDocuments(services, regionCode)
    .select(sql<number>`extract(year from d.published_on)::int`.as('year'))
    .distinct()
    .orderBy('year', 'desc')
    .execute();
  return {
    issuers: issuers.map((i) => ({ id: i.id, name: i.name })),
    years: years.map((y) => y.year).filter((y): y is number => y !== null),
  };
}

/** A published document (in force or no longer), with its text and public history; null for anything else. */
export async function getPublicDocument(services: Services, id: string): Promise<PublicDocument | null> {
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return null;
  const doc = await services.db
    .selectFrom('normative_documents as d')
    .innerJoin('orgs as i', 'i.id', 'd.issuer_org_id')
    .select([
      'd.id',
      'd.title',
      'd.doc_number',
      'd.kind',
      'd.status',
      'd.published_on',
      'd.effective_on',
      'd.expires_on',
      'i.name as issuer_name',
    ])
    .where('d.region_code', '=', regionCode)
    .where('d.id', '=', id)
    .where('d.status', 'in', publishedStatuses)
    .executeTakeFirst();
  if (!doc) return null;
  const [articles, history, interpretation] = await Promise.all([
    services.db
      .selectFrom('normative_articles')
      .select(['heading', 'body'])
      .where('region_code', '=', regionCode)
      .where('document_id', '=', id)
      .orderBy('seq')
      .execute(),
    services.db
      .selectFrom('normative_status_history')
      .select(['to_status', 'act', 'acted_on', 'note', 'id'])
      .where('region_code', '=', regionCode)
      .where('document_id', '=', id)
      .where('act', 'in', ['publish', 'conclude-post-evaluation', 'record-cleanup-result', 'expire'])
      .where('to_status', 'in', publishedStatuses)
      .orderBy('id')
      .execute(),
    publishedInterpretation(services.db, regionCode, id),
  ]);
  const t = services.clock.today();
  const shown = shownStatus({ status: doc.status, effectiveOn: doc.effective_on, expiresOn: doc.expires_on }, t);
  const isValid = shown === 'published';
  const events = history.map((h) => ({
    at: h.acted_on,
    label:
      h.act === 'publish' && h.to_status !== 'published'
        ? `被新文件替代，${documentStatusLabels[h.to_status]}`
        : isDocumentAct(h.act)
          ? documentActLabels[h.act]
          : h.act,
    // the notes of these acts are public by nature: the 文号, the outcome of an evaluation or cleanup, the expiry
    note: h.act === 'publish' && h.to_status === 'published' ? `文号：${h.note}` : h.note,
  }));
  if (doc.effective_on && doc.effective_on <= t) events.push({ at: doc.effective_on, label: '施行', note: '' });
  events.sort((a, b) => a.at.localeCompare(b.at));
  return {
    id: doc.id,
    title: doc.title,
    docNumber: doc.doc_number,
    issuerName: doc.issuer_name,
    kind: doc.kind,
    kindLabel: documentKindLabels[doc.kind],
    status: doc.status,
    shownStatus: shown,
    statusLabel: shownStatusLabels[shown],
    isValid,
    publishedOn: doc.published_on,
    effectiveOn: doc.effective_on,
    expiresOn: doc.expires_on,
    articles: articles.map((a) => ({ no: a.heading, text: a.body })),
    history: events,
    // 政策解读 next to the official text (国办发〔2018〕37号: 同步发布); the publisher's name stays internal
    interpretation: interpretation && {
      title: interpretation.title,
      body: interpretation.body,
      publishedAt: interpretation.publishedAt,
    },
    downloads: [
      { label: '正式文本（DOCX）', url: `/api/public/normative-documents/${doc.id}/text.docx` },
      { label: '正式文本（PDF）', url: `/api/public/normative-documents/${doc.id}/text.pdf` },
    ],
  };
}

/** The portal search box: currently valid documents of the region matching the words (best first, at most 10). */
export async function publicSearchHits(
  services: Services,
  query: { q: string; regionCode: string | null },
): Promise<PublicSearchHit[]> {
  if (!query.regionCode) return [];
  const page = await listPublicDocuments(services, { q: query.q, page: 1, pageSize: 10 });
  return page.items.map((d) => ({
    title: d.title,
    snippet: [d.docNumber, d.issuerName, d.snippet].filter(Boolean).join(' · '),
    path: publicDocumentPath(d.id),
    kind: '规范性文件',
  }));
}
