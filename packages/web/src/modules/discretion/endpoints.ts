// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  discretionBenchmarks: [
    { method: 'GET', path: '/api/discretion-benchmarks' },
    { method: 'POST', path: '/api/discretion-benchmarks' },
    { method: 'GET', path: '/api/discretion-benchmarks/{id}' },
    { method: 'PUT', path: '/api/discretion-benchmarks/{id}' },
    { method: 'POST', path: '/api/discretion-benchmarks/{id}/publication' },
    { method: 'POST', path: '/api/discretion-benchmarks/{id}/suggestion' },
  ],
  discretionStatistics: [
    { method: 'GET', path: '/api/discretion-statistics' },
    { method: 'GET', path: '/api/discretion-statistics/records' },
    { method: 'GET', path: '/api/discretion-statistics/export.xlsx' },
  ],
  discretionPortal: [
    { method: 'GET', path: '/api/public/discretion/benchmarks' },
    { method: 'GET', path: '/api/public/discretion/benchmarks/{id}' },
    { method: 'GET', path: '/api/public/discretion/lenient-lists' },
  ],
} satisfies EndpointGroups;
