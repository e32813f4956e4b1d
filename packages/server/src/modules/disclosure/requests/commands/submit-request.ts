// 申请 (第二十七条至第二十九条、第三十一条): a request to a body of the region, online on the portal (no account; it gets
// a tracking number and waits for both sides to confirm it, 第三十一条第（三）项) or by letter, fax, in person or
// orally, registered by the body's staff with the day of receipt its channel fixes. From that day the body has seven
// working days to ask for a 补正 (第三十条) and twenty to answer (第三十三条). The applicant is the case's party
// (platform/cases, the identifiers encrypted and masked).
import { randomBytes, randomUUID } from 'node:crypto';
import { partyProblems } from '@fazhi/core/cases';
import { applicantPartyKind, receiptDay, type RequestChannel } from '@fazhi/core/disclosure';
import { formatTrackingNumber, TRACKING_RANDOM_BYTES, trackingPrefixes } from '@fazhi/core/identifiers';
import { authorizeAs } from '../../../../platform/access/policy';
import { orgTarget } from '../../../../platform/access/scope';
import { actDate } from '../../../../platform/act-date';
import { addCasePartiesOn } from '../../../../platform/cases/parties';
import type { Db } from '../../../../platform/db/connection';
import { setDeadline } from '../../../../platform/deadlines';
import { invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { REQUEST_SUBJECT } from '../../catalogue';
import { requestPolicy } from '../../policy';
import type { PublicRequestBody, RegisterRequestBody } from '../../schemas';
import { bodyOfRegion } from '../../support';
import {
  CORRECTION_NOTICE_KIND,
  REPLY_KIND,
  recordRequestAct,
  requestLink,
  requestTitle,
  type RequestRow,
} from '../../workflow';

/** The portal's online request (the public acts as nobody): received once both sides confirm it. */
export async function requestOnline(services: Services, ip: string, input: PublicRequestBody) {
  return inWriteTransaction(services, { actor: null, ip }, (w) =>
    submitRequestOn(services, w, input, 'online', { handedInOn: services.clock.today() }),
  );
}

/** A request by letter, fax, in person or orally, registered by the body's staff (第二十九条第一款: 口头提出的代为填写). */
export async function registerRequest(services: Services, ctx: WriteContext, input: RegisterRequestBody) {
  return inWriteTransaction(services, ctx, async (w) => {
    const body = await bodyOfRegion(w.tx, input.regionCode, input.bodyId);
    const target = await orgTarget(w.tx as Db, body.id);
    if (!target) throw notFound('行政机关');
    authorizeAs(services.registry.grants, w.ctx.actor, requestPolicy, 'register', { title: '', body: target });
    const handedInOn = actDate(services, input.handedInOn, 'handedInOn');
    const days = {
      handedInOn,
      mailSignedOn: input.mailSignedOn ? actDate(services, input.mailSignedOn, 'mailSignedOn') : undefined,
      confirmedOn: input.confirmedOn ? actDate(services, input.confirmedOn, 'confirmedOn') : undefined,
    };
    return submitRequestOn(services, w, input, input.requestChannel, days);
  });
}

export async function submitRequestOn(
  services: Services,
  w: Writer,
  input: PublicRequestBody,
  channel: RequestChannel,
  days: { handedInOn: string; mailSignedOn?: string | undefined; confirmedOn?: string | undefined },
  opts: { isDemo?: boolean } = {},
) {
  const body = await bodyOfRegion(w.tx, input.regionCode, input.bodyId);
  const party = { kind: applicantPartyKind(input.applicantKind), ...input.applicant };
  const problems = partyProblems(party).map((p) => ({ path: `applicant.${p.field}`, message: p.message }));
  if (problems.length) throw invalid('PARTY_INVALID', problems[0]!.message, problems);
  // an online request is received on the day both sides confirm it (the body's act, or a day a seed already knows);
  // any other on its channel's day
  const receipt =
    channel === 'online' && !days.confirmedOn
      ? null
      : receiptDay(channel, {
          submittedOn: days.handedInOn,
          mailSignedOn: days.mailSignedOn,
          confirmedOn: days.confirmedOn,
        });
  if (receipt && 'problem' in receipt)
    throw invalid('RECEIPT_DAY_MISSING', receipt.problem, [
      { path: receipt.field === 'submittedOn' ? 'handedInOn' : receipt.field, message: receipt.problem },
    ]);
  const id = randomUUID();
  const row = {
    region_code: input.regionCode,
    id,
    // 80 random bits: a collision is not a practical concern, and the unique key would refuse one
    tracking_number: formatTrackingNumber(
      trackingPrefixes.disclosure_request,
      input.regionCode,
      days.handedInOn,
      randomBytes(TRACKING_RANDOM_BYTES),
    ),
    body_org_id: body.id,
    channel,
    status: 'submitted' as const,
    applicant_kind: input.applicantKind,
    information_description: input.informationDescription,
    delivery_form: input.deliveryForm,
    submitted_on: days.handedInOn,
    received_on: null,
    receipt_basis: null,
    is_demo: opts.isDemo ?? false,
  };
  await w.tx.insertInto('disclosure_requests').values(row).execute();
  await addCasePartiesOn(services, w, { regionCode: row.region_code, caseType: REQUEST_SUBJECT, caseId: id }, [
    { role: 'applicant', ...party },
  ]);
  await recordRequestAct(w, row, {
    act: 'submitted',
    on: days.handedInOn,
    status: 'submitted',
    summary: `收到${input.applicant.name}向${body.name}提出的政府信息公开申请（${channel === 'online' ? '互联网' : '登记'}）`,
    changes: { tracking: row.tracking_number, channel, bodyId: body.id },
  });
  const due = receipt ? await startClockOn(w, { ...row, status: 'submitted' }, receipt.day, receipt.basis) : null;
  return { id, trackingNumber: row.tracking_number, replyDue: due };
}

/**
 * The day of receipt fixed: the request is received and its two periods start — the 补正's seven working days
 * (第三十条) and the reply's twenty (第三十三条), which the shared case record holds while a consultation runs.
 */
export async function startClockOn(
  w: Writer,
  row: Pick<RequestRow, 'region_code' | 'id' | 'information_description' | 'tracking_number' | 'body_org_id'> & {
    status: RequestRow['status'];
  },
  receivedOn: string,
  basis: string,
) {
  const common = {
    regionCode: row.region_code,
    subjectType: REQUEST_SUBJECT,
    subjectId: row.id,
    subjectTitle: requestTitle(row),
    link: requestLink(row.id),
    from: receivedOn,
    responsibleOrgId: row.body_org_id,
  };
  await w.tx
    .updateTable('disclosure_requests')
    .set({ received_on: receivedOn, receipt_basis: basis })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await setDeadline(w, {
    ...common,
    kind: CORRECTION_NOTICE_KIND,
    label: '一次性告知补正（如需补正）',
    ruleId: 'disclosure.correction-notice',
  });
  const reply = await setDeadline(w, {
    ...common,
    kind: REPLY_KIND,
    label: '答复政府信息公开申请',
    ruleId: 'disclosure.reply',
  });
  await recordRequestAct(w, row, {
    act: 'receipt_confirmed',
    on: receivedOn,
    status: 'received',
    summary: `${receivedOn} 为收到申请之日（${basis}），答复期限至 ${reply.due}`,
    changes: { receivedOn, replyDue: reply.due },
  });
  return reply.due;
}
