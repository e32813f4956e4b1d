// Every endpoint the web calls, grouped by the server module that provides it: the platform's own groups here, each
// module's in its folder (src/modules/<module>/endpoints.ts). e2e/openapi-and-bundle.journey.ts collects them and
// checks them against the server's OpenAPI document: a group's endpoints must all exist, or (a module not in this
// build) none. The tables are for that check only, so nothing the browser loads imports them: the console shell
// stays within its budget however many modules there are.

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path form, parameters as {name} */
  path: string;
}

export type EndpointGroups = Readonly<Record<string, readonly Endpoint[]>>;

export const platformEndpoints = {
  auth: [
    { method: 'POST', path: '/api/auth/login' },
    { method: 'GET', path: '/api/auth/session' },
    { method: 'POST', path: '/api/auth/logout' },
    { method: 'POST', path: '/api/auth/change-password' },
    { method: 'POST', path: '/api/auth/switch-org' },
  ],
  portal: [
    { method: 'GET', path: '/api/public/portal' },
    { method: 'GET', path: '/api/public/search' },
  ],
  // the shared public consultation (src/participation/): the portal's 意见征集 and the console's comment desk
  participation: [
    { method: 'GET', path: '/api/public/consultations' },
    { method: 'GET', path: '/api/public/consultations/{kind}/{id}' },
    { method: 'POST', path: '/api/public/consultations/{kind}/{id}/comments' },
    { method: 'GET', path: '/api/consultation-comments' },
    { method: 'POST', path: '/api/consultation-comments/{commentId}/moderation' },
    { method: 'POST', path: '/api/consultation-comments/{commentId}/answer' },
  ],
  // the shared legality-review desk (src/participation/ReviewDeskPage, ReviewPackagePage)
  legalityReviews: [
    { method: 'GET', path: '/api/legality-reviews' },
    { method: 'GET', path: '/api/legality-reviews/{kind}/{id}' },
  ],
} satisfies EndpointGroups;

/** The platform's groups and every module's, refusing a group name two of them use (one would hide the other). */
export function collect(tables: readonly EndpointGroups[]): EndpointGroups {
  const all: Record<string, readonly Endpoint[]> = {};
  for (const table of tables)
    for (const [group, list] of Object.entries(table)) {
      if (group in all) throw new Error(`endpoint group ${group} is declared twice`);
      all[group] = list;
    }
  return all;
}
