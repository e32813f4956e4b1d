// The public portal's own answers (server platform/portal/routes.ts) and the health probe.
import { z } from 'zod';
import { isoDate } from './common';

export const portalEntry = z.object({
  key: z.string(),
  title: z.string(),
  description: z.string(),
  path: z.string(),
  module: z.string(),
  moduleName: z.string(),
});

export const portalInfo = z.object({
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  /** 主办单位: the region's people's government */
  sponsor: z.string().nullable(),
  /** 承办单位: the justice bureau */
  organiser: z.string().nullable(),
  isDemo: z.boolean(),
  /** the server's today (北京时间) */
  today: isoDate,
  entries: z.array(portalEntry),
});
export type PortalInfo = z.infer<typeof portalInfo>;

export const searchHit = z.object({ title: z.string(), snippet: z.string(), path: z.string(), kind: z.string() });
export type SearchHit = z.infer<typeof searchHit>;
export const searchResult = z.object({ q: z.string(), items: z.array(searchHit) });

export const health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ ok: z.boolean(), error: z.string().optional() }),
  jobs: z.object({
    running: z.boolean(),
    lastRelayAt: z.string().nullable(),
    lastError: z.string().nullable(),
    failedDeliveries: z.number(),
  }),
  calendar: z
    .object({ firstYear: z.number().nullable(), lastYear: z.number().nullable(), warning: z.string().nullable() })
    .nullable(),
});
export type Health = z.infer<typeof health>;
