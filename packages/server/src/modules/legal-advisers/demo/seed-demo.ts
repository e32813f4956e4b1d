// The demo region's advisers and legality reviews (labelled 演示 in every name, is_demo on every record), written
// through the same acts as the API on the seed's transaction so they carry the same audit events and the statistics
// show real figures: the government's adviser and the justice bureau's 公职律师, an adviser at some departments (one
// contract lapsing within the warning, one lapsed), each township's and three of its villages or communities
// (seed 004); last year's 67 engagements (seed 004: 67件次) and this year's to date; two years of contracts, meeting
// topics and documents reviewed on the shared desk, the opinions counted, the revisions made, and the meetings that
// put the passed topics on their agendas. Dates run back from the platform clock.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import {
  contractKinds,
  engagementKinds,
  reviewChecklists,
  type AdviserLevel,
  type ReviewMatterKind,
} from '@fazhi/core/legal-advisers';
import type { ReviewResult } from '@fazhi/core/participation';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn, type Writer } from '../../../platform/write';
import { recordEngagementOn } from '../advisers/commands/record-engagement';
import { registerAdviserOn } from '../advisers/commands/register-adviser';
import { recordMeetingOn } from '../meetings/meetings';
import { recordMatterReviewOn } from '../reviews/commands/record-review';
import { reviseMatterOn } from '../reviews/commands/revise-matter';
import { sendMatterOn } from '../reviews/commands/send-matter';

const addDays = (day: string, n: number) => formatIsoDate(parseIsoDate(day) + n);
const demo = { isDemo: true };

const places: { unit: string; level: AdviserLevel; villages?: string[] }[] = [
  { unit: '示范区人民政府', level: 'government' },
  { unit: '示范区发展和改革委员会', level: 'department' },
  { unit: '示范区自然资源分局', level: 'department' },
  { unit: '示范区东河街道办事处', level: 'township', villages: ['东河社区', '河畔社区', '新华社区'] },
  { unit: '示范区西山街道办事处', level: 'township', villages: ['西山社区', '翠屏社区', '青松社区'] },
  { unit: '示范区南湖镇人民政府', level: 'township', villages: ['南湖村', '柳林村', '荷塘村'] },
  { unit: '示范区北坡乡人民政府', level: 'township', villages: ['北坡村', '杏花村', '石桥村'] },
];

async function seedAdvisers(services: Services, w: Writer, ctx: SeedContext, today: string) {
  const year = Number(today.slice(0, 4));
  // a three-year engagement from the start of last year: in force through both demo years
  const term = { contractFrom: `${year - 1}-01-01`, contractUntil: `${year + 1}-12-31` };
  const ids: string[] = [];
  let n = 0;
  const external = async (unitId: string, level: AdviserLevel, communityName?: string, own = term) => {
    n += 1;
    const { id } = await registerAdviserOn(
      services,
      w,
      {
        adviserUnitId: unitId,
        adviserLevel: level,
        ...(communityName ? { communityName: `${communityName}（演示）` } : {}),
        adviserKind: 'legal_adviser',
        adviserName: `示范·法律顾问${n}号（演示）`,
        lawFirm: `示范${['正义', '明德', '公信'][n % 3]}律师事务所（演示）`,
        lawyerLicenceNumber: `11599201${String(10000000 + n * 7919).slice(-8)}${n % 10}`,
        ...own,
        contractFeeYuan: level === 'village' || level === 'community' ? 6000 : level === 'township' ? 20000 : 60000,
        serviceScope: '（演示）重大行政决策、合同审查、信访和诉讼案件的法律意见',
      },
      demo,
    );
    ids.push(id);
  };
  for (const p of places) {
    const unitId = ctx.orgIdByName.get(p.unit);
    if (!unitId) continue;
    await external(unitId, p.level);
    for (const v of p.villages ?? []) await external(unitId, p.unit.includes('街道') ? 'community' : 'village', v);
  }
  // one contract lapsing within the warning, one already lapsed (the registry warns of both)
  const market = ctx.orgIdByName.get('示范区市场监督管理局');
  if (market)
    await external(market, 'department', undefined, {
      contractFrom: addDays(today, -340),
      contractUntil: addDays(today, 20),
    });
  const finance = ctx.orgIdByName.get('示范区财政局');
  if (finance)
    await external(finance, 'department', undefined, {
      contractFrom: addDays(today, -800),
      contractUntil: addDays(today, -70),
    });
  const bureau = ctx.orgIdByName.get('示范区司法局');
  if (bureau) {
    const { id } = await registerAdviserOn(
      services,
      w,
      {
        adviserUnitId: bureau,
        adviserLevel: 'department',
        adviserKind: 'public_lawyer',
        adviserName: '示范·公职律师（演示）',
        lawFirm: '示范区司法局（演示）',
        publicLawyerCertificate: '演示-GZLS-0001',
      },
      demo,
    );
    ids.push(id);
  }
  return ids;
}

/** Last year's 67 engagements (seed 004) and this year's to date at the same pace, spread over the days. */
async function seedEngagements(w: Writer, advisers: string[], today: string) {
  const year = Number(today.slice(0, 4));
  const lastYearStart = parseIsoDate(`${year - 1}-01-01`);
  const thisYearStart = parseIsoDate(`${year}-01-01`);
  const days = [
    ...Array.from({ length: 67 }, (_, i) => formatIsoDate(lastYearStart + Math.floor((i * 365) / 67) + 3)),
    ...Array.from({ length: Math.floor((67 * (parseIsoDate(today) - thisYearStart)) / 365) }, (_, i) =>
      formatIsoDate(thisYearStart + Math.floor((i * 365) / 67) + 3),
    ),
  ].filter((d) => d < today);
  const matters = [
    '征收补偿协议',
    '信访事项答复',
    '行政应诉答辩',
    '融资合同',
    '规范性文件草案',
    '专题会议',
    '企业纠纷',
  ];
  for (const [i, day] of days.entries()) {
    const kind = engagementKinds[(i * 3) % engagementKinds.length]!;
    await recordEngagementOn(
      w,
      advisers[i % advisers.length]!,
      {
        kind,
        matter: `（演示）${matters[i % matters.length]}第${i + 1}号`,
        engagedOn: day,
        opinion: '（演示）经审查，提出依法处理的法律意见和建议，已签署。',
        signedOn: day,
      },
      demo,
    );
  }
}

const topics = ['老旧小区改造实施方案', '农贸市场提升改造', '城区停车设施建设', '公共文化服务补助办法'];

/** Two years of matters reviewed, about every three weeks: contracts mostly, meeting topics, some documents. */
async function seedReviews(services: Services, w: Writer, ctx: SeedContext, today: string, counsel: string) {
  const senders = ['示范区发展和改革委员会', '示范区商务局', '示范区自然资源分局', '示范区住房和城乡建设局']
    .map((name) => ctx.orgIdByName.get(name))
    .filter((id): id is string => !!id);
  const government = ctx.orgIdByName.get('示范区人民政府');
  if (senders.length === 0 || !government) return;
  const passedTopics: { id: string; on: string }[] = [];
  for (let i = 0; i < 32; i++) {
    const kind: ReviewMatterKind = i % 8 < 5 ? 'contract' : i % 8 < 7 ? 'meeting_topic' : 'document';
    // from two years back to some seven weeks ago (the last reviews concluded well before today)
    const sentOn = addDays(today, -720 + i * 21);
    const concludedOn = addDays(sentOn, 12);
    const unit = kind === 'meeting_topic' ? government : senders[i % senders.length]!;
    const title =
      kind === 'contract'
        ? `（演示）${['产业园区招商引资协议', '国有土地使用权出让合同', '污水处理PPP项目合同', '政府采购服务合同', '房屋征收补偿协议'][i % 5]}第${i + 1}号`
        : kind === 'meeting_topic'
          ? `（演示）关于${topics[i % topics.length]}的议题第${i + 1}号`
          : `（演示）行政执法公示工作通知第${i + 1}号`;
    const { id } = await sendMatterOn(
      services,
      w,
      {
        reviewKind: kind,
        ...(kind === 'contract'
          ? { contractKind: contractKinds[i % contractKinds.length]!, counterparty: `示范第${i + 1}号有限公司（演示）` }
          : {}),
        sendingUnitId: unit,
        matterTitle: title,
        ...(kind === 'contract' ? { amountYuan: 1_000_000 * ((i % 7) + 1) } : {}),
        matterText: '（演示）送审文本全文。',
        annexDescription: '（演示）附件：可行性研究报告、资金来源说明',
        ownReview: '（演示）经本单位法制机构审查，主体适格、程序完备。',
        submittedOn: sentOn,
      },
      demo,
    );
    const result: ReviewResult = i % 5 === 1 ? 'passed_with_changes' : i % 11 === 4 ? 'failed' : 'passed';
    await recordMatterReviewOn(
      services,
      w,
      id,
      {
        checklist: Object.keys(reviewChecklists[kind]).map((item) => ({ item, finding: 'ok' as const })),
        opinion: '（演示）经审查，提出修改意见如下：一、明确违约责任；二、完善争议解决条款。',
        result,
        counsel: i % 2 === 0 ? [{ name: '', role: 'legal_adviser', adviserId: counsel }] : [],
        opinionCount: (i % 9) + 2,
        concludedOn,
      },
      demo,
    );
    if (result === 'passed_with_changes')
      await reviseMatterOn(services, w, id, {
        matterText: '（演示）按审查意见修改后的文本。',
        revisionNote: '（演示）已按审查意见逐条修改。',
        revisedOn: addDays(concludedOn, 3),
      });
    if (kind === 'meeting_topic' && result !== 'failed') passedTopics.push({ id, on: addDays(concludedOn, 7) });
  }
  for (const [n, t] of passedTopics.entries())
    await recordMeetingOn(
      services,
      w,
      {
        meetingUnitId: government,
        meetingTitle: `示范区人民政府第${n + 1}次常务会议（演示）`,
        meetingOn: t.on,
        topicMatterIds: [t.id],
      },
      demo,
    );
}

export async function seedLegalAdvisersDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const advisers = await seedAdvisers(services, w, ctx, today);
  if (advisers.length === 0) return;
  await seedEngagements(w, advisers, today);
  await seedReviews(services, w, ctx, today, advisers[0]!);
}
