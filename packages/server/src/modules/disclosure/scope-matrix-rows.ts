// The rows of the disclosure scope matrix (scope-matrix.test.ts): who reads a request (the body's own staff and head,
// the region-wide readers, the administrators of its region) and who acts on it (the body's legal staff and head),
// and the portal's routes open to everyone.
import {
  everyone,
  listItems,
  unitRecordReaders,
  unitRecordWriters,
  type MatrixRow,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { buildRequest, requestBody, type RequestState } from './test/factory';

const requestIn = (w: ScopeWorld, p: Place, state: RequestState) =>
  buildRequest(w.env.services, p.regionCode, p.orgId, state, w.unique());

const trackingOf = async (w: ScopeWorld, id: string) =>
  (
    await w.env.services.db
      .selectFrom('disclosure_requests')
      .select('tracking_number')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).tracking_number;

const actRow = (path: string, state: RequestState, payload: unknown): MatrixRow => ({
  route: `POST /api/disclosure-requests/:id/${path}`,
  request: async (w, p) => ({
    method: 'POST',
    url: `/api/disclosure-requests/${await requestIn(w, p, state)}/${path}`,
    payload,
  }),
  anonymous: 401,
  expect: unitRecordWriters(200),
});

export const disclosureMatrixRows: readonly MatrixRow[] = [
  {
    route: 'GET /api/disclosure-requests',
    request: async (w, p) => {
      await w.fixture('received request', p, () => requestIn(w, p, 'received'));
      return { url: '/api/disclosure-requests?pageSize=200' };
    },
    lists: (body, p) => listItems(body).some((r) => r.bodyName === p.orgName),
    anonymous: 401,
    expect: unitRecordReaders('listed', 'unlisted'),
  },
  {
    route: 'GET /api/disclosure-requests/:id',
    request: async (w, p) => ({
      url: `/api/disclosure-requests/${await w.fixture('received request', p, () => requestIn(w, p, 'received'))}`,
    }),
    anonymous: 401,
    expect: unitRecordReaders(200, 404),
  },
  {
    route: 'GET /api/disclosure-requests/:id/papers/:paper',
    request: async (w, p) => ({
      url: `/api/disclosure-requests/${await w.fixture('correction request', p, () => requestIn(w, p, 'correction_requested'))}/papers/correction-notice`,
    }),
    anonymous: 401,
    expect: unitRecordReaders(200, 404),
  },
  {
    route: 'POST /api/disclosure-requests',
    request: (w, p) => ({
      method: 'POST',
      url: '/api/disclosure-requests',
      payload: { ...requestBody(p.regionCode, p.orgId, w.unique()), requestChannel: 'in_person' },
    }),
    anonymous: 401,
    expect: { ...everyone(403), legal: [201, 403, 403, 403], head: [201, 403, 403, 403] },
  },
  actRow('receipt', 'submitted', {}),
  actRow('correction-request', 'received', { correctionItems: ['所需信息的文号'] }),
  actRow('correction', 'correction_requested', { correctionText: '文号为示市监〔2026〕8号' }),
  actRow('withdrawal', 'correction_lapsed', {}),
  actRow('consultation', 'received', { consultationKind: 'third_party', consultee: '示范食品有限公司' }),
  actRow('consultation-end', 'consulting', { opinion: '同意公开' }),
  actRow('extension', 'received', { approver: '办公室负责人', reason: '需要检索档案' }),
  actRow('reply', 'received', { outcome: 'provided', replyText: '现提供该信息。' }),
  actRow('service', 'replied', { paper: 'reply', recipient: '测试申请人', serviceMethod: 'post' }),
  // ── the portal (no account) ──
  {
    route: 'GET /api/public/disclosure-guide',
    request: (_w, p) => ({ url: `/api/public/disclosure-guide?regionCode=${p.regionCode}` }),
    anonymous: 200,
    expect: { legal: 200, platformAdmin: 200 },
  },
  {
    route: 'POST /api/public/disclosure-requests',
    request: (w, p) => ({
      method: 'POST',
      url: '/api/public/disclosure-requests',
      payload: requestBody(p.regionCode, p.orgId, w.unique()),
    }),
    anonymous: 201,
    expect: { legal: 201 },
  },
  {
    route: 'GET /api/public/disclosure-requests/:trackingNumber',
    request: async (w, p) => ({
      url: `/api/public/disclosure-requests/${await trackingOf(w, await w.fixture('received request', p, () => requestIn(w, p, 'received')))}`,
    }),
    anonymous: 200,
    expect: { legal: 200, reviewer: 200 },
  },
  {
    route: 'POST /api/public/disclosure-requests/:trackingNumber/correction',
    request: async (w, p) => ({
      method: 'POST',
      url: `/api/public/disclosure-requests/${await trackingOf(w, await requestIn(w, p, 'correction_requested'))}/correction`,
      payload: { correctionText: '文号为示市监〔2026〕8号' },
    }),
    anonymous: 200,
    expect: { legal: 200 },
  },
];
