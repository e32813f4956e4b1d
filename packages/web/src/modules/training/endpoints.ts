// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  trainingHours: [{ method: 'POST', path: '/api/training-records' }],
  studySessions: [
    { method: 'GET', path: '/api/study-sessions' },
    { method: 'POST', path: '/api/study-sessions' },
  ],
  trainingQuestions: [
    { method: 'GET', path: '/api/training-questions' },
    { method: 'GET', path: '/api/training-questions/import-template.xlsx' },
    { method: 'POST', path: '/api/training-questions/import' },
  ],
  trainingExams: [
    { method: 'GET', path: '/api/training-exams' },
    { method: 'GET', path: '/api/training-exams/{id}/results' },
  ],
  myTrainingExams: [
    { method: 'GET', path: '/api/my-training-exams' },
    { method: 'POST', path: '/api/training-exams/{id}/sittings' },
    { method: 'GET', path: '/api/training-sittings/{id}' },
    { method: 'PUT', path: '/api/training-sittings/{id}/answers/{position}' },
    { method: 'POST', path: '/api/training-sittings/{id}/submission' },
  ],
} satisfies EndpointGroups;
