// 抽取论证专家 (第二十条): experts of the field drawn for a decision, excluding those whose term does not cover the
// day and those who declared an interest in a party or matter the draw names. The draw is recorded with its inputs —
// the candidates, the excluded with their reasons, the random seed — and each candidate's rank is SHA-256 of
// `seed:id`, so the same inputs give the same experts and anyone can check it (queries/experts.ts does on every read).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  decisionStatusLabels,
  drawByRank,
  eligibleExperts,
  mayPerformDecisionAct,
  redrawReasonRequired,
} from '@fazhi/core/major-decisions';
import { AppError, invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { DRAW_SUBJECT } from '../../catalogue';
import { expertPoolFor } from '../../support';
import type { DrawBody } from '../schemas';
import { loadDecision, recordDecisionAct } from '../../records/workflow';
import { requireApplicable } from '../../records/steps/commands/applicable';
import { latestDraw } from '../../records/steps/queries/step-facts';

/** A candidate's rank in a draw: SHA-256 of the seed and its identifier, hex. */
export const drawRank = (seed: string) => (id: string) => createHash('sha256').update(`${seed}:${id}`).digest('hex');

export async function drawExperts(services: Services, ctx: WriteContext, input: DrawBody) {
  return inWriteTransaction(services, ctx, (w) => drawExpertsOn(services, w, input));
}

export async function drawExpertsOn(services: Services, w: Writer, input: DrawBody, opts: { isDemo?: boolean } = {}) {
  const pool = await expertPoolFor(services, w.tx, w.ctx.actor, input.regionCode, 'draw');
  const on = services.clock.today();
  const experts = await w.tx
    .selectFrom('decision_experts')
    .selectAll()
    .where('region_code', '=', pool.regionCode)
    .orderBy('id')
    .execute();
  const interests = input.interests.map((i) => i.trim()).filter(Boolean);
  const { candidates, excluded } = eligibleExperts(
    experts.map((e) => ({
      id: e.id,
      name: e.name,
      field: e.field,
      termFrom: e.term_from,
      termTo: e.term_to,
      conflicts: e.conflicts,
    })),
    { field: input.field, interests, on },
  );
  const seed = randomBytes(16).toString('hex');
  const drawn = drawByRank(candidates, input.count, drawRank(seed));
  if (!drawn)
    throw invalid(
      'NOT_ENOUGH_EXPERTS',
      `专家库中“${input.field}”领域可抽取的专家只有${candidates.length}名（已排除${excluded.length}名），不足${input.count}名`,
      [{ path: 'count', message: `可抽取${candidates.length}名` }],
    );
  const decision = input.decisionId ? await decisionForDraw(services, w, pool.regionCode, input) : null;
  const employer = new Map(experts.map((e) => [e.id, e.employer]));
  const id = randomUUID();
  const drawnRows = drawn.map((e) => ({ id: e.id, name: e.name, employer: employer.get(e.id) ?? '' }));
  await w.tx
    .insertInto('decision_expert_draws')
    .values({
      region_code: pool.regionCode,
      id,
      matter: input.matter,
      field: input.field,
      count: input.count,
      interests: JSON.stringify(interests),
      seed,
      candidates: JSON.stringify(candidates.map((e) => ({ id: e.id, name: e.name }))),
      excluded: JSON.stringify(excluded),
      drawn: JSON.stringify(drawnRows),
      drawn_on: on,
      drawn_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
      decision_id: decision?.id ?? null,
      redraw_reason: decision?.redrawn ? (input.redrawReason ?? null) : null,
    })
    .execute();
  await w.audit({
    regionCode: pool.regionCode,
    action: 'decision_expert.drawn',
    subjectType: DRAW_SUBJECT,
    subjectId: id,
    summary: `为“${input.matter}”从${candidates.length}名“${input.field}”领域专家中抽取${input.count}名：${drawnRows.map((d) => d.name).join('、')}`,
    changes: { seed, candidates: candidates.length, excluded: excluded.length, drawn: drawnRows.map((d) => d.id) },
  });
  if (decision)
    await recordDecisionAct(w, decision, {
      act: 'experts_drawn',
      on,
      status: decision.status,
      summary: `从决策咨询论证专家库${decision.redrawn ? `重新抽取论证专家（理由：${input.redrawReason}）` : '抽取论证专家'}：${drawnRows.map((d) => d.name).join('、')}`,
      changes: { drawId: id, drawn: drawnRows.map((d) => d.id), redrawn: decision.redrawn },
    });
  return { id };
}

/**
 * The decision a draw is for: in the actor's scope and the pool's region, calling for expert review, still being
 * drafted; a draw for it before this one is redone only with the reason (第二十条).
 */
async function decisionForDraw(services: Services, w: Writer, regionCode: string, input: DrawBody) {
  const { row } = await loadDecision(services, w.tx, w.ctx.actor, input.decisionId!, true);
  if (row.region_code !== regionCode) throw notFound('重大行政决策');
  requireApplicable(row, 'expert_review');
  if (!mayPerformDecisionAct(row.status, 'record-expert-review'))
    throw new AppError(
      409,
      'DECISION_STATUS_CONFLICT',
      `该决策当前状态为“${decisionStatusLabels[row.status]}”，不能抽取论证专家`,
    );
  const redrawn = (await latestDraw(w.tx, row)) !== undefined;
  if (redrawn && !input.redrawReason?.trim())
    throw invalid('REDRAW_REASON_REQUIRED', redrawReasonRequired, [{ path: 'redrawReason', message: '请说明理由' }]);
  return { ...row, redrawn };
}
