// 专家入库 (第二十一条): an expert of the region's pool with field, employer, term and declared interests.
import { randomUUID } from 'node:crypto';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { EXPERT_SUBJECT } from '../../catalogue';
import { expertPoolFor } from '../../support';
import type { ExpertBody, ExpertChangeBody } from '../schemas';

export async function addExpert(services: Services, ctx: WriteContext, input: ExpertBody) {
  return inWriteTransaction(services, ctx, (w) => addExpertOn(services, w, input));
}

/** The stored columns of an expert, its term checked. */
export function expertValues(input: ExpertChangeBody) {
  if (input.termTo < input.termFrom)
    throw invalid('TERM_ORDER', '聘期结束日期不能早于开始日期', [{ path: 'termTo', message: '不能早于聘期开始日期' }]);
  return {
    name: input.name,
    field: input.field,
    employer: input.employer,
    term_from: input.termFrom,
    term_to: input.termTo,
    conflicts: JSON.stringify(input.conflicts.map((c) => c.trim()).filter(Boolean)),
  };
}

export async function addExpertOn(services: Services, w: Writer, input: ExpertBody, opts: { isDemo?: boolean } = {}) {
  const pool = await expertPoolFor(services, w.tx, w.ctx.actor, input.regionCode, 'manage');
  const id = randomUUID();
  const values = expertValues(input);
  await w.tx
    .insertInto('decision_experts')
    .values({ region_code: pool.regionCode, id, ...values, is_demo: opts.isDemo ?? false })
    .execute();
  await w.audit({
    regionCode: pool.regionCode,
    action: 'decision_expert.added',
    subjectType: EXPERT_SUBJECT,
    subjectId: id,
    summary: `${input.name}（${input.field}，${input.employer}）入选${pool.regionName}决策咨询论证专家库`,
    changes: { ...input },
  });
  return { id };
}
