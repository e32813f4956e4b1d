// The audit actions written on one decision, for the tests that check each act left its event.
import type { TestEnv } from '../../../../../test/helpers';

export const decisionAuditOf = async (env: TestEnv, id: string) =>
  (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'major_decision')
      .where('subject_id', '=', id)
      .execute()
  ).map((r) => r.action);
