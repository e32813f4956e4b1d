// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  disclosurePortal: [
    { method: 'GET', path: '/api/public/disclosure-guide' },
    { method: 'POST', path: '/api/public/disclosure-requests' },
    { method: 'GET', path: '/api/public/disclosure-requests/{trackingNumber}' },
    { method: 'POST', path: '/api/public/disclosure-requests/{trackingNumber}/correction' },
  ],
  disclosureRequests: [
    { method: 'GET', path: '/api/disclosure-requests' },
    { method: 'POST', path: '/api/disclosure-requests' },
    { method: 'GET', path: '/api/disclosure-requests/{id}' },
    { method: 'GET', path: '/api/disclosure-requests/{id}/papers/{paper}' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/receipt' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/correction-request' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/correction' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/withdrawal' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/consultation' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/consultation-end' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/extension' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/reply' },
    { method: 'POST', path: '/api/disclosure-requests/{id}/service' },
  ],
} satisfies EndpointGroups;
