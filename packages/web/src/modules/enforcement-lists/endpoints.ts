// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  enforcementLists: [
    { method: 'GET', path: '/api/enforcement-lists' },
    { method: 'GET', path: '/api/enforcement-lists/{id}' },
    { method: 'POST', path: '/api/enforcement-lists/import' },
    { method: 'GET', path: '/api/enforcement-lists/import-template.xlsx' },
  ],
  publicEnforcementLists: [{ method: 'GET', path: '/api/public/enforcement-lists' }],
} satisfies EndpointGroups;
