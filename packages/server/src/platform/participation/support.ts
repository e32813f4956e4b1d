// The reviewing body of a region and the hashed client address of a public comment, used by the shared mechanism
// and by the modules that lend it their drafts.
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Tx } from '../write';
import { regionChain } from '../deadlines';
import { invalid } from '../errors';

/** The justice bureau (政府法制机构) nearest to the region, up the region tree. */
export async function justiceBureauFor(db: Db | Tx, regionCode: string): Promise<{ id: string; name: string }> {
  const chain = await regionChain(db, regionCode);
  const rows = await db
    .selectFrom('orgs')
    .select(['id', 'name', 'region_code'])
    .where('kind', '=', 'justice_bureau')
    .where('region_code', 'in', chain)
    .execute();
  rows.sort((a, b) => chain.indexOf(b.region_code) - chain.indexOf(a.region_code));
  const found = rows[0];
  if (!found) throw invalid('NO_JUSTICE_BUREAU', '本行政区域尚未设置司法局（政府法制机构），无法办理审核、备案');
  return { id: found.id, name: found.name };
}

/** SHA-256 of a client address for the per-address comment limit; the address itself is never kept. The salt
 * predates the shared mechanism (normative documents' comments) and stays, so stored hashes keep matching. */
export function ipHash(ip: string | null): string | null {
  return ip ? createHash('sha256').update(`fazhi-normative:${ip}`).digest('hex') : null;
}
