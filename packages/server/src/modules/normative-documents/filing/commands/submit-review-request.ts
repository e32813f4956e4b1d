// 建议审查: a citizen or organisation asks, through the portal and without an account, for a normative document to
// be reviewed (国发〔2008〕17号 (十四): 建立公民、法人和其他组织对规范性文件的审查建议渠道; seed 002 task 10). The
// request gets a tracking number and the justice bureau's acceptance deadline (rule
// normative.review-request-acceptance, 5 days by default).
import { consoleLink, normativeMenu } from '@fazhi/core/modules';
import { randomBytes, randomUUID } from 'node:crypto';
import { formatTrackingNumber, TRACKING_RANDOM_BYTES, trackingPrefixes } from '@fazhi/core/identifiers';
import { sql } from 'kysely';
import { setDeadline } from '../../../../platform/deadlines';
import { AppError, notFound } from '../../../../platform/errors';
import { normativeSettings } from '../../settings';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { ipHash, justiceBureauFor, REQUEST_SUBJECT } from '../../support';
import { normativeEvents } from '../../catalogue';

export interface ReviewRequestInput {
  regionCode: string;
  documentTitle: string;
  documentId?: string | undefined;
  requesterKind: 'citizen' | 'organisation';
  requesterName: string;
  contact?: string | undefined;
  reasons: string;
}

export async function submitReviewRequest(services: Services, ctx: WriteContext, input: ReviewRequestInput) {
  return inWriteTransaction(services, ctx, (w) => submitReviewRequestOn(services, w, input));
}

export async function submitReviewRequestOn(
  services: Services,
  w: Writer,
  input: ReviewRequestInput,
  opts: { isDemo?: boolean; receivedOn?: string } = {},
) {
  const region = await w.tx
    .selectFrom('regions')
    .select('code')
    .where('code', '=', input.regionCode)
    .executeTakeFirst();
  if (!region) throw notFound('行政区域');
  const bureau = await justiceBureauFor(w.tx, region.code);
  let documentId: string | null = null;
  if (input.documentId) {
    const doc = await w.tx
      .selectFrom('normative_documents')
      .select('id')
      .where('region_code', '=', region.code)
      .where('id', '=', input.documentId)
      .where('status', 'in', ['published', 'amendment_pending', 'repealed', 'lapsed'])
      .executeTakeFirst();
    if (!doc) throw notFound('所建议审查的文件');
    documentId = doc.id;
  }
  const hash = ipHash(w.ctx.ip);
  if (hash && !opts.isDemo) {
    const limit = await normativeSettings.read(w.tx, region.code, 'normative.review-request.rate-limit-per-hour');
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'normative-request:' + hash}, 0))`.execute(w.tx);
    const recent = await w.tx
      .selectFrom('normative_review_requests')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('ip_hash', '=', hash)
      .where('created_at', '>', sql<Date>`now() - interval '1 hour'`)
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= limit)
      throw new AppError(429, 'RATE_LIMITED', `同一网络地址每小时最多提交${limit}件审查建议，请稍后再试`);
  }
  const receivedOn = opts.receivedOn ?? services.clock.today();
  let tracking = '';
  for (;;) {
    // GF + 行政区划代码 + date + 80 random bits (core identifiers/tracking-number.ts): the region in the number lets the portal
    // find the request in its region's partition; the random part makes a number impossible to guess
    tracking = formatTrackingNumber(
      trackingPrefixes.normative_review_request,
      region.code,
      receivedOn,
      randomBytes(TRACKING_RANDOM_BYTES),
    );
    const taken = await w.tx
      .selectFrom('normative_review_requests')
      .select('id')
      .where('region_code', '=', region.code)
      .where('tracking_number', '=', tracking)
      .executeTakeFirst();
    if (!taken) break;
  }
  const id = randomUUID();
  await w.tx
    .insertInto('normative_review_requests')
    .values({
      region_code: region.code,
      id,
      tracking_number: tracking,
      handler_org_id: bureau.id,
      document_id: documentId,
      document_title: input.documentTitle,
      requester_kind: input.requesterKind,
      requester_name: input.requesterName,
      contact_enc: input.contact ? services.cipher.encrypt(input.contact) : null,
      reasons: input.reasons,
      ip_hash: hash,
      received_on: receivedOn,
      status: 'received',
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  const due = await setDeadline(w, {
    regionCode: region.code,
    subjectType: REQUEST_SUBJECT,
    subjectId: id,
    kind: 'acceptance',
    label: '建议审查受理审查',
    subjectTitle: `对《${input.documentTitle}》的审查建议（${tracking}）`,
    link: consoleLink(normativeMenu, 'normative-review-requests', id),
    ruleId: 'normative.review-request-acceptance',
    from: receivedOn,
    responsibleOrgId: bureau.id,
  });
  await w.audit({
    regionCode: region.code,
    action: 'normative_review_request.submitted',
    subjectType: REQUEST_SUBJECT,
    subjectId: id,
    summary: `收到对《${input.documentTitle}》的审查建议（${tracking}）`,
    changes: { tracking, documentId, requesterKind: input.requesterKind },
  });
  await w.emit(normativeEvents, region.code, 'normative_review_request.submitted', { requestId: id });
  return { trackingNumber: tracking, acceptanceDue: due.due, id };
}
