// 登记培训学时: a course one official attended and its hours — an officer of the enforcement registry (kept at the
// officer's body) or a user of the platform (kept at the user's unit) —, counted towards the year's minimum
// (纲要 §(34)).
import { randomUUID } from 'node:crypto';
import { asNotFound } from '../../../../platform/access/unit-record';
import { actDate } from '../../../../platform/act-date';
import { notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { officerFor } from '../../../enforcement/support';
import { RECORD_SUBJECT } from '../../catalogue';
import { trainingPolicy } from '../../policy';
import type { TrainingBody } from '../../schemas';
import { unitFor } from '../../support';

export async function recordTraining(services: Services, ctx: WriteContext, input: TrainingBody) {
  return inWriteTransaction(services, ctx, (w) => recordTrainingOn(services, w, input));
}

/** The person and the unit the hours count for; 404 for one the recorder may not read. */
async function personOf(services: Services, w: Writer, input: TrainingBody) {
  if (input.officerId) {
    const { officer, unit } = await officerFor(services, w, input.officerId);
    const place = await unitFor(services, w.tx, w.ctx.actor, unit.orgId, trainingPolicy, 'record');
    return { officerId: officer.id, userId: null, name: officer.name, unit: place };
  }
  const user = await w.tx
    .selectFrom('users')
    .select(['id', 'display_name', 'home_org_id'])
    .where('id', '=', input.userId ?? '')
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!user?.home_org_id) throw notFound('人员');
  const unit = await unitFor(services, w.tx, w.ctx.actor, user.home_org_id, trainingPolicy, 'record').catch(
    asNotFound('人员'),
  );
  return { officerId: null, userId: user.id, name: user.display_name, unit };
}

export async function recordTrainingOn(services: Services, w: Writer, input: TrainingBody) {
  const person = await personOf(services, w, input);
  const trainedOn = actDate(services, input.trainedOn, 'trainedOn');
  const id = randomUUID();
  await w.tx
    .insertInto('training_records')
    .values({
      id,
      region_code: person.unit.regionCode,
      org_id: person.unit.orgId,
      officer_id: person.officerId,
      user_id: person.userId,
      person_name: person.name,
      course: input.course,
      hours_tenths: Math.round(input.hours * 10),
      trained_on: trainedOn,
    })
    .execute();
  await w.audit({
    regionCode: person.unit.regionCode,
    action: 'training_record.recorded',
    subjectType: RECORD_SUBJECT,
    subjectId: id,
    summary: `登记${person.name}参加「${input.course}」培训${input.hours}学时（${trainedOn}）`,
    changes: { ...input },
  });
  return { id };
}
