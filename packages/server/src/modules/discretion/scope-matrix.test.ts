// The route-by-route scope matrix of the discretion module: every registered route has a row (the helper fails on a
// new route without one). A benchmark belongs to its implementing body: the body's own legal officer and head draft
// and publish it; its enforcement officers and the region-wide readers read it and ask it for a suggestion, and may
// not change it (403); a unit out of reach answers 404, indistinguishable from absent. The portal's benchmarks and
// lenient lists are public: the portal region's versions in force (another region's are not shown).
import {
  everyone,
  listItems,
  scopeMatrix,
  statisticsReaders,
  unitRecordReaders,
  unitRecordWriters,
  type Answers,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { benchmarkContent, draftTestBenchmark, publishedTestBenchmark, testItemCode } from './test/factory';
import { itemCodesUnchecked } from '../power-lists/test/item-codes';

/** a published benchmark in force, shared by the rows that only read it */
const publishedIn = (w: ScopeWorld, p: Place) =>
  w.fixture('published benchmark', p, () => publishedTestBenchmark(w.env.services, w.system, p.orgId));

/** Reading: the body's own staff and officers, the region-wide readers in their region, the other county's
 * administrator in his, the platform's everywhere; the separated security and audit duties read nothing. */
const reads = (ok: number | 'listed'): Answers => unitRecordReaders(ok, ok === 'listed' ? 'unlisted' : 404, true);

/** Keeping a version: its body's legal officer and head; readers in reach 403, beyond 404. */
const keeps = (ok: 200 | 201): Answers => unitRecordWriters(ok, true);

/** Public reads: the portal region's records for everyone, signed in or not; another region's not. */
const publicly = (ok: 200 | 'listed'): Answers => {
  const no = ok === 'listed' ? 'unlisted' : 404;
  return everyone([ok, ok, ok, no]);
};

/** Statistics read like the other modules' (statisticsReaders), and by the body's enforcement officers too, who
 * read its benchmarks: the period of today and the place's region and body. */
const statisticsAnswers = (ok: 200 | 'listed', no: 404): Answers => ({
  ...statisticsReaders(ok, no),
  officer: [ok, no, no, 404],
});
const statistics = (rest: string) => async (w: ScopeWorld, p: Place) => {
  await publishedIn(w, p);
  const today = w.env.services.clock.today();
  const q = `from=${today}&to=${today}&regionCode=${p.regionCode}&implementingOrgId=${p.orgId}`;
  return { url: `/api/discretion-statistics${rest}${rest.includes('?') ? '&' : '?'}${q}` };
};

const base = '/api/discretion-benchmarks';
const drafted = new Map<string, string>();

scopeMatrix({
  title: 'discretion benchmarks',
  modules: ['discretion'],
  rows: [
    {
      route: 'GET /api/discretion-benchmarks',
      request: async (w, p) => ({ url: `${base}?q=${(await publishedIn(w, p)).itemCode}` }),
      lists: (body) => listItems(body).length === 1,
      anonymous: 401,
      expect: reads('listed'),
    },
    {
      route: 'POST /api/discretion-benchmarks',
      request: async (w, p) => {
        // the matrix's codes are made up: its regions are ones without lists (power-lists test/item-codes.ts)
        await itemCodesUnchecked(w.env.services.db);
        return {
          method: 'POST',
          url: base,
          payload: { implementingOrgId: p.orgId, itemCode: testItemCode(), ...benchmarkContent() },
        };
      },
      anonymous: 401,
      // drafting is located at the body, a unit anyone may know of: 403 where the actor does not keep it
      expect: { ...everyone(403), legal: [201, 403, 403, 403], head: [201, 403, 403, 403] },
    },
    {
      route: 'GET /api/discretion-benchmarks/in-force',
      request: async (w, p) => ({
        url: `${base}/in-force?implementingOrgId=${p.orgId}&itemCode=${(await publishedIn(w, p)).itemCode}`,
      }),
      anonymous: 401,
      expect: reads(200),
    },
    {
      route: 'GET /api/discretion-benchmarks/:id',
      request: async (w, p) => ({ url: `${base}/${(await publishedIn(w, p)).id}` }),
      anonymous: 401,
      expect: reads(200),
    },
    {
      route: 'PUT /api/discretion-benchmarks/:id',
      request: async (w, p) => {
        const key = `${p.target}`;
        if (!drafted.has(key)) drafted.set(key, (await draftTestBenchmark(w.env.services, w.system, p.orgId)).id);
        return { method: 'PUT', url: `${base}/${drafted.get(key)}`, payload: benchmarkContent('矩阵修改') };
      },
      // the change leaves a draft that may be changed again
      restore: async () => undefined,
      anonymous: 401,
      expect: keeps(200),
    },
    {
      route: 'POST /api/discretion-benchmarks/:id/publication',
      request: async (w, p) => {
        const { id } = await draftTestBenchmark(w.env.services, w.system, p.orgId);
        return {
          method: 'POST',
          url: `${base}/${id}/publication`,
          payload: { effectiveOn: w.env.services.clock.today() },
        };
      },
      anonymous: 401,
      expect: keeps(200),
    },
    {
      route: 'POST /api/discretion-benchmarks/:id/suggestion',
      request: async (w, p) => ({
        method: 'POST',
        url: `${base}/${(await publishedIn(w, p)).id}/suggestion`,
        payload: { facts: { repeatOffence: true } },
      }),
      anonymous: 401,
      expect: reads(200),
    },
    {
      route: 'GET /api/discretion-statistics',
      request: statistics(''),
      lists: (body, p) =>
        (body as { rows: { implementingOrgId: string }[] }).rows.some((r) => r.implementingOrgId === p.orgId),
      anonymous: 401,
      expect: statisticsAnswers('listed', 404),
    },
    {
      route: 'GET /api/discretion-statistics/records',
      request: statistics('/records?figure=in_force'),
      lists: (body) => listItems(body).length > 0,
      anonymous: 401,
      expect: statisticsAnswers('listed', 404),
    },
    {
      route: 'GET /api/discretion-statistics/export.xlsx',
      request: statistics('/export.xlsx'),
      anonymous: 401,
      expect: statisticsAnswers(200, 404),
    },
    {
      route: 'GET /api/public/discretion/benchmarks',
      request: async (w, p) => ({ url: `/api/public/discretion/benchmarks?q=${(await publishedIn(w, p)).itemCode}` }),
      lists: (body) => listItems(body).length === 1,
      anonymous: 'listed',
      expect: publicly('listed'),
    },
    {
      route: 'GET /api/public/discretion/benchmarks/:id',
      request: async (w, p) => ({ url: `/api/public/discretion/benchmarks/${(await publishedIn(w, p)).id}` }),
      anonymous: 200,
      expect: publicly(200),
    },
    {
      route: 'GET /api/public/discretion/lenient-lists',
      request: async (w, p) => {
        const b = await publishedIn(w, p);
        return { url: `/api/public/discretion/lenient-lists?place=${b.id}` };
      },
      lists: (body, p) =>
        (body as { lists: { entries: { bodyName: string }[] }[] }).lists.some((l) =>
          l.entries.some((e) => e.bodyName === p.orgName),
        ),
      anonymous: 'listed',
      expect: publicly('listed'),
    },
  ],
});
