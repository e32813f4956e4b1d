// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  commitmentItems: [
    { method: 'GET', path: '/api/commitment-items' },
    { method: 'POST', path: '/api/commitment-items' },
  ],
  commitmentMatters: [
    { method: 'GET', path: '/api/commitment-matters' },
    { method: 'POST', path: '/api/commitment-matters' },
    { method: 'GET', path: '/api/commitment-matters/{id}' },
    { method: 'POST', path: '/api/commitment-matters/{id}/check' },
  ],
  commitmentStatistics: [
    { method: 'GET', path: '/api/commitment-statistics' },
    { method: 'GET', path: '/api/commitment-statistics/records' },
    { method: 'GET', path: '/api/commitment-statistics/export.xlsx' },
  ],
} satisfies EndpointGroups;
