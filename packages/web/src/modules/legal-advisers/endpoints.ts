// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  legalAdvisers: [
    { method: 'GET', path: '/api/legal-advisers' },
    { method: 'POST', path: '/api/legal-advisers' },
    { method: 'GET', path: '/api/legal-adviser-engagements' },
    { method: 'POST', path: '/api/legal-advisers/{id}/engagements' },
  ],
  legalReviewMatters: [
    { method: 'GET', path: '/api/legal-review-matters' },
    { method: 'POST', path: '/api/legal-review-matters' },
    { method: 'GET', path: '/api/legal-review-matters/{id}' },
    { method: 'POST', path: '/api/legal-review-matters/{id}/review' },
    { method: 'POST', path: '/api/legal-review-matters/{id}/revision' },
    { method: 'POST', path: '/api/legal-review-matters/{id}/submission' },
  ],
  legalReviewMeetings: [
    { method: 'GET', path: '/api/legal-review-meetings' },
    { method: 'POST', path: '/api/legal-review-meetings' },
  ],
  legalAdviserStatistics: [
    { method: 'GET', path: '/api/legal-adviser-statistics' },
    { method: 'GET', path: '/api/legal-adviser-statistics/records' },
    { method: 'GET', path: '/api/legal-adviser-statistics/export.xlsx' },
  ],
} satisfies EndpointGroups;
