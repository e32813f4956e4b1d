// The public portal's own endpoints (no sign-in): who the portal speaks for (region, sponsoring government,
// organising justice bureau), the public entries the modules declare in their manifests, and the search box that
// the modules feed with what they publish.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../services';
import { publicReadLimit } from '../http/rate-limit';
import type { PublicSearchHit } from '../modules/manifest';
import * as c from '@fazhi/core/contracts';
import { answers } from '../http/contract';
import { participationPortalFor } from '../participation/pages';

export interface PortalIdentity {
  regionCode: string | null;
  regionName: string | null;
  /** 主办单位: the region's people's government */
  sponsor: string | null;
  /** 承办单位: the justice bureau that runs 法治政府建设 work for it */
  organiser: string | null;
  isDemo: boolean;
}

/** The portal's region: FAZHI_PORTAL_REGION, else the first region (highest level first) with a people's government. */
export async function portalIdentity(services: Services): Promise<PortalIdentity> {
  let q = services.db
    .selectFrom('regions as r')
    .innerJoin('orgs as o', (j) => j.onRef('o.region_code', '=', 'r.code').on('o.kind', '=', 'government'))
    .select(['r.code', 'r.name', 'r.is_demo', 'o.id as gov_id', 'o.name as gov_name'])
    .where('o.parent_id', 'is', null);
  if (services.config.portalRegion) q = q.where('r.code', '=', services.config.portalRegion);
  const region = await q.orderBy('r.path').orderBy('r.code').executeTakeFirst();
  if (!region) return { regionCode: null, regionName: null, sponsor: null, organiser: null, isDemo: false };
  const bureau = await services.db
    .selectFrom('orgs')
    .select('name')
    .where('region_code', '=', region.code)
    .where('kind', '=', 'justice_bureau')
    .orderBy('sort_order')
    .executeTakeFirst();
  return {
    regionCode: region.code,
    regionName: region.name,
    sponsor: region.gov_name,
    organiser: bureau?.name ?? null,
    isDemo: region.is_demo,
  };
}

const searchQuery = z.object({
  q: z.string({ error: '请输入要搜索的内容' }).trim().min(1, '请输入要搜索的内容').max(50, '搜索内容不能超过50个字'),
});

export function portalRoutes(app: FastifyInstance, services: Services) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['公众门户'];
  const rateLimit = publicReadLimit(services.config);

  r.get(
    '/public/portal',
    { schema: { tags, summary: '门户信息与各模块的公开栏目', response: answers(c.portalInfo) } },
    async () => ({
      ...(await portalIdentity(services)),
      // the server's today (北京时间): the portal counts days left from it, never from the visitor's device
      today: services.clock.today(),
      entries: [
        ...participationPortalFor(services),
        ...services.registry.modules.flatMap((m) =>
          (m.portal ?? []).map((e) => ({ ...e, module: m.id, moduleName: m.name })),
        ),
      ],
    }),
  );

  r.get(
    '/public/search',
    {
      schema: {
        tags,
        summary: '门户搜索（各模块提供其公开内容）',
        querystring: searchQuery,
        response: answers(c.searchResult),
      },
      config: { rateLimit },
    },
    async (req) => {
      const words = req.query.q;
      const identity = await portalIdentity(services);
      const hits: PublicSearchHit[] = [];
      for (const e of participationPortalFor(services))
        if (e.title.includes(words) || e.description.includes(words))
          hits.push({ title: e.title, snippet: e.description, path: e.path, kind: '栏目' });
      for (const m of services.registry.modules) {
        for (const e of m.portal ?? [])
          if (e.title.includes(words) || e.description.includes(words))
            hits.push({ title: e.title, snippet: e.description, path: e.path, kind: '栏目' });
        if (m.publicSearch)
          hits.push(...(await m.publicSearch(services, { q: words, regionCode: identity.regionCode })));
      }
      return { q: words, items: hits };
    },
  );
}
