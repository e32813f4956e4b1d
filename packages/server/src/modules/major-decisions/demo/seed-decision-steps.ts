// A demo decision (labelled demo) that calls for all four middle steps, being drafted by the market regulation
// bureau (demo.legal): its hearing announced with the materials sent in time and held with every participant's
// signature, two experts drawn for it from the region's pool with their signed opinions, the fair-competition
// review found complying after an adjustment — and the risk assessment still to be recorded, so the bureau finds it
// waiting on the decision's page (the legality review is refused until it is). Built through the commands.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import type { Writer } from '../../../platform/write';
import { addExpertOn } from '../experts/commands/add-expert';
import { drawExpertsOn } from '../experts/commands/draw-experts';
import { proposeDecisionOn } from '../records/commands/propose-decision';
import { decideStartOn } from '../records/commands/decide-start';
import { recordDraftOn } from '../records/commands/record-draft';
import { openConsultationOn } from '../records/commands/open-consultation';
import { closeConsultationOn } from '../records/commands/close-consultation';
import { announceHearingOn } from '../records/steps/commands/announce-hearing';
import { recordHearingOn } from '../records/steps/commands/record-hearing';
import { recordExpertOpinionsOn } from '../records/steps/commands/record-expert-opinions';
import { recordFairCompetitionReviewOn } from '../records/steps/commands/record-fair-competition-review';

export const DEMO_STEPS_DECISION = '示范区集贸市场摊位租金调整方案';

export async function seedDecisionSteps(services: Services, w: Writer, ctx: SeedContext, body: string) {
  const market = ctx.orgIdByName.get('示范区市场监督管理局');
  if (!market) return;
  const today = services.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const y = Number(today.slice(0, 4));
  const { id } = await proposeDecisionOn(
    services,
    w,
    {
      bodyOrgId: body,
      title: DEMO_STEPS_DECISION,
      sponsorOrgId: market,
      applicableSteps: ['hearing', 'expert_review', 'risk_assessment', 'fair_competition_review'],
      outsideCatalogueReason: '集贸市场经营户反映租金上涨过快，区政府年中决定研究调整（演示）',
      proposal: `建议制定${DEMO_STEPS_DECISION}（演示）`,
      proposer: '示范区市场监督管理局',
      proposedOn: ago(70),
    },
    { isDemo: true },
  );
  await decideStartOn(services, w, id, {
    start: true,
    startRecord: `示范区人民政府常务会议纪要〔${ago(65).slice(0, 4)}〕（演示）`,
    decidedOn: ago(65),
  });
  await recordDraftOn(services, w, id, {
    draftText: `${DEMO_STEPS_DECISION}（草案）\n一、调整原则……\n二、租金标准……\n三、过渡安排……`,
    explanation: '起草背景、租金调查情况和主要内容的说明（演示）',
    options: ['统一下调10%', '按摊位类别分档调整'],
    viewsDifferWidely: true,
    recordedOn: ago(50),
  });
  // the hearing is held while the draft is out for comment (第十六条: a form of public participation)
  await openConsultationOn(services, w, id, { opensOn: ago(49), closesOn: ago(12) });
  const participants = ['示范·经营户代表刘某', '示范·消费者代表张某', '示范·市场开办方代表王某'];
  await announceHearingOn(
    services,
    w,
    id,
    {
      hearingOn: ago(20),
      hearingPlace: '示范区政务服务中心三楼听证室（演示）',
      selectionRules: '按经营户、消费者、市场开办方三类公开报名，每类随机遴选一名代表（演示）',
      participants,
      announcedOn: ago(45),
      materialsSentOn: ago(42),
    },
    { isDemo: true },
  );
  await recordHearingOn(services, w, id, {
    heldOn: ago(20),
    recordSummary: '经营户代表主张分档调整，消费者代表关注菜价传导，开办方代表说明运营成本（演示）',
    signedBy: participants,
  });
  await closeConsultationOn(services, w, id, ago(11));
  for (const [name, employer] of [
    ['示范·钱价格', '示范价格研究所'],
    ['示范·孙市场', '示范大学经济学院'],
  ] as const)
    await addExpertOn(
      services,
      w,
      {
        regionCode: ctx.regionCode,
        name,
        field: '市场价格',
        employer,
        termFrom: `${y - 1}-01-01`,
        termTo: `${y + 2}-12-31`,
        conflicts: [],
      },
      { isDemo: true },
    );
  const draw = await drawExpertsOn(
    services,
    w,
    {
      regionCode: ctx.regionCode,
      matter: DEMO_STEPS_DECISION,
      field: '市场价格',
      count: 2,
      interests: [],
      decisionId: id,
    },
    { isDemo: true },
  );
  const drawn = await w.tx
    .selectFrom('decision_expert_draws')
    .select('drawn')
    .where('id', '=', draw.id)
    .executeTakeFirstOrThrow();
  await recordExpertOpinionsOn(services, w, id, {
    opinions: drawn.drawn.map((e, i) => ({
      expertId: e.id,
      expertOpinion: i === 0 ? '分档调整方案更符合成本差异，建议采纳（演示）' : '建议设置一年过渡期，分步到位（演示）',
      signed: true,
    })),
    givenOn: ago(15),
  });
  await recordFairCompetitionReviewOn(services, w, id, {
    reviewingBody: '示范区市场监督管理局（会同承办单位，演示）',
    competitionConclusion: 'complies_after_adjustment',
    competitionExplanation: '初稿对本地户籍经营户给予租金优惠，已删除该差别待遇条款（演示）',
    reviewedOn: ago(10),
  });
}

/** A decision of the demo region whose hearing is announced and not yet held: the portal lists it (第十六条). */
export async function seedAnnouncedHearing(services: Services, w: Writer, ctx: SeedContext, body: string) {
  const market = ctx.orgIdByName.get('示范区市场监督管理局');
  if (!market) return;
  const today = services.clock.today();
  const day = (n: number) => formatIsoDate(parseIsoDate(today) + n);
  const { id } = await proposeDecisionOn(
    services,
    w,
    {
      bodyOrgId: body,
      title: '示范区农贸市场管理服务收费标准调整方案',
      sponsorOrgId: market,
      applicableSteps: ['hearing'],
      outsideCatalogueReason: '农贸市场管理服务收费标准多年未调整，经营户意见分歧较大（演示）',
      proposal: '建议调整示范区农贸市场管理服务收费标准（演示）',
      proposer: '示范区市场监督管理局',
      proposedOn: day(-30),
    },
    { isDemo: true },
  );
  await decideStartOn(services, w, id, {
    start: true,
    startRecord: '示范区人民政府专题会议纪要（演示）',
    decidedOn: day(-25),
  });
  // 20 days ahead, the materials sent today: the latest day (7 days before, rolled back over a holiday) is not past
  await announceHearingOn(
    services,
    w,
    id,
    {
      hearingOn: day(20),
      hearingPlace: '示范区政务服务中心三楼听证室（演示）',
      selectionRules: '经营户、消费者和市场开办方代表各两名，公开报名、随机遴选（演示）',
      participants: ['示范·经营户代表赵某', '示范·经营户代表钱某', '示范·消费者代表孙某', '示范·开办方代表李某'],
      announcedOn: day(-10),
      applicationMethod: '向示范区市场监督管理局价格监督检查科书面报名，注明姓名、所属类别和联系方式（演示）',
      applicationClosesOn: day(-3),
      materialsSentOn: today,
    },
    { isDemo: true },
  );
}
