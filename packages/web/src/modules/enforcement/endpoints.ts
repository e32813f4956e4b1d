// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  enforcementBodies: [
    { method: 'GET', path: '/api/enforcement-bodies' },
    { method: 'PUT', path: '/api/enforcement-bodies/{organisationId}' },
    { method: 'POST', path: '/api/enforcement-body-announcements' },
  ],
  enforcementOfficers: [
    { method: 'GET', path: '/api/enforcement-officers' },
    { method: 'POST', path: '/api/enforcement-officers' },
    { method: 'GET', path: '/api/enforcement-officers/import-template.xlsx' },
    { method: 'POST', path: '/api/enforcement-officers/import' },
    { method: 'PUT', path: '/api/enforcement-officers/{id}/certificate-status' },
    { method: 'PUT', path: '/api/enforcement-officers/{id}/certificate' },
    { method: 'PUT', path: '/api/enforcement-officers/{id}/annual-registration' },
    { method: 'GET', path: '/api/enforcement-training/shortfall' },
  ],
  enforcementStatistics: [
    { method: 'GET', path: '/api/enforcement-statistics' },
    { method: 'GET', path: '/api/enforcement-statistics/records' },
    { method: 'GET', path: '/api/enforcement-statistics/export.xlsx' },
  ],
  enforcementPortal: [
    { method: 'GET', path: '/api/public/enforcement/bodies' },
    { method: 'GET', path: '/api/public/enforcement/certificates/{number}' },
  ],
} satisfies EndpointGroups;
