// 修改专家信息: the field, employer, term or declared interests of an expert of the pool (a newly declared
// interest excludes the expert from later draws that name it).
import { notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { EXPERT_SUBJECT } from '../../catalogue';
import { expertPoolFor } from '../../support';
import type { ExpertChangeBody } from '../schemas';
import { expertValues } from './add-expert';

export async function changeExpert(services: Services, ctx: WriteContext, id: string, input: ExpertChangeBody) {
  return inWriteTransaction(services, ctx, (w) => changeExpertOn(services, w, id, input));
}

export async function changeExpertOn(services: Services, w: Writer, id: string, input: ExpertChangeBody) {
  const row = await w.tx.selectFrom('decision_experts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('专家');
  const pool = await expertPoolFor(services, w.tx, w.ctx.actor, row.region_code, 'manage');
  const values = expertValues(input);
  await w.tx
    .updateTable('decision_experts')
    .set(values)
    .where('region_code', '=', row.region_code)
    .where('id', '=', id)
    .execute();
  await w.audit({
    regionCode: pool.regionCode,
    action: 'decision_expert.changed',
    subjectType: EXPERT_SUBJECT,
    subjectId: id,
    summary: `修改专家${input.name}的信息`,
    changes: { ...input },
  });
}
