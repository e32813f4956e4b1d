// 集体讨论决定 (第三十条): the government's 常务会议 or 全体会议 — who attended, each member's view in the order
// spoken with the head of government last, every dissent written with its content, the decision, and the head's
// reasons where it differs from the majority of the members. Only after a lawful review (第二十五条: the gate names
// it). Adopted goes on to the Party committee and publication; not adopted ends it; deferred waits for a meeting.
import {
  checkMeetingRecord,
  meetingDecisionLabels,
  meetingKindLabels,
  meetingOutcome,
  meetingProblemMessages,
  type MeetingDecision,
  type MeetingKind,
  type MeetingSpeech,
} from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { decisionForAct, recordDecisionAct } from '../workflow';

export interface DiscussionInput {
  meetingKind: MeetingKind;
  meetingName: string;
  meetingOn?: string | undefined;
  attendees: string[];
  speeches: (Omit<MeetingSpeech, 'opinion'> & { opinion?: string | undefined })[];
  decision: MeetingDecision;
  headReasons?: string | undefined;
}

const problemPath = {
  no_members: 'speeches',
  head_missing: 'speeches',
  head_not_last: 'speeches',
  reasons_required: 'headReasons',
  dissent_unrecorded: 'speeches',
} as const;

export async function recordDiscussion(services: Services, ctx: WriteContext, id: string, input: DiscussionInput) {
  return inWriteTransaction(services, ctx, (w) => recordDiscussionOn(services, w, id, input));
}

export async function recordDiscussionOn(services: Services, w: Writer, id: string, input: DiscussionInput) {
  const { row } = await decisionForAct(services, w, id, 'recordDiscussion');
  const speeches: MeetingSpeech[] = input.speeches.map((x) => ({ ...x, opinion: x.opinion ?? '' }));
  const problems = checkMeetingRecord({ ...input, speeches });
  if (problems.length)
    throw invalid(
      'MEETING_RECORD_INCOMPLETE',
      problems.map((p) => meetingProblemMessages[p]).join('；'),
      problems.map((p) => ({ path: problemPath[p], message: meetingProblemMessages[p] })),
    );
  const meetingOn = actDate(services, input.meetingOn, 'meetingOn', '会议日期');
  await w.tx
    .updateTable('decision_records')
    .set({
      meeting_kind: input.meetingKind,
      meeting_name: input.meetingName,
      meeting_on: meetingOn,
      meeting_attendees: JSON.stringify(input.attendees),
      meeting_speeches: JSON.stringify(speeches),
      meeting_decision: input.decision,
      head_reasons: input.headReasons?.trim() || null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  const dissent = speeches.filter((s) => s.view !== 'agree').length;
  await recordDecisionAct(w, row, {
    act: 'discussed',
    on: meetingOn,
    status: meetingOutcome(input.decision),
    summary: `${input.meetingName}（${meetingKindLabels[input.meetingKind]}）集体讨论：${meetingDecisionLabels[input.decision]}${dissent ? `（不同意见${dissent}人，已如实载明）` : ''}`,
    changes: { meetingKind: input.meetingKind, decision: input.decision, speeches: input.speeches.length, dissent },
  });
}
