// 申请 (第二十二条): an application received online on the portal (no account; it gets a tracking number), or by post,
// in person or orally, registered by the office's staff. Either way it opens the five working days of the acceptance
// review (第三十条, rule reconsideration.acceptance-review) and registers the applicant and the respondent as the
// case's parties (platform/cases, the applicant's identifiers encrypted).
import { randomBytes, randomUUID } from 'node:crypto';
import { formatTrackingNumber, TRACKING_RANDOM_BYTES, trackingPrefixes } from '@fazhi/core/identifiers';
import type { ApplicationChannel } from '@fazhi/core/reconsideration';
import { sql } from 'kysely';
import { authorizeAs } from '../../../../platform/access/policy';
import { orgTarget } from '../../../../platform/access/scope';
import { actDate } from '../../../../platform/act-date';
import { addCasePartiesOn } from '../../../../platform/cases/parties';
import type { Db } from '../../../../platform/db/connection';
import { setDeadline } from '../../../../platform/deadlines';
import { AppError, invalid, notFound } from '../../../../platform/errors';
import { partyProblems } from '@fazhi/core/cases';
import { ipHash } from '../../../../platform/participation/support';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CASE_SUBJECT } from '../../catalogue';
import { casePolicy } from '../../policy';
import type { PublicApplicationBody, RegisterApplicationBody } from '../../schemas';
import { reconsiderationSettings } from '../../settings';
import { reconsiderationBodiesFor } from '../../support';
import { caseLink, caseRef, caseTitle, recordCaseAct } from '../../workflow';

export type ApplicationInput = Omit<PublicApplicationBody, 'regionCode'> & { regionCode: string };

/** The portal's online application (the public acts as nobody). */
export async function applyOnline(services: Services, ip: string, input: PublicApplicationBody) {
  return inWriteTransaction(services, { actor: null, ip }, (w) => submitApplicationOn(services, w, input, 'online'));
}

/** An application by post, in person or orally, registered by the office (第二十二条第二款: 口头申请当场记录). */
export async function registerApplication(
  services: Services,
  ctx: WriteContext,
  input: RegisterApplicationBody & { regionCode: string },
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { office } = await reconsiderationBodiesFor(w.tx, input.regionCode);
    const target = await orgTarget(w.tx as Db, office.id);
    if (!target) throw notFound('行政复议机构');
    authorizeAs(services.registry.grants, w.ctx.actor, casePolicy, 'register', { title: '', office: target });
    const receivedOn = actDate(services, input.receivedOn, 'receivedOn');
    return submitApplicationOn(services, w, input, input.channel, { receivedOn });
  });
}

export async function submitApplicationOn(
  services: Services,
  w: Writer,
  input: ApplicationInput,
  channel: ApplicationChannel,
  opts: { receivedOn?: string; isDemo?: boolean } = {},
) {
  const { body, office } = await reconsiderationBodiesFor(w.tx, input.regionCode);
  const problems = partyProblems(input.applicant).map((p) => ({ path: `applicant.${p.field}`, message: p.message }));
  if (problems.length) throw invalid('PARTY_INVALID', problems[0]!.message, problems);
  const hash = channel === 'online' ? ipHash(w.ctx.ip) : null;
  if (hash) {
    const limit = await reconsiderationSettings.read(
      w.tx,
      input.regionCode,
      'reconsideration.application.rate-limit-per-hour',
    );
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${'reconsideration-application:' + hash}, 0))`.execute(
      w.tx,
    );
    const recent = await w.tx
      .selectFrom('reconsideration_cases')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('ip_hash', '=', hash)
      .where('created_at', '>', sql<Date>`now() - interval '1 hour'`)
      .executeTakeFirstOrThrow();
    if (Number(recent.n) >= limit)
      throw new AppError(429, 'RATE_LIMITED', `同一网络地址每小时最多网上提交${limit}件行政复议申请，请稍后再试`);
  }
  const receivedOn = opts.receivedOn ?? services.clock.today();
  let tracking = '';
  for (;;) {
    tracking = formatTrackingNumber(
      trackingPrefixes.reconsideration_application,
      input.regionCode,
      receivedOn,
      randomBytes(TRACKING_RANDOM_BYTES),
    );
    const taken = await w.tx
      .selectFrom('reconsideration_cases')
      .select('id')
      .where('region_code', '=', input.regionCode)
      .where('tracking_number', '=', tracking)
      .executeTakeFirst();
    if (!taken) break;
  }
  const id = randomUUID();
  const row = {
    region_code: input.regionCode,
    id,
    tracking_number: tracking,
    body_org_id: body.id,
    office_org_id: office.id,
    channel,
    status: 'received' as const,
    respondent_name: input.respondentName,
    respondent_org_id: input.respondentOrgId ?? null,
    contested_act: input.contestedAct,
    act_on: input.actMadeOn ?? null,
    known_on: input.knownOn,
    real_property: input.realProperty,
    not_informed: input.notInformed,
    informed_on: input.informedOn ?? null,
    requests: input.requests,
    reasons: input.reasons,
    received_on: receivedOn,
    ip_hash: hash,
    is_demo: opts.isDemo ?? false,
  };
  await w.tx.insertInto('reconsideration_cases').values(row).execute();
  await addCasePartiesOn(services, w, caseRef(row), [
    { role: 'applicant', ...input.applicant },
    { role: 'respondent', kind: 'organisation', name: input.respondentName },
  ]);
  const due = await setDeadline(w, {
    regionCode: input.regionCode,
    subjectType: CASE_SUBJECT,
    subjectId: id,
    kind: 'acceptance-review',
    label: '行政复议申请受理审查',
    subjectTitle: caseTitle(row),
    link: caseLink(id),
    ruleId: 'reconsideration.acceptance-review',
    from: receivedOn,
    responsibleOrgId: office.id,
  });
  await recordCaseAct(
    w,
    { ...row, status: 'received' },
    {
      act: 'applied',
      on: receivedOn,
      status: 'received',
      summary: `收到${input.applicant.name}的行政复议申请，受理审查期限至 ${due.due}`,
      changes: { tracking, channel },
    },
  );
  return { id, trackingNumber: tracking, acceptanceDue: due.due };
}
