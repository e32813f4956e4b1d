// The demo decision out for public comment (意见征集 on the portal): the district government's own draft, drafted by
// its office (demo.office), whose comment period opened ten days before the seed's today and runs 45 days — so on
// whatever day the demo is seeded the period is running and the portal lists it —, with two demo comments from the
// public waiting for the office's moderation on the shared comment desk.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { submitSubjectCommentOn } from '../../../platform/participation/consultation-commands';
import type { Services } from '../../../platform/services';
import type { Writer } from '../../../platform/write';
import { proposeDecisionOn } from '../records/commands/propose-decision';
import { decideStartOn } from '../records/commands/decide-start';
import { recordDraftOn } from '../records/commands/record-draft';
import { openConsultationOn } from '../records/commands/open-consultation';
import { DECISION_SUBJECT } from '../records/workflow';

export const DEMO_CONSULTATION_TITLE = '示范区城区停车泊位设置和收费管理方案';

export async function seedDecisionConsultation(services: Services, w: Writer, body: string) {
  const today = services.clock.today();
  const day = (n: number) => formatIsoDate(parseIsoDate(today) + n);
  const { id } = await proposeDecisionOn(
    services,
    w,
    {
      bodyOrgId: body,
      title: DEMO_CONSULTATION_TITLE,
      sponsorOrgId: body,
      applicableSteps: [],
      outsideCatalogueReason: '城区停车矛盾突出，区政府年中决定研究制定方案，未在年初目录中（演示）',
      proposal: `建议制定${DEMO_CONSULTATION_TITLE}（演示）`,
      proposer: '示范区人民政府办公室',
      proposedOn: day(-40),
    },
    { isDemo: true },
  );
  await decideStartOn(services, w, id, {
    start: true,
    startRecord: `示范区人民政府常务会议纪要〔${day(-35).slice(0, 4)}〕（演示）`,
    decidedOn: day(-35),
  });
  await recordDraftOn(services, w, id, {
    draftText: `${DEMO_CONSULTATION_TITLE}（征求意见稿）\n一、设置原则。城区道路停车泊位按照“严格控制、动态调整”的原则设置，不得影响道路通行和消防安全。\n二、收费标准。城区核心区域实行差别化收费，首30分钟免费，夜间时段减半收取。\n三、优惠措施。新能源汽车、残疾人专用车辆按规定享受优惠。\n四、管理和监督。区城市管理部门负责泊位设置和日常管理，收费标准向社会公示。（演示）`,
    explanation:
      '城区停车泊位供需矛盾突出，现行收费标准制定于十年前，需要统筹调整；本方案在调研和听取部门意见的基础上起草（演示）',
    options: [],
    viewsDifferWidely: false,
    recordedOn: day(-20),
  });
  // 第十五条: not less than 30 days; 45 here, well past any holiday the calendar engine rolls the shortest close to
  await openConsultationOn(services, w, id, { opensOn: day(-10), closesOn: day(35) });
  const comments = [
    '建议在医院、学校周边增设临时停车泊位，并适当延长免费时段。（演示）',
    '夜间减半收费很好，建议同时明确居民小区周边道路夜间停车的办理方式。（演示）',
  ];
  for (const [i, body] of comments.entries())
    await submitSubjectCommentOn(
      services,
      w,
      DECISION_SUBJECT,
      id,
      { body, name: i === 0 ? '示范·市民甲（演示）' : undefined },
      { isDemo: true, on: day(-5 + i) },
    );
  return id;
}
