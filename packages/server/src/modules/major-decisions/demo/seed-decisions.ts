// The demo region's decisions (labelled demo), in the states where each office finds work waiting: a proposal from
// this year's catalogue for the government office to decide on; a draft of the market regulation bureau (demo.legal)
// ready to go out for comment; one sent for legality review, on the justice bureau's desk (demo.reviewer); one found
// lawful, waiting for the government's meeting; one published 45 days ago whose filing one level up is overdue
// (on the office's workbench, red); three published and filed, in execution, post-evaluated and archived
// (execution/demo/seed-after.ts). Built through the same commands as the API on the seed's
// transaction, so they carry the same history rows and audit events; dated back from today so that every
// statutory period (30 days of comment, 7 working days of review) has run, and nothing is after today.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import type { Writer } from '../../../platform/write';
import { proposeDecisionOn } from '../records/commands/propose-decision';
import { decideStartOn } from '../records/commands/decide-start';
import { recordDraftOn } from '../records/commands/record-draft';
import { openConsultationOn } from '../records/commands/open-consultation';
import { closeConsultationOn } from '../records/commands/close-consultation';
import { submitForLegalityReviewOn } from '../records/commands/submit-for-legality-review';
import { recordLegalityReviewOn } from '../records/commands/record-legality-review';
import { recordDiscussionOn } from '../records/commands/record-discussion';
import { reportToPartyOn } from '../records/commands/report-to-party';
import { publishDecisionOn } from '../records/commands/publish-decision';
import { seedDecisionAfter } from '../execution/demo/seed-after';

const stages = ['drafted', 'in_review', 'reviewed', 'published'] as const;

const marketDecisions = [
  {
    title: '示范区城区农贸市场布局优化调整方案',
    stage: 'drafted',
    reason: '群众反映城区农贸市场分布不均，区政府年中决定列入重点工作，未在年初目录中',
    options: ['原址改造提升', '异地新建与原址改造相结合'],
  },
  {
    title: '示范区预付式消费经营行为规范措施',
    stage: 'in_review',
    reason: '上级部署开展预付式消费专项整治，需要及时出台规范措施',
    options: [],
  },
  {
    title: '示范区户外广告设施设置规划',
    stage: 'reviewed',
    reason: '城市更新项目调整户外广告设施布局，需要重新规划',
    options: [],
  },
  {
    title: '示范区网络餐饮服务食品安全监管办法',
    stage: 'published',
    reason: '网络餐饮投诉集中，区政府年中决定出台监管办法',
    options: [],
  },
  // after publication (execution/demo/seed-after.ts): in execution, post-evaluated, archived
  {
    title: '示范区农村集贸市场规范化建设方案',
    stage: 'published',
    reason: '乡镇集贸市场秩序问题集中，区政府年中决定开展规范化建设',
    options: [],
    after: 'executing',
  },
  {
    title: '示范区电动自行车集中充电设施安全管理措施',
    stage: 'published',
    reason: '电动自行车充电火灾隐患突出，需要及时出台管理措施',
    options: [],
    after: 'evaluated',
  },
  {
    title: '示范区早餐便民服务网点建设方案',
    stage: 'published',
    reason: '民生实事项目年中调整，增加早餐便民服务网点建设',
    options: [],
    after: 'archived',
  },
] as const;

export async function seedDecisionRecords(services: Services, w: Writer, ctx: SeedContext, body: string) {
  const today = services.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const market = ctx.orgIdByName.get('示范区市场监督管理局');
  if (!market) return;
  const demo = { isDemo: true };

  // this year's first catalogue item, proposed by a leader three days ago: the office decides whether to start
  const item = await w.tx
    .selectFrom('decision_catalogue_items as i')
    .innerJoin('decision_catalogues as c', (j) =>
      j.onRef('c.region_code', '=', 'i.region_code').onRef('c.id', '=', 'i.catalogue_id'),
    )
    .select('i.id')
    .where('c.body_org_id', '=', body)
    .where('c.status', '=', 'published')
    .where('i.title', '=', '示范区生活垃圾分类管理实施办法')
    .executeTakeFirst();
  if (item)
    await proposeDecisionOn(
      services,
      w,
      {
        bodyOrgId: body,
        catalogueItemId: item.id,
        proposal: '建议按照年度决策事项目录启动生活垃圾分类管理实施办法的起草工作（演示）',
        proposer: '示范区人民政府分管副区长',
        proposedOn: ago(3),
      },
      demo,
    );

  for (const d of marketDecisions) {
    const reached = (s: (typeof stages)[number]) => stages.indexOf(d.stage) >= stages.indexOf(s);
    const { id } = await proposeDecisionOn(
      services,
      w,
      {
        bodyOrgId: body,
        title: d.title,
        sponsorOrgId: market,
        applicableSteps: [],
        outsideCatalogueReason: d.reason,
        proposal: `建议制定${d.title}（演示）`,
        proposer: '示范区市场监督管理局',
        proposedOn: ago(160),
      },
      demo,
    );
    await decideStartOn(services, w, id, {
      start: true,
      startRecord: `示范区人民政府常务会议纪要〔${ago(150).slice(0, 4)}〕（演示）`,
      decidedOn: ago(150),
    });
    await recordDraftOn(services, w, id, {
      draftText: `${d.title}（草案）\n一、目的和依据……\n二、主要内容……\n三、保障措施……`,
      explanation: '起草背景、调研论证情况和主要内容的说明（演示）',
      options: [...d.options],
      viewsDifferWidely: d.options.length > 1,
      recordedOn: reached('published') ? ago(135) : reached('in_review') ? ago(95) : ago(2),
    });
    if (!reached('in_review')) continue;
    const late = reached('published') ? 40 : 0;
    await openConsultationOn(services, w, id, { opensOn: ago(90 + late), closesOn: ago(50 + late) });
    await closeConsultationOn(services, w, id, ago(49 + late));
    await submitForLegalityReviewOn(services, w, id, {
      submittedOn: reached('published') ? ago(88) : reached('reviewed') ? ago(40) : ago(3),
      basis: '《中华人民共和国消费者权益保护法》《中华人民共和国广告法》等（演示）',
      procedureStatement: '已公开征求意见40日，未收到公众意见（演示）',
    });
    if (!reached('reviewed')) continue;
    await recordLegalityReviewOn(services, w, id, {
      checklist: ['authority', 'procedure', 'substance'].map((c) => ({ item: c, finding: 'ok' as const })),
      opinion: '该决策事项属于区人民政府法定权限，已履行公众参与程序，内容符合法律、法规、规章和国家政策的规定（演示）',
      result: 'passed',
      counsel: [{ name: '示范·孙顾问', role: 'legal_adviser' }],
      concludedOn: reached('published') ? ago(60) : ago(8),
    });
    if (!reached('published')) continue;
    await recordDiscussionOn(services, w, id, {
      meetingKind: 'executive',
      meetingName: '示范区人民政府常务会议（演示）',
      meetingOn: ago(55),
      attendees: ['示范·副区长甲', '示范·副区长乙', '示范·区长'],
      speeches: [
        { name: '示范·副区长甲', isHead: false, view: 'agree', opinion: '同意' },
        { name: '示范·副区长乙', isHead: false, view: 'disagree', opinion: '建议对小微商户设置过渡期（演示）' },
        { name: '示范·区长', isHead: true, view: 'agree', opinion: '同意，过渡期意见在解读中说明（演示）' },
      ],
      decision: 'adopted',
    });
    await reportToPartyOn(services, w, id, { reportedOn: ago(50), reportRecord: '关于出台监管办法的请示（演示）' });
    await publishDecisionOn(services, w, id, {
      publishedOn: ago(45),
      publishedText: `${d.title}（演示）\n第一条 为加强网络餐饮服务食品安全监督管理，保障公众身体健康，依据《中华人民共和国食品安全法》等规定，结合本区实际，制定本办法。\n第二条 网络餐饮服务第三方平台提供者应当对入网餐饮服务提供者的食品经营许可证进行审查，并在平台上公示。\n第三条 区市场监督管理局负责本区网络餐饮服务食品安全监督管理工作。\n第四条 本办法自公布之日起施行。`,
      adoptionExplanation:
        '决策草案于公布前公开征求意见40日，征求意见期间未收到公众意见。本事项未列入专家论证范围，未组织专家论证。集体讨论中有关对小微商户设置过渡期的意见，已在政策解读中予以说明。（演示）',
      interpretation:
        '一、出台背景。近年来本区网络餐饮投诉集中，群众反映强烈，区人民政府决定出台本办法。\n二、主要内容。明确第三方平台的审查和公示义务，明确区市场监督管理局的监管职责。\n三、过渡期安排。小微餐饮商户自本办法公布之日起三个月内完成公示信息的补正。（演示）',
    });
    if ('after' in d) await seedDecisionAfter(services, w, id, d.after, { market, ago });
  }
}
