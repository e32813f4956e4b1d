// The endpoints this module's pages call, in groups; e2e/openapi-and-bundle.journey.ts checks each group against
// the server's OpenAPI document.
import type { EndpointGroups } from '../../api/endpoints';

export const endpoints = {
  decisionCatalogues: [
    { method: 'GET', path: '/api/decision-catalogues' },
    { method: 'POST', path: '/api/decision-catalogues' },
    { method: 'GET', path: '/api/decision-catalogues/{id}' },
    { method: 'POST', path: '/api/decision-catalogues/{id}/items' },
    { method: 'PUT', path: '/api/decision-catalogues/{id}/items/{itemId}' },
    { method: 'DELETE', path: '/api/decision-catalogues/{id}/items/{itemId}' },
    { method: 'POST', path: '/api/decision-catalogues/{id}/party-consent' },
    { method: 'POST', path: '/api/decision-catalogues/{id}/publication' },
    { method: 'POST', path: '/api/decision-catalogues/{id}/adjustment' },
  ],
  decisionRecords: [
    { method: 'GET', path: '/api/decisions' },
    { method: 'POST', path: '/api/decisions' },
    { method: 'GET', path: '/api/decisions/{id}' },
    { method: 'POST', path: '/api/decisions/{id}/start-decision' },
    { method: 'POST', path: '/api/decisions/{id}/draft' },
    { method: 'POST', path: '/api/decisions/{id}/consultation' },
    { method: 'POST', path: '/api/decisions/{id}/consultation/closure' },
    { method: 'POST', path: '/api/decisions/{id}/legality-review' },
    { method: 'POST', path: '/api/decisions/{id}/legality-review/result' },
    { method: 'POST', path: '/api/decisions/{id}/discussion' },
    { method: 'POST', path: '/api/decisions/{id}/party-report' },
    { method: 'POST', path: '/api/decisions/{id}/publication' },
    { method: 'POST', path: '/api/decisions/{id}/filing' },
    { method: 'GET', path: '/api/decisions/{id}/papers/{paper}' },
  ],
  decisionStatistics: [
    { method: 'GET', path: '/api/decision-statistics' },
    { method: 'GET', path: '/api/decision-statistics/records' },
    { method: 'GET', path: '/api/decision-statistics/export.xlsx' },
  ],
  decisionAfter: [
    { method: 'GET', path: '/api/decisions/{id}/after' },
    { method: 'POST', path: '/api/decisions/{id}/implementation' },
    { method: 'POST', path: '/api/decisions/{id}/progress-reports' },
    { method: 'POST', path: '/api/decisions/{id}/evaluations' },
    { method: 'POST', path: '/api/decisions/{id}/adjustments' },
    { method: 'POST', path: '/api/decisions/{id}/suspension' },
    { method: 'POST', path: '/api/decisions/{id}/stop' },
    { method: 'POST', path: '/api/decisions/{id}/accountability' },
    { method: 'POST', path: '/api/decisions/{id}/archive' },
    { method: 'GET', path: '/api/decisions/{id}/archive/case-file.pdf' },
    { method: 'GET', path: '/api/decisions/{id}/archive/manifest.json' },
  ],
  decisionSteps: [
    { method: 'POST', path: '/api/decisions/{id}/hearing' },
    { method: 'POST', path: '/api/decisions/{id}/hearing/record' },
    { method: 'POST', path: '/api/decisions/{id}/expert-opinions' },
    { method: 'POST', path: '/api/decisions/{id}/risk-assessment' },
    { method: 'POST', path: '/api/decisions/{id}/fair-competition-review' },
  ],
  decisionExperts: [
    { method: 'GET', path: '/api/decision-experts' },
    { method: 'POST', path: '/api/decision-experts' },
    { method: 'PUT', path: '/api/decision-experts/{id}' },
    { method: 'GET', path: '/api/decision-expert-draws' },
    { method: 'POST', path: '/api/decision-expert-draws' },
  ],
  decisionCataloguePortal: [{ method: 'GET', path: '/api/public/decision-catalogues' }],
  decisionPortal: [
    { method: 'GET', path: '/api/public/decisions' },
    { method: 'GET', path: '/api/public/decisions/{id}' },
  ],
  decisionHearingsPortal: [
    { method: 'GET', path: '/api/public/decision-hearings' },
    { method: 'GET', path: '/api/public/decision-hearings/{hearingId}/announcement' },
  ],
} satisfies EndpointGroups;
