// The route-by-route scope matrix of the major-decisions module: every registered route has a row (the helper fails
// on a new route without one). A catalogue belongs to its decision body; each place's unit is made the body of its
// own catalogue (a people's government, or a department by reference, 第四十二条, the default setting). The body's
// own staff (legal officer, head) keep it; region-wide readers read it and may not change it (403); a unit out of
// reach answers 404, indistinguishable from absent. The portal's catalogue is public, and so are the portal region's
// published decisions (another region's answer 404 there).
// The rows live here, in one list (the helper's route check wants every route of the module in one spec), and two
// test files run alternate rows in parallel: scope-matrix.test.ts and scope-matrix-2.test.ts.
import { everyone, type Answers, type MatrixRow, type Place, type ScopeWorld } from '../../../test/scope-matrix';
import { draftCatalogue } from './catalogue/commands/draft-catalogue';
import { addCatalogueItem } from './catalogue/commands/add-catalogue-item';
import { recordPartyConsent } from './catalogue/commands/record-party-consent';
import { publishCatalogue } from './catalogue/commands/publish-catalogue';
import { addExpert } from './experts/commands/add-expert';
import { drawExperts } from './experts/commands/draw-experts';
import { decisionAfterRows } from './execution/test/matrix-rows';
import { decisionIn, decisionRows } from './records/test/matrix-rows';

// The matrix's fixtures (`world.fixture`): one record of a kind per place, shared by the rows that only read it
/** a published decision, for the portal's two rows */
const publishedIn = (w: ScopeWorld, p: Place) =>
  w.fixture('published decision', p, () => decisionIn(w, p, 'published'));
import { decisionStepRows } from './records/steps/test/matrix-rows';
import { decisionStatisticsRows } from './statistics/test/matrix-rows';
import { consultationRows, reviewDeskRows } from './records/test/consultation-matrix-rows';

/** A year of its own for every catalogue built (a body keeps one catalogue a year). */
const yearFor = (w: ScopeWorld) => 2030 + (w.unique() % 170);

const item = (p: Place, year: number) => ({
  title: `矩阵测试决策事项${p.target}`,
  sponsorOrgId: p.orgId,
  legalBasis: '《中华人民共和国城乡规划法》',
  plannedStart: `${year}-03-01`,
  plannedFinish: `${year}-09-30`,
  applicableSteps: ['expert_review' as const],
});

async function catalogueIn(w: ScopeWorld, p: Place, stage: 'draft' | 'item' | 'consented' | 'published') {
  const s = w.env.services;
  const year = yearFor(w);
  const { id } = await draftCatalogue(s, w.system, { bodyOrgId: p.orgId, year });
  if (stage === 'draft') return { id, year, itemId: '' };
  const { itemId } = await addCatalogueItem(s, w.system, id, item(p, year));
  if (stage !== 'item') await recordPartyConsent(s, w.system, id, { consentedOn: s.clock.today(), record: '矩阵测试' });
  if (stage === 'published') await publishCatalogue(s, w.system, id);
  return { id, year, itemId };
}

/** Reading: the region-wide readers in their region, the other county's administrator in his, the platform's
 * everywhere; a catalogue also to its own unit's staff (a pool is located at the region, out of their reach). */
const readsBy = (ok: number | 'listed', unitStaff: boolean): Answers => {
  const no = ok === 'listed' ? 'unlisted' : 404;
  const own: Answers = unitStaff ? { legal: [ok, no, no, no], head: [ok, no, no, no] } : {};
  return {
    ...everyone(no),
    ...own,
    reviewer: [ok, ok, ok, no],
    leader: [ok, ok, ok, no],
    supervisor: [ok, ok, ok, no],
    sysadmin: [ok, ok, ok, no],
    otherAdmin: [no, no, no, ok],
    platformAdmin: ok,
  };
};
const reads = (ok: number | 'listed') => readsBy(ok, true);

/** Keeping: the keepers (`ok` where they reach), region-wide readers 403 in their region, 404 beyond. */
const keptBy = (keepers: Answers): Answers => ({
  ...everyone(404),
  reviewer: [403, 403, 403, 404],
  leader: [403, 403, 403, 404],
  supervisor: [403, 403, 403, 404],
  sysadmin: [403, 403, 403, 404],
  otherAdmin: [404, 404, 404, 403],
  platformAdmin: 403,
  ...keepers,
});
/** A catalogue is kept by its own unit's staff. */
const keeps = (ok: number) => keptBy({ legal: [ok, 404, 404, 404], head: [ok, 404, 404, 404] });

const base = '/api/decision-catalogues';

/** An expert of the place's region pool, in a field of its own, named by the place. */
async function expertIn(w: ScopeWorld, p: Place) {
  const today = w.env.services.clock.today();
  const field = `矩阵领域${w.unique()}`;
  const body = {
    regionCode: p.regionCode,
    name: `矩阵专家-${p.target}`,
    field,
    employer: '矩阵测试单位',
    termFrom: today,
    termTo: today,
    conflicts: [],
  };
  const { id } = await addExpert(w.env.services, w.system, body);
  return { id, field, body };
}

async function drawIn(w: ScopeWorld, p: Place) {
  const { field } = await expertIn(w, p);
  const { id } = await drawExperts(w.env.services, w.system, {
    regionCode: p.regionCode,
    matter: `矩阵事项-${p.target}`,
    field,
    count: 1,
    interests: [],
  });
  return id;
}

/** an expert draw, for the draws' list and page */
const aDrawIn = (w: ScopeWorld, p: Place) => w.fixture('expert draw', p, () => drawIn(w, p));
/** a draft catalogue with an item, for the catalogues' list and page */
const aCatalogueIn = (w: ScopeWorld, p: Place) => w.fixture('catalogue', p, () => catalogueIn(w, p, 'item'));
/** restore: the act leaves the record fit for the same act again (an item or an expert changed once more) */
const takesItAgain = async () => undefined;

const poolReads = (ok: number | 'listed') => readsBy(ok, false);

/** The region's pool is kept by its justice bureau's reviewer; the other readers get 403. */
const poolKeeps = (ok: number) => keptBy({ reviewer: [ok, ok, ok, 404] });

export const decisionsMatrixRows: MatrixRow[] = [
  {
    route: 'GET /api/decision-catalogues',
    request: async (w, p) => ({ url: `${base}?place=${(await aCatalogueIn(w, p)).id}` }),
    lists: (body, p) => (body as { items: { bodyName: string }[] }).items.some((c) => c.bodyName === p.orgName),
    anonymous: 401,
    expect: reads('listed'),
  },
  {
    route: 'POST /api/decision-catalogues',
    request: (w, p) => ({ method: 'POST', url: base, payload: { bodyOrgId: p.orgId, year: yearFor(w) } }),
    anonymous: 401,
    // drafting is located at the body, a unit anyone may know of: 403 where the actor does not keep it
    expect: { ...everyone(403), legal: [201, 403, 403, 403], head: [201, 403, 403, 403] },
  },
  {
    route: 'GET /api/decision-catalogues/:id',
    request: async (w, p) => ({ url: `${base}/${(await aCatalogueIn(w, p)).id}` }),
    anonymous: 401,
    expect: reads(200),
  },
  {
    route: 'POST /api/decision-catalogues/:id/items',
    request: async (w, p) => {
      const c = await catalogueIn(w, p, 'draft');
      return { method: 'POST', url: `${base}/${c.id}/items`, payload: item(p, c.year) };
    },
    anonymous: 401,
    expect: keeps(200),
  },
  {
    route: 'PUT /api/decision-catalogues/:id/items/:itemId',
    request: async (w, p) => {
      const c = await catalogueIn(w, p, 'item');
      return {
        method: 'PUT',
        url: `${base}/${c.id}/items/${c.itemId}`,
        payload: { ...item(p, c.year), title: '矩阵测试修改后的事项' },
      };
    },
    restore: takesItAgain,
    anonymous: 401,
    expect: keeps(200),
  },
  {
    route: 'DELETE /api/decision-catalogues/:id/items/:itemId',
    request: async (w, p) => {
      const c = await catalogueIn(w, p, 'item');
      return { method: 'DELETE', url: `${base}/${c.id}/items/${c.itemId}` };
    },
    anonymous: 401,
    expect: keeps(200),
  },
  {
    route: 'POST /api/decision-catalogues/:id/party-consent',
    request: async (w, p) => ({
      method: 'POST',
      url: `${base}/${(await catalogueIn(w, p, 'item')).id}/party-consent`,
      payload: { consentedOn: w.env.services.clock.today(), record: '矩阵测试党委同意' },
    }),
    anonymous: 401,
    expect: keeps(200),
  },
  {
    route: 'POST /api/decision-catalogues/:id/publication',
    request: async (w, p) => ({
      method: 'POST',
      url: `${base}/${(await catalogueIn(w, p, 'consented')).id}/publication`,
      payload: {},
    }),
    anonymous: 401,
    expect: keeps(200),
  },
  {
    route: 'POST /api/decision-catalogues/:id/adjustment',
    request: async (w, p) => ({
      method: 'POST',
      url: `${base}/${(await catalogueIn(w, p, 'published')).id}/adjustment`,
      payload: { reason: '矩阵测试调整' },
    }),
    anonymous: 401,
    expect: keeps(201),
  },
  {
    route: 'GET /api/decision-experts',
    request: async (w, p) => ({ url: `/api/decision-experts?place=${(await expertIn(w, p)).id}` }),
    lists: (body, p) => (body as { items: { name: string }[] }).items.some((e) => e.name === `矩阵专家-${p.target}`),
    anonymous: 401,
    expect: poolReads('listed'),
  },
  {
    route: 'POST /api/decision-experts',
    request: async (w, p) => ({
      method: 'POST',
      url: '/api/decision-experts',
      payload: { ...(await expertIn(w, p)).body, name: '矩阵新专家' },
    }),
    anonymous: 401,
    expect: poolKeeps(201),
  },
  {
    route: 'PUT /api/decision-experts/:id',
    request: async (w, p) => {
      const { id, body } = await expertIn(w, p);
      const { regionCode: _r, ...change } = body;
      return { method: 'PUT', url: `/api/decision-experts/${id}`, payload: { ...change, employer: '矩阵新单位' } };
    },
    restore: takesItAgain,
    anonymous: 401,
    expect: poolKeeps(200),
  },
  {
    route: 'GET /api/decision-expert-draws',
    request: async (w, p) => ({ url: `/api/decision-expert-draws?place=${await aDrawIn(w, p)}` }),
    lists: (body, p) =>
      (body as { items: { matter: string }[] }).items.some((d) => d.matter === `矩阵事项-${p.target}`),
    anonymous: 401,
    expect: poolReads('listed'),
  },
  {
    route: 'POST /api/decision-expert-draws',
    request: async (w, p) => {
      const { field } = await expertIn(w, p);
      return {
        method: 'POST',
        url: '/api/decision-expert-draws',
        payload: { regionCode: p.regionCode, matter: '矩阵抽取', field, count: 1, interests: [] },
      };
    },
    anonymous: 401,
    expect: poolKeeps(201),
  },
  {
    route: 'GET /api/decision-expert-draws/:id',
    request: async (w, p) => ({ url: `/api/decision-expert-draws/${await aDrawIn(w, p)}` }),
    anonymous: 401,
    expect: poolReads(200),
  },
  ...decisionRows({ reads, keeps, keptBy }),
  ...decisionAfterRows({ reads, keeps, keptBy }),
  ...decisionStepRows(keeps),
  ...decisionStatisticsRows({ reads }),
  // the shared consultation's portal pages and comment desk, on the decisions' drafts
  ...consultationRows(keeps),
  // the shared legality-review desk, on the decisions sent for review
  ...reviewDeskRows(keptBy),
  {
    route: 'GET /api/public/decision-catalogues',
    request: () => ({ url: '/api/public/decision-catalogues' }),
    anonymous: 200,
    expect: everyone(200),
  },
  // the portal's published decisions: those of the portal's region (the demo county), to everyone, signed in or not
  {
    route: 'GET /api/public/decisions',
    request: async (w, p) => ({ url: `/api/public/decisions?place=${await publishedIn(w, p)}` }),
    lists: (body, p) => (body as { items: { sponsorName: string }[] }).items.some((d) => d.sponsorName === p.orgName),
    anonymous: 'listed',
    expect: everyone(['listed', 'listed', 'listed', 'unlisted']),
  },
  {
    route: 'GET /api/public/decisions/:id',
    request: async (w, p) => ({ url: `/api/public/decisions/${await publishedIn(w, p)}` }),
    anonymous: 200,
    expect: everyone([200, 200, 200, 404]),
  },
];
