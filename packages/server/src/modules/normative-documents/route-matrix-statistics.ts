// The scope-matrix rows of the statistics routes, spread into the module's one matrix (route-matrix.test.ts: the
// helper wants every route of a module in the same call). Statistics read normative.read: a unit sees its own
// records, the region-wide readers the region's; a region or unit out of reach answers 404 like any record out of
// scope; a role that reads no normative document at all answers 403.
import { statisticsReaders, type MatrixRow, type Place, type ScopeWorld } from '../../../test/scope-matrix';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import type { BuildState } from './test/factory';
import { clockFromEnv } from '../../platform/clock';

type MakeDocument = (w: ScopeWorld, p: Place, state: BuildState) => Promise<string>;

export function statisticsMatrixRows(doc: MakeDocument): MatrixRow[] {
  // a period that holds the factory's drafting day (80 days ago) whatever today is
  const period = () => `from=${daysFrom(clockFromEnv().today(), -100)}&to=${clockFromEnv().today()}`;
  return [
    {
      route: 'GET /api/normative-statistics',
      request: (_w, p) => ({
        url: `/api/normative-statistics?${period()}&regionCode=${p.regionCode}&orgId=${p.orgId}`,
      }),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      // the same figures as a workbook, with the per-unit table: the same readers as the page
      route: 'GET /api/normative-statistics/export.xlsx',
      request: (_w, p) => ({
        url: `/api/normative-statistics/export.xlsx?${period()}&regionCode=${p.regionCode}&orgId=${p.orgId}`,
      }),
      anonymous: 401,
      expect: statisticsReaders(200, 404),
    },
    {
      route: 'GET /api/normative-statistics/records',
      // A document just drafted by the place's unit, moved alone onto a day of its own: the records of "drafted" on
      // that day list it exactly when the actor may see the place's records.
      // (one document per place: the answer depends on who asks, not on a fresh record)
      request: async (w, p) => {
        const day = await w.fixture('draft on a day of its own', p, async () => {
          const id = await doc(w, p, 'drafting');
          const on = daysFrom('2019-01-01', w.unique());
          await w.env.services.db
            .updateTable('normative_status_history')
            .set({ acted_on: on })
            .where('document_id', '=', id)
            .where('act', '=', 'draft')
            .execute();
          return on;
        });
        return {
          url: `/api/normative-statistics/records?figure=drafted&from=${day}&to=${day}&regionCode=${p.regionCode}`,
        };
      },
      lists: (body) => (body as { items: unknown[] }).items.length > 0,
      anonymous: 401,
      expect: statisticsReaders('listed', 'unlisted'),
    },
  ];
}
