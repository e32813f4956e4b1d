// Item 7 of issue 16, this module's part: per body, the penalty items with a benchmark in force on a day and their
// circumstances by kind, and the drafts in preparation — counted from the versions on every read (a body keeps
// tens to hundreds of benchmarks). The other half, penalty items of the powers list without a benchmark, joins the
// list by item code.
import { circumstanceKinds, type CircumstanceKind } from '@fazhi/core/discretion';
import type { DiscretionStatistics } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import type { Services } from '../../../platform/services';
import { byItem, rowInForce } from '../support';
import { scopedBenchmarks } from './benchmarks';

export async function discretionStatistics(
  services: Services,
  actor: Actor,
  query: { on?: string | undefined },
): Promise<DiscretionStatistics> {
  const on = query.on ?? services.clock.today();
  const rows = await scopedBenchmarks(services, actor).orderBy('o.path').execute();
  const byBody = new Map<string, typeof rows>();
  for (const r of rows) byBody.set(r.implementing_org_id, [...(byBody.get(r.implementing_org_id) ?? []), r]);
  return {
    on,
    rows: [...byBody.values()].map((own) => {
      const counts = Object.fromEntries(circumstanceKinds.map((k) => [k, 0])) as Record<CircumstanceKind, number>;
      let itemsInForce = 0;
      for (const versions of byItem(own)) {
        const row = rowInForce(versions, on);
        if (!row) continue;
        itemsInForce += 1;
        for (const c of row.circumstances) counts[c.kind] += 1;
      }
      return {
        implementingOrgId: own[0]!.implementing_org_id,
        bodyName: own[0]!.body_name,
        itemsInForce,
        drafts: own.filter((r) => r.status === 'draft').length,
        circumstances: counts,
      };
    }),
  };
}
