// 专家论证 (第十九条、第二十条): the experts of the latest draw recorded for this decision in the region's pool give
// their written opinions; each is recorded with whether it is signed and sealed (第十九条第二款). The step is complete
// when every drawn expert's signed opinion is in (the gate reads it); an opinion recorded again replaces the earlier
// one of the same expert for the same draw. An expert not drawn for the decision is refused.
import { randomUUID } from 'node:crypto';
import { expertReviewStanding } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../../platform/act-date';
import { AppError, invalid } from '../../../../../platform/errors';
import type { Services } from '../../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../../workflow';
import { drawOpinions, latestDraw } from '../queries/step-facts';
import type { ExpertOpinionsBody } from '../schemas';
import { requireApplicable } from './applicable';

export async function recordExpertOpinions(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: ExpertOpinionsBody,
) {
  return inWriteTransaction(services, ctx, (w) => recordExpertOpinionsOn(services, w, id, input));
}

export async function recordExpertOpinionsOn(services: Services, w: Writer, id: string, input: ExpertOpinionsBody) {
  const { row } = await decisionForAct(services, w, id, 'recordExpertOpinions');
  requireApplicable(row, 'expert_review');
  const draw = await latestDraw(w.tx, row);
  if (!draw)
    throw new AppError(
      409,
      'EXPERTS_NOT_DRAWN',
      '尚未从决策咨询论证专家库为该决策抽取论证专家（《重大行政决策程序暂行条例》第二十条、第二十一条）',
    );
  const drawn = new Map(draw.drawn.map((e) => [e.id, e.name]));
  const strangers = input.opinions.map((o, i) => ({ o, i })).filter(({ o }) => !drawn.has(o.expertId));
  if (strangers.length)
    throw invalid(
      'EXPERT_NOT_DRAWN',
      '论证意见应当由为该决策抽取的专家提出',
      strangers.map(({ i }) => ({ path: `opinions.${i}.expertId`, message: '不是为该决策抽取的专家' })),
    );
  const givenOn = actDate(services, input.givenOn, 'givenOn', '论证意见日期');
  for (const o of input.opinions)
    await w.tx
      .insertInto('decision_expert_opinions')
      .values({
        region_code: row.region_code,
        id: randomUUID(),
        decision_id: row.id,
        draw_id: draw.id,
        expert_id: o.expertId,
        expert_name: drawn.get(o.expertId)!,
        opinion: o.expertOpinion,
        signed: o.signed,
        given_on: givenOn,
      })
      .onConflict((oc) =>
        oc.columns(['region_code', 'draw_id', 'expert_id']).doUpdateSet({
          opinion: o.expertOpinion,
          signed: o.signed,
          given_on: givenOn,
        }),
      )
      .execute();
  const all = await drawOpinions(w.tx, row.region_code, draw.id);
  const standing = expertReviewStanding(
    draw.drawn,
    all.map((o) => ({ expertId: o.expert_id, signed: o.signed })),
  );
  const names = input.opinions.map((o) => drawn.get(o.expertId)).join('、');
  await recordDecisionAct(w, row, {
    act: 'experts_heard',
    on: givenOn,
    status: row.status,
    summary: `记录${names}的书面论证意见${standing.complete ? '，抽取的专家均已署名提交意见' : `；尚缺署名意见：${standing.unsigned.join('、')}`}`,
    changes: { drawId: draw.id, experts: input.opinions.map((o) => o.expertId), complete: standing.complete },
  });
}
