// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  litigationSuits: [
    { method: 'GET', path: '/api/litigation-suits' },
    { method: 'POST', path: '/api/litigation-suits' },
    { method: 'GET', path: '/api/litigation-suits/{id}' },
    { method: 'POST', path: '/api/litigation-suits/{id}/service' },
    { method: 'POST', path: '/api/litigation-suits/{id}/defence' },
    { method: 'POST', path: '/api/litigation-suits/{id}/hearings' },
    { method: 'POST', path: '/api/litigation-suits/{id}/appearance' },
    { method: 'POST', path: '/api/litigation-suits/{id}/outcome' },
    { method: 'POST', path: '/api/litigation-suits/{id}/conclusion' },
    { method: 'POST', path: '/api/litigation-suits/{id}/performance' },
  ],
  litigationRecommendations: [
    { method: 'GET', path: '/api/litigation-recommendations' },
    { method: 'POST', path: '/api/litigation-recommendations' },
    { method: 'POST', path: '/api/litigation-recommendations/{id}/reply' },
  ],
  litigationStatistics: [
    { method: 'GET', path: '/api/litigation-statistics' },
    { method: 'GET', path: '/api/litigation-statistics/records' },
    { method: 'GET', path: '/api/litigation-statistics/export.xlsx' },
    { method: 'GET', path: '/api/litigation-notices/monthly' },
  ],
} satisfies EndpointGroups;
