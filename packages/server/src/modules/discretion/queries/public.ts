// The portal's benchmarks (《行政处罚法》第三十四条: 行政处罚裁量基准应当向社会公布) and the lenient lists read from
// them: the portal region's versions in force today. No actor: drafts and versions not yet in force are never read.
import {
  lenientEntries,
  lenientListBasis,
  lenientListKinds,
  lenientListLabels,
  versionInForce,
} from '@fazhi/core/discretion';
import type { LenientLists, PublicBenchmark } from '@fazhi/core/contracts';
import { notFound } from '../../../platform/errors';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';
import { asVersion, contentOf } from '../support';
import { presentCircumstance } from './present';

const PUBLIC_LIMIT = 2000;

async function inForceInPortalRegion(services: Services, q?: string) {
  const { regionCode } = await portalIdentity(services);
  if (!regionCode) return [];
  const today = services.clock.today();
  let query = services.db
    .selectFrom('discretion_benchmarks as b')
    .innerJoin('orgs as o', 'o.id', 'b.implementing_org_id')
    .selectAll('b')
    .select('o.name as body_name')
    .where('b.region_code', '=', regionCode)
    .where('b.status', '=', 'published')
    .where('b.effective_on', '<=', today);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('b.item_name', 'like', like), eb('b.item_code', 'like', like)]));
  }
  const rows = await query.orderBy('o.path').orderBy('b.item_code').limit(PUBLIC_LIMIT).execute();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.implementing_org_id}|${r.item_code}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((versions) => {
    const inForce = versionInForce(versions.map(asVersion), today)!;
    return versions.find((v) => v.id === inForce.id)!;
  });
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
  return { items: (await inForceInPortalRegion(services, query.q)).map(publicRow) };
}

export async function publicBenchmark(services: Services, id: string): Promise<PublicBenchmark> {
  const row = (await inForceInPortalRegion(services)).find((r) => r.id === id);
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
