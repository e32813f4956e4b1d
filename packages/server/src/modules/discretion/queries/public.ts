// The portal's benchmarks (《行政处罚法》第三十四条: 行政处罚裁量基准应当向社会公布) and the lenient lists read from
// them: the portal region's versions in force today. No actor: drafts and versions not yet in force are never read.
import { lenientEntries, lenientListBasis, lenientListKinds, lenientListLabels } from '@fazhi/core/discretion';
import type { LenientLists, PublicBenchmark } from '@fazhi/core/contracts';
import { notFound } from '../../../platform/errors';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';
import { containing, contentOf } from '../support';
import { presentCircumstance } from './present';

const PUBLIC_LIMIT = 2000;

/** The portal region's versions in force today, one per body and item (DISTINCT ON: the latest effective version
 * published), matching the words searched or the one version asked for. */
async function inForceInPortalRegion(services: Services, filter: { q?: string | undefined; id?: string } = {}) {
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return [];
  const inForce = services.db
    .selectFrom('discretion_benchmarks as b')
    .selectAll('b')
    .distinctOn(['b.implementing_org_id', 'b.item_code'])
    .where('b.region_code', '=', regionCode)
    .where('b.status', '=', 'published')
    .where('b.effective_on', '<=', services.clock.today())
    .orderBy('b.implementing_org_id')
    .orderBy('b.item_code')
    .orderBy('b.effective_on', 'desc')
    .orderBy('b.version_no', 'desc');
  let query = services.db
    .selectFrom(inForce.as('b'))
    .innerJoin('orgs as o', 'o.id', 'b.implementing_org_id')
    .selectAll('b')
    .select('o.name as body_name');
  if (filter.q) {
    const like = containing(filter.q);
    query = query.where((eb) => eb.or([eb('b.item_name', 'like', like), eb('b.item_code', 'like', like)]));
  }
  if (filter.id) query = query.where('b.id', '=', filter.id);
  return query.orderBy('o.path').orderBy('b.item_code').limit(PUBLIC_LIMIT).execute();
}

type Row = Awaited<ReturnType<typeof inForceInPortalRegion>>[number];
const publicRow = (r: Row) => ({
  id: r.id,
  bodyName: r.body_name,
  itemCode: r.item_code,
  itemName: r.item_name,
  legalBasis: r.legal_basis,
  versionNo: r.version_no,
  effectiveOn: r.effective_on!,
  isDemo: r.is_demo,
});

export async function publicBenchmarks(services: Services, query: { q?: string | undefined }) {
  return { items: (await inForceInPortalRegion(services, { q: query.q })).map(publicRow) };
}

export async function publicBenchmark(services: Services, id: string): Promise<PublicBenchmark> {
  const [row] = await inForceInPortalRegion(services, { id });
  if (!row) throw notFound('行政处罚裁量基准');
  return {
    ...publicRow(row),
    circumstances: row.circumstances.map(presentCircumstance),
    basisOfPublication: '《中华人民共和国行政处罚法》第三十四条：行政处罚裁量基准应当向社会公布',
  };
}

export async function publicLenientLists(services: Services): Promise<LenientLists> {
  const rows = await inForceInPortalRegion(services);
  const entries = rows.flatMap((r) =>
    lenientEntries(contentOf(r)).map((e) => ({ ...e, benchmarkId: r.id, bodyName: r.body_name, isDemo: r.is_demo })),
  );
  return {
    lists: lenientListKinds.map((kind) => ({
      kind,
      title: lenientListLabels[kind],
      basis: lenientListBasis[kind],
      entries: entries.filter((e) => e.list === kind),
    })),
  };
}
