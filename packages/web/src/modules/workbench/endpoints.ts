// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document (all of a group present, or none when the module is not in the build).
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  workbench: [
    { method: 'GET', path: '/api/workbench' },
    { method: 'GET', path: '/api/notifications' },
    { method: 'POST', path: '/api/notifications/{id}/read' },
    { method: 'POST', path: '/api/notifications/read-all' },
  ],
} satisfies EndpointGroups;
