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
  normativeParticipation: [
    { method: 'GET', path: '/api/public/normative-consultations' },
    { method: 'GET', path: '/api/public/normative-consultations/{id}' },
    { method: 'POST', path: '/api/public/normative-consultations/{id}/comments' },
    { method: 'POST', path: '/api/public/normative-review-requests' },
    { method: 'GET', path: '/api/public/normative-review-requests/{trackingNumber}' },
  ],
  // the normative-documents review desk (modules/normative-documents/routes-review-desk.ts)
  normativeDesk: [
    { method: 'GET', path: '/api/normative-documents/{id}' },
    { method: 'GET', path: '/api/normative-documents/{id}/review-package' },
    { method: 'POST', path: '/api/normative-documents/{id}/legality-review' },
    { method: 'GET', path: '/api/normative-comments/pending' },
    { method: 'POST', path: '/api/normative-documents/{id}/comments/{commentId}/moderation' },
    { method: 'POST', path: '/api/normative-documents/{id}/comments/{commentId}/answer' },
    { method: 'GET', path: '/api/normative-cleanup-campaigns' },
    { method: 'POST', path: '/api/normative-cleanup-campaigns' },
    { method: 'GET', path: '/api/normative-cleanup-campaigns/{id}' },
    { method: 'POST', path: '/api/normative-cleanup-campaigns/{id}/decisions' },
    { method: 'POST', path: '/api/normative-cleanup-campaigns/{id}/publication' },
    { method: 'GET', path: '/api/normative-review-requests' },
    { method: 'GET', path: '/api/normative-review-requests/{id}' },
    { method: 'POST', path: '/api/normative-review-requests/{id}/decision' },
    { method: 'POST', path: '/api/normative-review-requests/{id}/answer' },
    { method: 'GET', path: '/api/normative-issuers' },
    { method: 'PUT', path: '/api/normative-issuers' },
  ],
  // the console's document pages (modules/normative-documents: list, drafting, detail and its acts)
  normativeDocumentsConsole: [
    { method: 'GET', path: '/api/normative-documents' },
    { method: 'POST', path: '/api/normative-documents' },
    { method: 'GET', path: '/api/normative-documents/{id}' },
    { method: 'POST', path: '/api/normative-documents/{id}/revise' },
    { method: 'POST', path: '/api/normative-documents/{id}/consultation' },
    { method: 'POST', path: '/api/normative-documents/{id}/consultation/close' },
    { method: 'POST', path: '/api/normative-documents/{id}/consultation/exemption' },
    { method: 'POST', path: '/api/normative-documents/{id}/fair-competition-review' },
    { method: 'POST', path: '/api/normative-documents/{id}/legality-review/submission' },
    { method: 'POST', path: '/api/normative-documents/{id}/legality-review' },
    { method: 'POST', path: '/api/normative-documents/{id}/deliberation' },
    { method: 'POST', path: '/api/normative-documents/{id}/publication' },
    { method: 'POST', path: '/api/normative-documents/{id}/filing' },
    { method: 'POST', path: '/api/normative-documents/{id}/filing/forwarding' },
    { method: 'POST', path: '/api/normative-documents/{id}/filing/review' },
    { method: 'POST', path: '/api/normative-documents/{id}/filing/correction-order' },
    { method: 'POST', path: '/api/normative-documents/{id}/filing/correction-report' },
    { method: 'POST', path: '/api/normative-documents/{id}/filing/correction-confirmation' },
    { method: 'POST', path: '/api/normative-documents/{id}/post-evaluation/start' },
    { method: 'POST', path: '/api/normative-documents/{id}/post-evaluation/conclusion' },
  ],
  normativeStatistics: [
    { method: 'GET', path: '/api/normative-statistics' },
    { method: 'GET', path: '/api/normative-statistics/records' },
  ],
  publicDeadline: [
    { method: 'GET', path: '/api/public/deadline-rules' },
    { method: 'GET', path: '/api/public/deadline' },
  ],
};
