// 第七十六条: 行政复议机关在办理行政复议案件过程中，发现被申请人或者其他下级行政机关的有关行政行为违法或者不当的，可以
// 向其制发行政复议意见书。有关机关应当自收到行政复议意见书之日起六十日内，将纠正相关违法或者不当行政行为的情况报送行政复议
// 机关. Each 意见书 carries its sixty days on the deadline service from the addressee's receipt (rule
// reconsideration.opinion-letter-report), so a late report shows on the office's workbench and on the case; the report,
// when it comes, closes it (met or missed).
import { randomUUID } from 'node:crypto';
import { actDate } from '../../../../platform/act-date';
import { closeDeadline, setDeadline } from '../../../../platform/deadlines';
import { invalid, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { OPINION_SUBJECT } from '../../catalogue';
import { caseForAct, caseLink, caseTitle, recordCaseAct } from '../../workflow';

/** The deadline kind of a 意见书's report, filed under the 意见书 itself (OPINION_SUBJECT) so that the case's
 * decision or termination, which ends the case's own clock, leaves the addressee's sixty days running. */
export const OPINION_REPORT = 'opinion-report';

export interface IssueOpinionInput {
  addresseeName: string;
  addresseeOrgId?: string | undefined;
  opinionText: string;
  opinionIssuedOn?: string | undefined;
  /** the addressee's receipt, from which its sixty days run; the day of issue when not given */
  opinionReceivedOn?: string | undefined;
}

export async function issueOpinion(services: Services, ctx: WriteContext, id: string, input: IssueOpinionInput) {
  return inWriteTransaction(services, ctx, (w) => issueOpinionOn(services, w, id, input));
}

export async function issueOpinionOn(services: Services, w: Writer, id: string, input: IssueOpinionInput) {
  const { row } = await caseForAct(services, w, id, 'issue-opinion');
  const issuedOn = actDate(services, input.opinionIssuedOn, 'opinionIssuedOn');
  const receivedOn = actDate(services, input.opinionReceivedOn ?? issuedOn, 'opinionReceivedOn');
  if (receivedOn < issuedOn)
    throw invalid('RECEIVED_BEFORE_ISSUED', `收到日期不得早于制发日期 ${issuedOn}`, [
      { path: 'opinionReceivedOn', message: `不得早于 ${issuedOn}` },
    ]);
  if (input.addresseeOrgId) {
    const org = await w.tx
      .selectFrom('orgs')
      .select('id')
      .where('id', '=', input.addresseeOrgId)
      .where('region_code', '=', row.region_code)
      .executeTakeFirst();
    if (!org)
      throw invalid('ADDRESSEE_UNKNOWN', '意见书的受送机关应为本行政区域的单位', [
        { path: 'addresseeOrgId', message: '应为本行政区域的单位' },
      ]);
  }
  const opinionId = randomUUID();
  await w.tx
    .insertInto('reconsideration_opinions')
    .values({
      region_code: row.region_code,
      id: opinionId,
      case_id: row.id,
      addressee_name: input.addresseeName,
      addressee_org_id: input.addresseeOrgId ?? null,
      content: input.opinionText,
      issued_on: issuedOn,
      received_on: receivedOn,
      issued_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  const report = await setDeadline(w, {
    regionCode: row.region_code,
    subjectType: OPINION_SUBJECT,
    subjectId: opinionId,
    subjectTitle: `行政复议意见书（${caseTitle(row)}）`,
    link: caseLink(row.id),
    kind: OPINION_REPORT,
    label: `${input.addresseeName}报送行政复议意见书的纠正情况`,
    ruleId: 'reconsideration.opinion-letter-report',
    from: receivedOn,
    responsibleOrgId: row.office_org_id,
  });
  await recordCaseAct(w, row, {
    act: 'opinion_issued',
    on: issuedOn,
    status: row.status,
    summary: `向${input.addresseeName}制发行政复议意见书，应于 ${report.due} 前报送纠正情况`,
    changes: { opinionId, addressee: input.addresseeName, reportDue: report.due },
  });
  return { opinionId };
}

export interface OpinionReportInput {
  opinionId: string;
  reportText: string;
  opinionReportedOn?: string | undefined;
}

export async function recordOpinionReport(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: OpinionReportInput,
) {
  return inWriteTransaction(services, ctx, async (w) => {
    const { row } = await caseForAct(services, w, id, 'record-opinion-report');
    const opinion = await w.tx
      .selectFrom('reconsideration_opinions')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('case_id', '=', row.id)
      .where('id', '=', input.opinionId)
      .forUpdate()
      .executeTakeFirst();
    if (!opinion) throw notFound('行政复议意见书');
    if (opinion.reported_on)
      throw invalid('OPINION_ALREADY_REPORTED', `${opinion.addressee_name}已于 ${opinion.reported_on} 报送纠正情况`, [
        { path: 'opinionId', message: '该意见书的纠正情况已经报送' },
      ]);
    const reportedOn = actDate(services, input.opinionReportedOn, 'opinionReportedOn');
    if (reportedOn < opinion.received_on)
      throw invalid('REPORTED_BEFORE_RECEIVED', `报送日期不得早于收到意见书的日期 ${opinion.received_on}`, [
        { path: 'opinionReportedOn', message: `不得早于 ${opinion.received_on}` },
      ]);
    const kept = await closeDeadline(
      w,
      {
        regionCode: row.region_code,
        subjectType: OPINION_SUBJECT,
        subjectId: opinion.id,
        kind: OPINION_REPORT,
      },
      reportedOn,
    );
    await w.tx
      .updateTable('reconsideration_opinions')
      .set({ reported_on: reportedOn, report_text: input.reportText })
      .where('region_code', '=', row.region_code)
      .where('id', '=', opinion.id)
      .execute();
    await recordCaseAct(w, row, {
      act: 'opinion_reported',
      on: reportedOn,
      status: row.status,
      summary: `${opinion.addressee_name}报送行政复议意见书的纠正情况${kept?.status === 'missed' ? '（逾期）' : ''}`,
      changes: { opinionId: opinion.id, kept: kept?.status ?? null },
    });
  });
}
