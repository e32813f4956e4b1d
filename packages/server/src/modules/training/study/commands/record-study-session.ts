// 登记学法活动: a government's or department's 常务会议会前学法, 理论中心组学法 or 法治专题讲座, recorded by its legal
// staff (the government office's for the government) with the laws studied, who explained them and the attendance.
import { randomUUID } from 'node:crypto';
import { studyKindLabels } from '@fazhi/core/training';
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { STUDY_SUBJECT } from '../../catalogue';
import { trainingPolicy } from '../../policy';
import type { StudyBody } from '../../schemas';
import { unitFor } from '../../support';

export async function recordStudySession(services: Services, ctx: WriteContext, input: StudyBody) {
  return inWriteTransaction(services, ctx, (w) => recordStudySessionOn(services, w, input));
}

export async function recordStudySessionOn(services: Services, w: Writer, input: StudyBody, isDemo = false) {
  const unit = await unitFor(services, w.tx, w.ctx.actor, input.orgId, trainingPolicy, 'record');
  const heldOn = actDate(services, input.studiedOn, 'studiedOn');
  const id = randomUUID();
  await w.tx
    .insertInto('training_study_sessions')
    .values({
      id,
      region_code: unit.regionCode,
      org_id: unit.orgId,
      kind: input.studyKind,
      held_on: heldOn,
      meeting_name: input.meetingName ?? null,
      topic: input.studyTopic,
      laws: [...new Set(input.lawsStudied)],
      explained_by: input.explainedBy,
      attendee_count: input.attendeeCount,
      is_demo: isDemo,
    })
    .execute();
  await w.audit({
    regionCode: unit.regionCode,
    action: 'training_study.recorded',
    subjectType: STUDY_SUBJECT,
    subjectId: id,
    summary: `${unit.bodyName}${studyKindLabels[input.studyKind]}「${input.studyTopic}」（${heldOn}，${input.attendeeCount}人参加）`,
    changes: { ...input },
  });
  return { id };
}
