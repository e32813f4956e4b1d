// 第三十六条第二款: 开展决策后评估……决策作出前承担主要论证评估工作的单位除外. Who did that work is on the record:
// the employers of the experts drawn for the decision (第十九条、第二十条: 专家论证; a draw linked to the decision, or
// one made for its matter before draws were linked) and the units that assessed its risk (第二十二条、第二十三条:
// 风险评估, `decision_risk_assessments.assessor`).
import type { Db } from '../../../platform/db/connection';
import type { Tx } from '../../../platform/write';
import type { DecisionRow } from '../records/workflow';

export async function preDecisionAssessors(db: Db | Tx, row: Pick<DecisionRow, 'region_code' | 'id' | 'title'>) {
  const draws = await db
    .selectFrom('decision_expert_draws')
    .select('drawn')
    .where('region_code', '=', row.region_code)
    .where((eb) => eb.or([eb('decision_id', '=', row.id), eb('matter', '=', row.title)]))
    .execute();
  const risks = await db
    .selectFrom('decision_risk_assessments')
    .select('assessor')
    .where('region_code', '=', row.region_code)
    .where('decision_id', '=', row.id)
    .execute();
  return [...new Set([...draws.flatMap((d) => d.drawn.map((x) => x.employer)), ...risks.map((r) => r.assessor)])];
}
