// Test-only: a reconsideration case of a region in the state a test needs, built through the module's acts on the
// system's write context (a late state's acceptance, twenty days ago, written by `startHearingOn`, which the daily
// deemed-acceptance job also uses, so no handler must exist in the region).
import { randomUUID } from 'node:crypto';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type Writer } from '../../../platform/write';
import { startHearingOn } from '../applications/commands/accept-application';
import { refuseApplicationOn } from '../applications/commands/refuse-application';
import { requestCorrectionOn } from '../applications/commands/request-correction';
import { submitApplicationOn, type ApplicationInput } from '../applications/commands/submit-application';
import { loadCase } from '../workflow';

export type CaseState =
  | 'received'
  | 'review_lapsed'
  | 'correction_requested'
  | 'correction_lapsed'
  | 'not_accepted'
  | 'accepted'
  | 'simplified';

/** An application as the portal's form posts it, with markup in its text (it is stored and shown as text). */
export const applicationBody = (regionCode: string, n = 1): ApplicationInput & { regionCode: string } => ({
  regionCode,
  applicant: { kind: 'person', name: `测试申请人${n}`, idNumber: '11010519491231002X', phone: '13800138000' },
  respondentName: '示范区市场监督管理局',
  contestedAct: `行政处罚决定<script>alert(${n})</script>`,
  knownOn: '2026-01-05',
  actMadeOn: '2026-01-04',
  realProperty: false,
  notInformed: false,
  requests: '请求撤销该行政处罚决定',
  reasons: '认定事实不清，证据不足。<b>加粗</b>',
});

export async function buildCase(services: Services, regionCode: string, state: CaseState, n = 1): Promise<string> {
  const today = services.clock.today();
  const ago = (d: number) => formatIsoDate(parseIsoDate(today) - d);
  return inWriteTransaction(services, { actor: null, ip: null }, async (w: Writer) => {
    // review_lapsed: still under review three weeks on, past the five working days (the deemed acceptance's job)
    const receivedOn =
      state === 'correction_lapsed'
        ? ago(40)
        : state === 'review_lapsed'
          ? ago(21)
          : state === 'accepted' || state === 'simplified'
            ? ago(21)
            : state === 'received'
              ? today
              : ago(1);
    const { id } = await submitApplicationOn(services, w, applicationBody(regionCode, n), 'online', { receivedOn });
    if (state === 'correction_requested' || state === 'correction_lapsed')
      await requestCorrectionOn(services, w, id, {
        correctionItems: ['申请人身份证明', '行政处罚决定书复印件'],
        requestedOn: state === 'correction_lapsed' ? ago(39) : ago(1),
      });
    if (state === 'not_accepted') await refuseApplicationOn(services, w, id, { refusalReason: '不属于行政复议范围' });
    if (state === 'accepted' || state === 'simplified') {
      const { row } = await loadCase(services, w.tx, null, id, true);
      await startHearingOn(w, row, {
        acceptedOn: ago(20),
        deemed: false,
        procedure: state === 'simplified' ? 'simplified' : 'ordinary',
        simplifiedGround: state === 'simplified' ? 'warning' : null,
        amountYuan: null,
        major: false,
        handlerIds: [],
        conditionsMet: null,
      });
    }
    return id;
  });
}

/**
 * A hearing already notified (第五十一条), written as its row: scheduled with the notice on `noticeOn` for
 * `hearingOn`, its panel any three users (the command checks the panel; a test of the record does not need it).
 */
export async function scheduledHearingRow(
  services: Services,
  caseId: string,
  days: { hearingOn: string; noticeOn: string },
): Promise<string> {
  const c = await services.db
    .selectFrom('reconsideration_cases')
    .select(['region_code', 'id'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const users = (await services.db.selectFrom('users').select('id').orderBy('id').limit(3).execute()).map((u) => u.id);
  const id = randomUUID();
  await services.db
    .insertInto('reconsideration_hearings')
    .values({
      region_code: c.region_code,
      id,
      case_id: c.id,
      ground: 'applicant-request',
      status: 'scheduled',
      hearing_on: days.hearingOn,
      place: '听证室',
      issues: '处罚认定的事实是否清楚',
      presiding_id: users[0]!,
      officer_ids: JSON.stringify(users.slice(1)),
      recorder_name: '记录员',
      notice_on: days.noticeOn,
      notice_due: days.noticeOn,
    })
    .execute();
  return id;
}
