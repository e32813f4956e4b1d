// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  mediationCommittees: [
    { method: 'GET', path: '/api/mediation-committees' },
    { method: 'POST', path: '/api/mediation-committees' },
    { method: 'POST', path: '/api/mediation-committees/{id}/mediators' },
  ],
  mediationDisputes: [
    { method: 'GET', path: '/api/mediation-disputes' },
    { method: 'POST', path: '/api/mediation-disputes' },
    { method: 'GET', path: '/api/mediation-disputes/{id}' },
    { method: 'POST', path: '/api/mediation-disputes/{id}/sessions' },
    { method: 'POST', path: '/api/mediation-disputes/{id}/outcome' },
    { method: 'POST', path: '/api/mediation-disputes/{id}/performance' },
    { method: 'POST', path: '/api/mediation-disputes/{id}/confirmation' },
  ],
  mediationStatistics: [
    { method: 'GET', path: '/api/mediation-statistics' },
    { method: 'GET', path: '/api/mediation-statistics/records' },
    { method: 'GET', path: '/api/mediation-statistics/export.xlsx' },
  ],
} satisfies EndpointGroups;
