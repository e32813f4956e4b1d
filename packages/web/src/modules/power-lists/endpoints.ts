// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  powerLists: [
    { method: 'GET', path: '/api/power-lists' },
    { method: 'GET', path: '/api/power-lists/{listKind}/versions' },
    { method: 'GET', path: '/api/power-lists/{listKind}/items' },
    { method: 'GET', path: '/api/power-lists/{listKind}/compare' },
    { method: 'POST', path: '/api/power-lists/{listKind}/adjustments' },
    { method: 'GET', path: '/api/power-lists/{listKind}/import-template.xlsx' },
    { method: 'POST', path: '/api/power-lists/{listKind}/import' },
  ],
  powerListStatistics: [
    { method: 'GET', path: '/api/power-list-statistics' },
    { method: 'GET', path: '/api/power-list-statistics/export.xlsx' },
  ],
  publicPowerLists: [{ method: 'GET', path: '/api/public/power-lists/{listKind}' }],
} satisfies EndpointGroups;
