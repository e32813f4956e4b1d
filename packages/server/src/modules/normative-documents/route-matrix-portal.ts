// Scope-matrix rows of the portal's helpers in the console (issue 10 §5), spread into route-matrix-rows.ts: the
// region's search synonyms, a region setting set by the system administrators covering the region.
import type { Answers, MatrixRow } from '../../../test/scope-matrix';

/** A region's setting: its system administrators and the platform's; everyone else 403. */
const onRegionSettings = (ok: number): Answers => ({
  legal: 403,
  head: 403,
  reviewer: 403,
  auditor: 403,
  sysadmin: [ok, ok, ok, 403],
  otherAdmin: [403, 403, 403, ok],
  platformAdmin: ok,
});

export function portalSettingsRows(): MatrixRow[] {
  return [
    {
      route: 'GET /api/normative-search-synonyms',
      request: (_w, p) => ({ url: `/api/normative-search-synonyms?regionCode=${p.regionCode}` }),
      anonymous: 401,
      expect: onRegionSettings(200),
    },
    {
      route: 'PUT /api/normative-search-synonyms',
      request: (_w, p) => ({
        url: '/api/normative-search-synonyms',
        payload: { regionCode: p.regionCode, groups: [['电动车', '电动自行车']] },
      }),
      anonymous: 401,
      expect: onRegionSettings(200),
    },
  ];
}
