// 出庭应诉情况 of one hearing: the head who appeared, with the post that makes them a head (法释〔2020〕3号 第二条) and
// the identity certificate submitted before the hearing (第六条); or the reason the head could not, one of the four of
// 第八条 with its proof (第九条), and the staff member sent instead (行政诉讼法 第三条第三款; 第十条). The head's
// certificate deadline closes: met or missed by the certificate's day, or cancelled when the absence is explained.
import { appearanceLabels, appearanceProblems } from '@fazhi/core/litigation';
import { closeDeadline } from '../../../platform/deadlines';
import { invalid, notFound } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { SUIT_SUBJECT } from '../catalogue';
import type { AppearanceBody } from '../schemas';
import { suitForAct } from '../workflow';

const fieldOf = {
  appearance: 'courtAppearance',
  headName: 'appearingHeadName',
  headPost: 'appearingHeadPost',
  certificateOn: 'headCertificateOn',
  absenceReason: 'headAbsenceReason',
  absenceProof: 'headAbsenceProof',
  standInName: 'standInName',
  standInPost: 'standInPost',
} as const;

export async function recordAppearance(services: Services, ctx: WriteContext, id: string, input: AppearanceBody) {
  return inWriteTransaction(services, ctx, (w) => recordAppearanceOn(services, w, id, input));
}

export async function recordAppearanceOn(services: Services, w: Writer, id: string, input: AppearanceBody) {
  const { row, body } = await suitForAct(services, w, id, 'appearance');
  const hearing = await w.tx
    .selectFrom('litigation_hearings')
    .selectAll()
    .where('region_code', '=', row.region_code)
    .where('suit_id', '=', row.id)
    .where('id', '=', input.courtHearingId)
    .forUpdate()
    .executeTakeFirst();
  if (!hearing) throw notFound('庭次');
  const today = services.clock.today();
  const head = input.courtAppearance === 'head';
  const a = {
    appearance: input.courtAppearance,
    headName: head ? input.appearingHeadName : null,
    headPost: head ? input.appearingHeadPost : null,
    certificateOn: head ? input.headCertificateOn : null,
    absenceReason: head ? null : input.headAbsenceReason,
    absenceProof: head ? null : input.headAbsenceProof,
    standInName: input.courtAppearance === 'stand_in' ? input.standInName : null,
    standInPost: input.courtAppearance === 'stand_in' ? input.standInPost : null,
  };
  const problems: { path: string; message: string }[] = appearanceProblems(a, hearing.hearing_on).map((p) => ({
    path: fieldOf[p.field],
    message: p.message,
  }));
  if (hearing.hearing_on > today)
    problems.unshift({
      path: 'courtHearingId',
      message: `该次开庭（${hearing.hearing_on}）尚未进行，开庭后再记录出庭情况`,
    });
  if (problems.length) throw invalid('APPEARANCE_INVALID', problems[0]!.message, problems);
  await w.tx
    .updateTable('litigation_hearings')
    .set({
      appearance: a.appearance,
      head_name: a.headName ?? null,
      head_post: a.headPost ?? null,
      certificate_on: a.certificateOn ?? null,
      absence_reason: a.absenceReason ?? null,
      absence_proof: a.absenceProof ?? null,
      stand_in_name: a.standInName ?? null,
      stand_in_post: a.standInPost ?? null,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', hearing.id)
    .execute();
  await closeDeadline(
    w,
    { regionCode: row.region_code, subjectType: SUIT_SUBJECT, subjectId: row.id, kind: 'head-certificate' },
    head ? a.certificateOn! : hearing.hearing_on,
    !head,
  );
  await w.audit({
    regionCode: row.region_code,
    action: 'litigation_suit.appearance_recorded',
    subjectType: SUIT_SUBJECT,
    subjectId: row.id,
    summary: `${row.suit_number}${hearing.hearing_on}开庭：${body.bodyName}${appearanceLabels[a.appearance]}${
      head ? `（${a.headName}）` : ''
    }`,
    changes: {
      hearingId: hearing.id,
      appearance: a.appearance,
      headPost: a.headPost ?? null,
      absenceReason: a.absenceReason ?? null,
    },
  });
}
