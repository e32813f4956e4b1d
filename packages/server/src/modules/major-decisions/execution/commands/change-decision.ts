// 第三十七条: a decision in force is changed only through the procedure. The body records each change with its
// reason and the meeting or instruction: a suspension (the head may suspend first in an emergency, where a
// situation of 第三十五条 arose), an adjustment — a minor one resumes execution; a major one suspends the decision
// and starts the changed decision as a new record that runs the procedure again from its start (see core
// `adjustmentKinds` for this reading of 第三十七条) — and a stop, decided at a 常务会议 or 全体会议 (第三十条).
import { randomUUID } from 'node:crypto';
import {
  adjustmentKindLabels,
  adjustmentOutcome,
  executionProblemLabels,
  meetingKindLabels,
  type DecisionStatus,
} from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { proposeDecisionOn } from '../../records/commands/propose-decision';
import { recordDecisionAct } from '../../records/workflow';
import type { AdjustBody, StopBody, SuspendBody } from '../schemas';
import type { DecisionChangeKind } from '../tables';
import { decisionForAfterAct } from '../workflow';

type Loaded = Awaited<ReturnType<typeof decisionForAfterAct>>;

async function writeChange(
  w: Writer,
  { row }: Loaded,
  c: { kind: DecisionChangeKind; on: string; reason: string; record: string; status: DecisionStatus } & {
    meetingKind?: 'executive' | 'plenary' | undefined;
    situation?: keyof typeof executionProblemLabels | undefined;
    content?: string | undefined;
    newDecisionId?: string | undefined;
  },
  act: { act: string; summary: string },
) {
  await w.tx
    .insertInto('decision_changes')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      decision_id: row.id,
      kind: c.kind,
      decided_on: c.on,
      reason: c.reason,
      record: c.record,
      meeting_kind: c.meetingKind ?? null,
      situation: c.situation ?? null,
      content: c.content ?? null,
      new_decision_id: c.newDecisionId ?? null,
    })
    .execute();
  await recordDecisionAct(w, row, {
    act: act.act,
    on: c.on,
    status: c.status,
    summary: act.summary,
    changes: { kind: c.kind, reason: c.reason, record: c.record, newDecisionId: c.newDecisionId ?? null },
  });
}

export async function suspendDecision(services: Services, ctx: WriteContext, id: string, input: SuspendBody) {
  return inWriteTransaction(services, ctx, (w) => suspendDecisionOn(services, w, id, input));
}

export async function suspendDecisionOn(services: Services, w: Writer, id: string, input: SuspendBody) {
  const loaded = await decisionForAfterAct(services, w, id, 'suspend');
  const on = actDate(services, input.decidedOn, 'decidedOn');
  await writeChange(
    w,
    loaded,
    {
      kind: 'suspend',
      on,
      reason: input.reason,
      record: input.decisionRecord,
      status: 'suspended',
      situation: input.situation,
    },
    {
      act: 'suspended',
      summary: `中止执行（${executionProblemLabels[input.situation]}，情况紧急；${input.decisionRecord}）`,
    },
  );
}

export async function adjustDecision(services: Services, ctx: WriteContext, id: string, input: AdjustBody) {
  return inWriteTransaction(services, ctx, (w) => adjustDecisionOn(services, w, id, input));
}

export async function adjustDecisionOn(services: Services, w: Writer, id: string, input: AdjustBody) {
  const loaded = await decisionForAfterAct(services, w, id, 'adjust');
  const { row } = loaded;
  const on = actDate(services, input.decidedOn, 'decidedOn');
  // a major adjustment: the changed decision starts its own procedure (proposal → … → publication), at the same
  // body and 承办单位, with the steps this decision's procedure applied
  const next =
    input.kind === 'major'
      ? await proposeDecisionOn(
          services,
          w,
          {
            bodyOrgId: row.body_org_id,
            title: `${row.title}（调整）`.slice(0, 200),
            sponsorOrgId: row.sponsor_org_id,
            applicableSteps: (
              ['hearing', 'expert_review', 'risk_assessment', 'fair_competition_review'] as const
            ).filter((s) => row[s]),
            outsideCatalogueReason: `对已公布的“${row.title}”作出重大调整，依照《重大行政决策程序暂行条例》第三十七条重新履行决策程序：${input.reason}`,
            proposal: input.content,
            proposer: input.decisionRecord,
            proposedOn: on,
          },
          { startedByAdjustment: true },
        )
      : null;
  await writeChange(
    w,
    loaded,
    {
      kind: input.kind === 'major' ? 'adjust_major' : 'adjust_minor',
      on,
      reason: input.reason,
      record: input.decisionRecord,
      status: adjustmentOutcome(input.kind),
      content: input.content,
      newDecisionId: next?.id,
    },
    {
      act: 'adjusted',
      summary: `${adjustmentKindLabels[input.kind]}（${input.decisionRecord}）${next ? '；原决策中止执行，调整后的决策重新履行决策程序' : ''}`,
    },
  );
  return { newDecisionId: next?.id ?? null };
}

export async function stopDecision(services: Services, ctx: WriteContext, id: string, input: StopBody) {
  return inWriteTransaction(services, ctx, (w) => stopDecisionOn(services, w, id, input));
}

export async function stopDecisionOn(services: Services, w: Writer, id: string, input: StopBody) {
  const loaded = await decisionForAfterAct(services, w, id, 'stop', {
    changeDiscussed: input.meetingKind !== undefined,
  });
  const on = actDate(services, input.decidedOn, 'decidedOn');
  await writeChange(
    w,
    loaded,
    {
      kind: 'stop',
      on,
      reason: input.reason,
      record: input.decisionRecord,
      status: 'stopped',
      meetingKind: input.meetingKind,
    },
    {
      act: 'stopped',
      summary: `停止执行（${meetingKindLabels[input.meetingKind!]}：${input.decisionRecord}）`,
    },
  );
}
