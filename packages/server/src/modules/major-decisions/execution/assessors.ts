// 第三十六条第二款: who did the main assessment work before the decision, and so may not evaluate it afterwards. In
// this build the record holds that as the employers of the experts drawn from the pool for the decision's matter
// (第十九条、第二十条: 专家论证); the risk assessment's assessor (第二十二条、第二十三条) joins this list when the
// step's record names it.
import type { Db } from '../../../platform/db/connection';
import type { Tx } from '../../../platform/write';
import type { DecisionRow } from '../records/workflow';

export async function preDecisionAssessors(db: Db | Tx, row: Pick<DecisionRow, 'region_code' | 'title'>) {
  const draws = await db
    .selectFrom('decision_expert_draws')
    .select('drawn')
    .where('region_code', '=', row.region_code)
    .where('matter', '=', row.title)
    .execute();
  return [...new Set(draws.flatMap((d) => d.drawn.map((x) => x.employer)))];
}
