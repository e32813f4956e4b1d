// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document (all of a group present, or none when the module is not in the build).
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  audit: [
    { method: 'GET', path: '/api/audit/events' },
    { method: 'GET', path: '/api/audit/events/{regionCode}/{seq}' },
    { method: 'GET', path: '/api/audit/verify' },
    { method: 'GET', path: '/api/audit/vocabulary' },
    { method: 'GET', path: '/api/audit/events/export.xlsx' },
  ],
} satisfies EndpointGroups;
