// A unit's bank as the draw sees it: each question's id, kind and tags.
import type { BankQuestion } from '@fazhi/core/training';
import type { Db } from '../../../../platform/db/connection';

export async function bankOf(db: Db, orgId: string): Promise<BankQuestion[]> {
  return db.selectFrom('training_questions').select(['id', 'kind', 'tags']).where('org_id', '=', orgId).execute();
}
