// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document (all of a group present, or none when the module is not in the build).
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
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
} satisfies EndpointGroups;
