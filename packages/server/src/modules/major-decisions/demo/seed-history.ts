// Two years of the demo region's decisions before the demo day (labelled demo), so that the statistics show real
// figures over two years and every state the procedure has so far is there: decided not to start, not adopted at
// the meeting, adopted and waiting for the report to the Party committee and the publication (the leader's work),
// published and filed on time, published and filed late, and a catalogue item of last year waiting after its
// consultation for its expert review and risk assessment (第十九条、第二十二条). Built through the same commands as
// the API on the seed's transaction, dated back from today by the shortest lawful periods (30 days of comment,
// 7 working days of review, 30 days to file), so the demo never depends on the day it runs.
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
import { fileDecisionOn } from '../records/commands/file-decision';

type Outcome = 'not_started' | 'consultation' | 'not_adopted' | 'decided' | 'filed_on_time' | 'filed_late';

interface HistoryDecision {
  title: string;
  sponsor: string;
  /** the day the body decided to start it, in days before today */
  startedAgo: number;
  outcome: Outcome;
  /** the title of last year's catalogue item it comes from (else outside the catalogue, with a reason) */
  item?: string;
}

const history: HistoryDecision[] = [
  { title: '示范区夜间经济发展扶持措施', sponsor: '示范区发展和改革委员会', startedAgo: 690, outcome: 'not_started' },
  {
    title: '示范区城区道路停车泊位设置规划',
    sponsor: '示范区住房和城乡建设局',
    startedAgo: 640,
    outcome: 'filed_on_time',
  },
  { title: '示范区中小学校舍维修改造计划', sponsor: '示范区教育局', startedAgo: 560, outcome: 'filed_late' },
  { title: '示范区农村人居环境整治提升方案', sponsor: '示范区农牧水利局', startedAgo: 420, outcome: 'filed_on_time' },
  {
    title: '示范区城区集中供热价格调整方案',
    sponsor: '示范区发展和改革委员会',
    startedAgo: 330,
    outcome: 'not_adopted',
  },
  {
    title: '示范区城镇老旧小区改造三年行动计划',
    sponsor: '示范区住房和城乡建设局',
    startedAgo: 0, // started on 1 September of last year, after the catalogue's adjustment in July
    outcome: 'consultation',
    item: '示范区城镇老旧小区改造三年行动计划',
  },
  { title: '示范区公共文化设施免费开放实施方案', sponsor: '示范区教育局', startedAgo: 140, outcome: 'decided' },
];

const after: Record<Outcome, number> = {
  not_started: 0,
  consultation: 1,
  not_adopted: 2,
  decided: 3,
  filed_on_time: 4,
  filed_late: 4,
};

export async function seedDecisionHistory(services: Services, w: Writer, ctx: SeedContext, body: string) {
  const today = services.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  for (const d of history) {
    const sponsor = ctx.orgIdByName.get(d.sponsor);
    if (!sponsor) continue;
    const s = d.item ? parseIsoDate(today) - parseIsoDate(`${Number(today.slice(0, 4)) - 1}-09-01`) : d.startedAgo;
    const reached = (o: Outcome) => after[d.outcome] >= after[o];
    const item = d.item
      ? await w.tx
          .selectFrom('decision_catalogue_items as i')
          .innerJoin('decision_catalogues as c', (j) =>
            j.onRef('c.region_code', '=', 'i.region_code').onRef('c.id', '=', 'i.catalogue_id'),
          )
          .select('i.id')
          .where('c.body_org_id', '=', body)
          .where('c.status', '=', 'published')
          .where('i.title', '=', d.item)
          .executeTakeFirst()
      : undefined;
    const source = item
      ? { catalogueItemId: item.id }
      : {
          title: d.title,
          sponsorOrgId: sponsor,
          applicableSteps: [],
          outsideCatalogueReason: '区政府年中交办的重点工作，未列入年初目录（演示）',
        };
    const { id } = await proposeDecisionOn(
      services,
      w,
      {
        bodyOrgId: body,
        ...source,
        proposal: `建议制定${d.title}（演示）`,
        proposer: d.sponsor,
        proposedOn: ago(s + 10),
      },
      { isDemo: true },
    );
    const meeting = `示范区人民政府常务会议纪要〔${ago(s).slice(0, 4)}〕（演示）`;
    await decideStartOn(services, w, id, {
      start: d.outcome !== 'not_started',
      startRecord: meeting,
      decidedOn: ago(s),
    });
    if (d.outcome === 'not_started') continue;
    await recordDraftOn(services, w, id, {
      draftText: `${d.title}（草案）\n一、目的和依据……\n二、主要内容……\n三、保障措施……`,
      explanation: '起草背景、调研论证情况和主要内容的说明（演示）',
      options: [],
      viewsDifferWidely: false,
      recordedOn: ago(s - 15),
    });
    await openConsultationOn(services, w, id, { opensOn: ago(s - 20), closesOn: ago(s - 55) });
    await closeConsultationOn(services, w, id, ago(s - 56));
    if (!reached('not_adopted')) continue;
    await submitForLegalityReviewOn(services, w, id, {
      submittedOn: ago(s - 58),
      basis: '《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》等（演示）',
      procedureStatement: '已公开征求意见35日（演示）',
    });
    await recordLegalityReviewOn(services, w, id, {
      checklist: ['authority', 'procedure', 'substance'].map((c) => ({ item: c, finding: 'ok' as const })),
      opinion: '该决策事项属于区人民政府法定权限，已履行公众参与程序，内容合法（演示）',
      result: 'passed',
      counsel: [{ name: '示范·孙顾问', role: 'legal_adviser' }],
      concludedOn: ago(s - 75),
    });
    const adopted = d.outcome !== 'not_adopted';
    await recordDiscussionOn(services, w, id, {
      meetingKind: 'executive',
      meetingName: '示范区人民政府常务会议（演示）',
      meetingOn: ago(s - 80),
      attendees: ['示范·副区长甲', '示范·副区长乙', '示范·区长'],
      speeches: [
        { name: '示范·副区长甲', isHead: false, view: 'agree', opinion: '同意（演示）' },
        { name: '示范·副区长乙', isHead: false, view: adopted ? 'agree' : 'disagree', opinion: '（演示）' },
        { name: '示范·区长', isHead: true, view: adopted ? 'agree' : 'disagree', opinion: '（演示）' },
      ],
      decision: adopted ? 'adopted' : 'not_adopted',
    });
    if (!reached('filed_on_time')) continue;
    await reportToPartyOn(services, w, id, { reportedOn: ago(s - 83), reportRecord: '关于该决策的请示（演示）' });
    await publishDecisionOn(services, w, id, {
      publishedOn: ago(s - 88),
      publishedText: `${d.title}（演示）`,
      adoptionExplanation: '征求意见期间收到的意见已研究处理（演示）',
      interpretation: '一、出台背景；二、主要内容（演示）',
    });
    // 30 days to file (decision.filing): on time ten days after publication, late forty-five days after
    const late = d.outcome === 'filed_late';
    await fileDecisionOn(services, w, id, {
      filedOn: ago(s - 88 - (late ? 45 : 10)),
      filingRecord: '关于报送重大行政决策备案的报告（演示）',
    });
  }
}
