// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document (all of a group present, or none when the module is not in the build).
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
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
  publicDeadline: [
    { method: 'GET', path: '/api/public/deadline-rules' },
    { method: 'GET', path: '/api/public/deadline' },
  ],
} satisfies EndpointGroups;
