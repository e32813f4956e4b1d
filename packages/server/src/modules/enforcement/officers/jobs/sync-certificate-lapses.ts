// 证件有效期届满 on the deadline service, kept current daily: region by region in claimed batches
// (platform/jobs/batches.ts), each certificate's lapse is set, recomputed or cancelled as its facts and the
// region's validity now say (certificate-lapse.ts). The acts on a certificate do the same at once; this job follows
// what changes without an act of this module — the region's validity setting — and writes nothing where nothing
// changed. The stored deadline is what the workbench shows with its warning level and the platform's warning sweep
// notifies, like every other deadline; the renewal notice weeks ahead stays (warn-certificate-lapses.ts).
import type { Services } from '../../../../platform/services';
import { inClaimedBatches } from '../../../../platform/jobs/batches';
import { regionValidity, syncCertificateLapse } from '../certificate-lapse';

export async function syncCertificateLapses(services: Services) {
  let changed = 0;
  const validity = new Map<string, Awaited<ReturnType<typeof regionValidity>>>();
  await inClaimedBatches(services, {
    claim: async (w, regionCode, after, limit) => {
      if (!validity.has(regionCode)) validity.set(regionCode, await regionValidity(w.tx, regionCode));
      let q = w.tx
        .selectFrom('enforcement_officers')
        .select(['id', 'region_code', 'org_id', 'name', 'certificate_number', 'issued_on', 'certificate_status'])
        .where('region_code', '=', regionCode)
        .where('certificate_number', 'is not', null);
      if (after) q = q.where('id', '>', after);
      return q.orderBy('id').limit(limit).forUpdate().skipLocked().execute();
    },
    work: async (w, rows, regionCode) => {
      for (const c of rows)
        if ((await syncCertificateLapse(w, c, validity.get(regionCode)!)) !== 'unchanged') changed++;
    },
  });
  return changed;
}
