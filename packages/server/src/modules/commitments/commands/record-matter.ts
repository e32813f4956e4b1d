// 记录告知承诺办理事项: the body records a matter it handled on the applicant's written commitment — the applicant
// (a person's 身份证号 and 手机号 stored only encrypted; an organisation's 统一社会信用代码, checked by GB 32100), the
// item, the day (never after today) and the commitment made. The item must allow commitment on that day.
import { randomUUID } from 'node:crypto';
import { actDate } from '../../../platform/act-date';
import { invalid, notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { MATTER_SUBJECT } from '../catalogue';
import type { RecordMatterBody } from '../schemas';
import { asNotFound } from '../../../platform/access/unit-record';
import { bodyForAct } from '../support';

export async function recordMatter(services: Services, ctx: WriteContext, input: RecordMatterBody) {
  return inWriteTransaction(services, ctx, (w) => recordMatterOn(services, w, input));
}

export async function recordMatterOn(
  services: Services,
  w: Writer,
  input: RecordMatterBody,
  opts: { isDemo?: boolean } = {},
) {
  const item = await w.tx
    .selectFrom('commitment_items')
    .selectAll()
    .where('id', '=', input.commitmentItemId)
    .executeTakeFirst();
  if (!item) throw notFound('告知承诺事项');
  const body = await bodyForAct(services, w.tx, w.ctx.actor, item.body_org_id, 'record').catch(
    asNotFound('告知承诺事项'),
  );
  const handledOn = actDate(services, input.handledOn, 'handledOn');
  if (handledOn < item.allowed_from)
    throw invalid('COMMITMENT_NOT_YET_ALLOWED', `「${item.item_name}」自${item.allowed_from}起实行告知承诺制`, [
      { path: 'handledOn', message: `不能早于${item.allowed_from}` },
    ]);
  const person = input.applicantKind === 'person';
  const id = randomUUID();
  await w.tx
    .insertInto('commitment_matters')
    .values({
      region_code: item.region_code,
      id,
      body_org_id: item.body_org_id,
      item_id: item.id,
      applicant_kind: input.applicantKind,
      applicant_name: input.applicantName,
      applicant_uscc: person ? null : (input.uscc ?? null),
      applicant_id_enc: person && input.idNumber ? services.cipher.encrypt(input.idNumber) : null,
      applicant_mobile_enc: input.mobile ? services.cipher.encrypt(input.mobile) : null,
      handled_on: handledOn,
      commitment: input.commitment,
      recorded_by: w.ctx.actor?.userId ?? null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  // the audit trail names the applicant by name only: the identifiers stay encrypted in the record
  await w.audit({
    regionCode: item.region_code,
    action: 'commitment_matter.recorded',
    subjectType: MATTER_SUBJECT,
    subjectId: id,
    summary: `${body.bodyName}以告知承诺制办理「${item.item_name}」（申请人：${input.applicantName}）`,
    changes: { itemId: item.id, itemCode: item.item_code, handledOn },
  });
  return { id };
}
