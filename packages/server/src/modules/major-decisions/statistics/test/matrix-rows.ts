// The scope matrix's rows of the decision statistics and papers (spread into the module's one matrix,
// scope-matrix.test.ts). Statistics read decision.read: a unit's staff count the decisions of their unit, the
// region-wide readers the region's; a region out of reach answers 404 like a record; a role that reads no decision
// answers 403. A paper is read like its decision. The records are SQL fixtures, one per place, since only reads
// are asked.
import {
  statisticsReaders as readers,
  type Answers,
  type MatrixRow,
  type Place,
  type ScopeWorld,
} from '../../../../../test/scope-matrix';
import { insertDecision } from './fixtures';

const madeIn = new WeakMap<ScopeWorld, Map<string, { id: string; day: string }>>();

/** A decision of the place's unit (its body and 承办单位) started alone on a day of its own, its meeting recorded. */
async function decisionOf(w: ScopeWorld, p: Place) {
  const made = madeIn.get(w) ?? new Map<string, { id: string; day: string }>();
  madeIn.set(w, made);
  const found = made.get(p.target);
  if (found) return found;
  const day = new Date(Date.UTC(2015, 0, 1) + w.unique() * 86_400_000).toISOString().slice(0, 10);
  const id = await insertDecision(w.env.services.db, {
    regionCode: p.regionCode,
    bodyOrgId: p.orgId,
    sponsorOrgId: p.orgId,
    title: `矩阵统计决策${p.target}`,
    acts: [
      { act: 'start_decided', on: day },
      { act: 'discussed', on: day, statusAfter: 'decided' },
    ],
  });
  await w.env.services.db
    .updateTable('decision_records')
    .set({
      meeting_kind: 'executive',
      meeting_name: '矩阵测试常务会议',
      meeting_on: day,
      meeting_attendees: JSON.stringify(['成员甲', '区长']),
      meeting_speeches: JSON.stringify([
        { name: '成员甲', isHead: false, view: 'agree', opinion: '' },
        { name: '区长', isHead: true, view: 'agree', opinion: '' },
      ]),
      meeting_decision: 'adopted',
    })
    .where('id', '=', id)
    .execute();
  made.set(p.target, { id, day });
  return { id, day };
}

export function decisionStatisticsRows(t: { reads: (ok: number | 'listed') => Answers }): MatrixRow[] {
  const scoped = (path: string) => async (w: ScopeWorld, p: Place) => {
    const { day } = await decisionOf(w, p);
    return { url: `${path}${path.includes('?') ? '&' : '?'}from=${day}&to=${day}&regionCode=${p.regionCode}` };
  };
  return [
    {
      route: 'GET /api/decision-statistics',
      request: async (w, p) => ({
        url: `${(await scoped('/api/decision-statistics')(w, p)).url}&bodyOrgId=${p.orgId}`,
      }),
      anonymous: 401,
      expect: readers(200, 404),
    },
    {
      route: 'GET /api/decision-statistics/export.xlsx',
      request: async (w, p) => ({
        url: `${(await scoped('/api/decision-statistics/export.xlsx')(w, p)).url}&sponsorOrgId=${p.orgId}`,
      }),
      anonymous: 401,
      expect: readers(200, 404),
    },
    {
      // the place's decision alone on its day: listed exactly when the actor may read the place's records
      route: 'GET /api/decision-statistics/records',
      request: scoped('/api/decision-statistics/records?figure=started'),
      lists: (body) => (body as { items: unknown[] }).items.length > 0,
      anonymous: 401,
      expect: readers('listed', 'unlisted'),
    },
    {
      route: 'GET /api/decisions/:id/papers/:paper',
      request: async (w, p) => ({ url: `/api/decisions/${(await decisionOf(w, p)).id}/papers/meeting-summary` }),
      anonymous: 401,
      expect: t.reads(200),
    },
  ];
}
