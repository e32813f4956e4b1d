// 登记培训: a course an officer attended and its hours, counted towards the year's minimum (纲要 §(34)).
import { randomUUID } from 'node:crypto';
import { authorizeAs } from '../../../../platform/access/policy';
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { OFFICER_SUBJECT } from '../../catalogue';
import { officerPolicy } from '../../policy';
import type { TrainingBody } from '../../schemas';
import { officerFor } from '../../support';

export async function recordTraining(services: Services, ctx: WriteContext, input: TrainingBody) {
  return inWriteTransaction(services, ctx, (w) => recordTrainingOn(services, w, input));
}

export async function recordTrainingOn(services: Services, w: Writer, input: TrainingBody) {
  const { officer: o, unit, record } = await officerFor(services, w, input.officerId);
  authorizeAs(services.registry.grants, w.ctx.actor, officerPolicy, 'manage', record);
  const trainedOn = actDate(services, input.trainedOn, 'trainedOn');
  const id = randomUUID();
  await w.tx
    .insertInto('enforcement_training_records')
    .values({
      id,
      region_code: unit.regionCode,
      officer_id: o.id,
      course: input.course,
      hours_tenths: Math.round(input.hours * 10),
      trained_on: trainedOn,
    })
    .execute();
  await w.audit({
    regionCode: unit.regionCode,
    action: 'enforcement_training.recorded',
    subjectType: OFFICER_SUBJECT,
    subjectId: o.id,
    summary: `登记${o.name}参加「${input.course}」培训${input.hours}学时（${trainedOn}）`,
    changes: { ...input },
  });
  return { id };
}
