// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  reconsiderationStatistics: [
    { method: 'GET', path: '/api/reconsideration-statistics' },
    { method: 'GET', path: '/api/reconsideration-statistics/records' },
    { method: 'GET', path: '/api/reconsideration-statistics/export.xlsx' },
  ],
  reconsiderationPortal: [
    { method: 'POST', path: '/api/public/reconsideration-applications' },
    { method: 'GET', path: '/api/public/reconsideration-applications/{trackingNumber}' },
    { method: 'POST', path: '/api/public/reconsideration-applications/{trackingNumber}/correction' },
    { method: 'GET', path: '/api/public/reconsideration-decisions' },
    { method: 'GET', path: '/api/public/reconsideration-decisions/{id}' },
  ],
  reconsiderationCases: [
    { method: 'GET', path: '/api/reconsideration-cases' },
    { method: 'GET', path: '/api/reconsideration-cases/{id}' },
    { method: 'GET', path: '/api/reconsideration-cases/{id}/papers/{paper}' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/correction-request' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/withdrawal' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/acceptance' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/refusal' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/copy' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/answer' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/suspension' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/resumption' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/termination' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/extension' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/decision' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/publication' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/service' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/views' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/conversion' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/handlers' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/opinions' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/opinion-report' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/hearings' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/hearing-record' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/mediation' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/settlement' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/normative-reviews' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/normative-review-steps' },
    { method: 'POST', path: '/api/reconsideration-cases/{id}/normative-review-outcome' },
    // the picker of a platform normative document (the normative-documents module's public catalogue)
    { method: 'GET', path: '/api/public/normative-documents' },
    { method: 'POST', path: '/api/reconsideration-cases' },
  ],
} satisfies EndpointGroups;
