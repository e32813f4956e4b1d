// The portal's reads, public by law and nothing more: a request's progress by its tracking number (the acts' names
// and days, the periods, the items to correct, the answer — never a personal detail), and the application form's
// guide (公开指南, 第十二条、第二十九条): the bodies of the region, how to apply, the periods and the fee scale as the
// region's settings say.
import type { DisclosureGuide, TrackedDisclosureRequest } from '@fazhi/core/contracts';
import { deliveryFormLabels, requestChannelLabels } from '@fazhi/core/disclosure';
import { parseTrackingNumber, trackingPrefixes } from '@fazhi/core/identifiers';
import { deadlinesOf } from '../../../platform/deadlines';
import { notFound } from '../../../platform/errors';
import { portalIdentity } from '../../../platform/portal/routes';
import type { Services } from '../../../platform/services';
import { disclosureAuditActions, REQUEST_SUBJECT } from '../catalogue';
import { disclosureSettings } from '../settings';
import { replyView } from './requests';

/** The applicant's view by tracking number, or null when no request has it. */
export async function trackRequest(services: Services, typed: string): Promise<TrackedDisclosureRequest | null> {
  const parsed = parseTrackingNumber(typed, trackingPrefixes.disclosure_request);
  if (!parsed) return null;
  const row = await services.db
    .selectFrom('disclosure_requests as r')
    .innerJoin('orgs as b', 'b.id', 'r.body_org_id')
    .selectAll('r')
    .select('b.name as body_name')
    .where('r.region_code', '=', parsed.regionCode)
    .where('r.tracking_number', '=', parsed.trackingNumber)
    .executeTakeFirst();
  if (!row) return null;
  const [acts, deadlines] = await Promise.all([
    services.db
      .selectFrom('disclosure_request_acts')
      .select(['act', 'acted_on'])
      .where('region_code', '=', row.region_code)
      .where('request_id', '=', row.id)
      .orderBy('acted_on')
      .orderBy('created_at')
      .execute(),
    deadlinesOf(services.db, row.region_code, REQUEST_SUBJECT, row.id, services.clock.today()),
  ]);
  const labels = disclosureAuditActions as Record<string, string>;
  const correctionDue = deadlines.find((d) => d.kind === 'applicant-correction');
  const reply = replyView(row, null);
  return {
    trackingNumber: row.tracking_number,
    bodyName: row.body_name,
    informationDescription: row.information_description,
    status: row.status,
    submittedOn: row.submitted_on,
    receivedOn: row.received_on,
    acts: acts.map((a) => ({ label: labels[`${REQUEST_SUBJECT}.${a.act}`] ?? a.act, on: a.acted_on })),
    // the applicant's own periods and the body's reply: the third parties' are the body's business
    deadlines: deadlines
      .filter((d) => (d.kind === 'reply' || d.kind === 'applicant-correction') && ['open', 'paused'].includes(d.status))
      .map((d) => ({ label: d.label, due: d.due, status: d.status, basis: d.basis })),
    correction:
      row.status === 'correction_requested' && row.correction_items && row.correction_requested_on
        ? { items: row.correction_items, requestedOn: row.correction_requested_on, due: correctionDue?.due ?? null }
        : null,
    reply: reply && {
      outcomeLabel: reply.outcomeLabel,
      groupLabel: reply.groupLabel,
      repliedOn: reply.repliedOn,
      replyText: reply.replyText,
      holderName: reply.holderName,
    },
  };
}

/** The guide of a region (the portal's region when none is asked): its bodies and how to apply to them. */
export async function disclosureGuide(services: Services, regionCode: string | undefined): Promise<DisclosureGuide> {
  const code = regionCode ?? (await portalIdentity(services)).regionCode;
  const region = code
    ? await services.db.selectFrom('regions').select(['code', 'name']).where('code', '=', code).executeTakeFirst()
    : undefined;
  if (!region) throw notFound('行政区域');
  const bodies = await services.db
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('region_code', '=', region.code)
    .where('kind', 'in', ['government', 'department', 'justice_bureau', 'township'])
    .orderBy('path')
    .execute();
  const s = (key: Parameters<typeof disclosureSettings.read>[2]) =>
    disclosureSettings.read(services.db, region.code, key);
  const [
    free,
    tierUntil,
    tierYuan,
    tierSize,
    stepYuan,
    freePages,
    firstUntil,
    firstYuan,
    secondUntil,
    secondYuan,
    beyond,
  ] = await Promise.all([
    s('disclosure.fee.free-requests'),
    s('disclosure.fee.first-tier-until'),
    s('disclosure.fee.first-tier-yuan'),
    s('disclosure.fee.tier-size'),
    s('disclosure.fee.tier-step-yuan'),
    s('disclosure.fee.free-pages'),
    s('disclosure.fee.first-until-pages'),
    s('disclosure.fee.first-yuan-per-page'),
    s('disclosure.fee.second-until-pages'),
    s('disclosure.fee.second-yuan-per-page'),
    s('disclosure.fee.beyond-yuan-per-page'),
  ]);
  const law = '《中华人民共和国政府信息公开条例》';
  return {
    regionCode: region.code,
    regionName: region.name,
    bodies,
    sections: [
      {
        title: '受理范围',
        paragraphs: [
          `除行政机关主动公开的政府信息外，公民、法人或者其他组织可以向本地区各行政机关申请获取相关政府信息（${law}第二十七条）。`,
          `依法确定为国家秘密、法律行政法规禁止公开以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息不予公开（第十四条）；涉及商业秘密、个人隐私等的信息，第三方不同意且不公开不会对公共利益造成重大影响的不予公开（第十五条）；内部事务信息、过程性信息和行政执法案卷信息可以不予公开（第十六条）。`,
        ],
      },
      {
        title: '申请方式',
        paragraphs: [
          `请以书面形式提出申请，写明申请人的姓名或者名称、身份证明、联系方式，所需政府信息的名称、文号或者便于查询的其他特征性描述，以及获取信息的方式（第二十九条）。可以通过：${Object.values(requestChannelLabels).join('、')}。书写有困难的，可以口头提出，由政府信息公开工作机构代为填写。`,
          `获取信息的方式：${Object.values(deliveryFormLabels).join('、')}。`,
          '网上提交的申请，自行政机关与申请人双方确认之日为收到申请之日；邮寄需签收的以签收之日、平常信函以行政机关与申请人确认之日为收到申请之日（第三十一条）。',
        ],
      },
      {
        title: '办理时限',
        paragraphs: [
          '申请内容不明确的，行政机关自收到申请之日起7个工作日内一次性告知补正，答复期限自收到补正的申请之日起计算；无正当理由逾期不补正的，视为放弃申请（第三十条）。',
          '不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，经政府信息公开工作机构负责人同意并告知申请人，延长最长不超过20个工作日。征求第三方和其他机关意见所需时间不计算在内（第三十三条）。',
        ],
      },
      {
        title: '收费',
        paragraphs: [
          `依申请提供政府信息不收取费用；申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费（第四十二条）。`,
          `按件计收：同一申请人一个自然月内累计申请${free}件以下（含）的不收费，第${free + 1}至${tierUntil}件每件${tierYuan}元，此后每${tierSize}件为一档，每档每件加收${stepYuan}元。按量计收：同一申请${freePages}页以下（含）的不收费，${freePages + 1}至${firstUntil}页每页${firstYuan}元，${firstUntil + 1}至${secondUntil}页每页${secondYuan}元，${secondUntil + 1}页以上每页${beyond}元。按件、按量不同时适用（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）。`,
        ],
      },
    ],
  };
}
