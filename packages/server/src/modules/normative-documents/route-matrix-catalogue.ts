// Scope-matrix rows of the public catalogue (统一公开查询), spread into route-matrix.test.ts (the helper wants every
// route of the module in one matrix). The public routes answer everyone alike, signed in or not: what decides is the
// portal's region (159901: the same, sibling and parent units' documents; not the other county's).
import { listItems, type MatrixRow, type Place, type ScopeWorld } from '../../../test/scope-matrix';

/** the place's published document, the matrix's fixture shared by the rows that read it */
type Published = (w: ScopeWorld, p: Place) => Promise<string>;

export function catalogueRows(published: Published): MatrixRow[] {
  // the public catalogue reads the place's published document (each cell only reads it), found by its title
  const created = new Map<string, { id: string; title: string }>();
  const publish = async (w: ScopeWorld, p: Place) => {
    const cached = created.get(p.target);
    if (cached) return cached;
    const id = await published(w, p);
    const row = await w.env.services.db
      .selectFrom('normative_documents')
      .select('title')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    created.set(p.target, { id, title: row.title });
    return { id, title: row.title };
  };
  const inPortalRegion = (ok: 200 | 'listed', no: 404 | 'unlisted') => [ok, ok, ok, no] as const;
  return [
    {
      route: 'GET /api/public/normative-documents',
      request: async (w, p) => {
        const d = await publish(w, p);
        return { url: `/api/public/normative-documents?pageSize=50&q=${encodeURIComponent(d.title)}` };
      },
      lists: (body, p) => listItems(body).some((i) => i.id === created.get(p.target)?.id),
      anonymous: 'listed',
      expect: {
        legal: inPortalRegion('listed', 'unlisted'),
        reviewer: inPortalRegion('listed', 'unlisted'),
        platformAdmin: inPortalRegion('listed', 'unlisted'),
      },
    },
    {
      route: 'GET /api/public/normative-documents/facets',
      request: () => ({ url: '/api/public/normative-documents/facets' }),
      anonymous: 200,
      expect: { legal: 200, reviewer: 200, platformAdmin: 200 },
    },
    {
      route: 'GET /api/public/normative-documents/:id',
      request: async (w, p) => ({ url: `/api/public/normative-documents/${(await publish(w, p)).id}` }),
      anonymous: 200,
      expect: {
        legal: inPortalRegion(200, 404),
        reviewer: inPortalRegion(200, 404),
        platformAdmin: inPortalRegion(200, 404),
      },
    },
  ];
}
