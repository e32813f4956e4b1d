// Every endpoint the web calls, grouped by the server module that provides it. e2e/run.ts checks this table
// against the server's OpenAPI document: a group's endpoints must all exist, or (a module not in this build) none.
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path form, parameters as {name} */
  path: string;
}

export const endpoints: Record<string, readonly Endpoint[]> = {
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
  organisations: [
    { method: 'GET', path: '/api/regions' },
    { method: 'GET', path: '/api/orgs' },
    { method: 'GET', path: '/api/orgs/{id}' },
    { method: 'POST', path: '/api/orgs' },
    { method: 'PATCH', path: '/api/orgs/{id}' },
    { method: 'GET', path: '/api/users' },
    { method: 'GET', path: '/api/users/{id}' },
    { method: 'POST', path: '/api/users' },
    { method: 'POST', path: '/api/users/{id}/reset-password' },
    { method: 'POST', path: '/api/users/{id}/unlock' },
    { method: 'POST', path: '/api/users/{id}/disable' },
    { method: 'POST', path: '/api/users/{id}/enable' },
    { method: 'POST', path: '/api/users/{id}/roles' },
    { method: 'DELETE', path: '/api/users/{id}/roles/{assignmentId}' },
    { method: 'GET', path: '/api/directory/import-template' },
    { method: 'POST', path: '/api/directory/import' },
  ],
  audit: [
    { method: 'GET', path: '/api/audit/events' },
    { method: 'GET', path: '/api/audit/events/{regionCode}/{seq}' },
    { method: 'GET', path: '/api/audit/verify' },
  ],
  calendar: [
    { method: 'GET', path: '/api/calendar/years' },
    { method: 'PUT', path: '/api/calendar/years/{year}' },
    { method: 'GET', path: '/api/calendar/local-holidays' },
    { method: 'POST', path: '/api/calendar/local-holidays' },
    { method: 'DELETE', path: '/api/calendar/local-holidays/{id}' },
    { method: 'GET', path: '/api/calendar/changes' },
    { method: 'GET', path: '/api/calendar/changes/{id}' },
    { method: 'GET', path: '/api/calendar/days' },
  ],
  workbench: [
    { method: 'GET', path: '/api/workbench' },
    { method: 'GET', path: '/api/notifications' },
    { method: 'POST', path: '/api/notifications/{id}/read' },
    { method: 'POST', path: '/api/notifications/read-all' },
  ],
  normativeCatalogue: [
    { method: 'GET', path: '/api/public/normative-documents' },
    { method: 'GET', path: '/api/public/normative-documents/facets' },
    { method: 'GET', path: '/api/public/normative-documents/{id}' },
  ],
  publicDeadline: [
    { method: 'GET', path: '/api/public/deadline-rules' },
    { method: 'GET', path: '/api/public/deadline' },
  ],
};
