// Test-only: the calls the module's integration tests make on a case — read it, act on it, list its audit actions —
// and the due dates they expect, counted by the calendar engine on the demo region's calendar.
import { computeDeadline, formatIsoDate, parseIsoDate, type Pause } from '@fazhi/core/calendar';
import type { ReconsiderationCase } from '@fazhi/core/contracts';
import { call, type Session, type TestEnv } from '../../../../test/helpers';
import { loadCalendarContext } from '../../../platform/deadlines';

export const plus = (d: string, n: number) => formatIsoDate(parseIsoDate(d) + n);

export async function caseCalls(env: TestEnv, reviewer: Session) {
  const { calendar } = await loadCalendarContext(env.services.db, '159901');
  return {
    due: (rule: string, from: string, extra: { pauses?: Pause[]; restartFrom?: string } = {}) =>
      computeDeadline(calendar, rule, { from, ...extra }).due,
    get: async (id: string, s = reviewer) =>
      (await call(env.app, s, 'GET', `/api/reconsideration-cases/${id}`)).json<ReconsiderationCase>(),
    act: (id: string, path: string, body: unknown, s = reviewer) =>
      call(env.app, s, 'POST', `/api/reconsideration-cases/${id}/${path}`, body),
    auditActions: async (id: string) =>
      (
        await env.services.db
          .selectFrom('audit_log')
          .select('action')
          .where('subject_id', '=', id)
          .orderBy('seq')
          .execute()
      ).map((r) => r.action),
  };
}
