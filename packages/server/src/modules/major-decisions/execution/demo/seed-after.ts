// The demo region's decisions after publication (labelled demo), each published 45 days ago by the demo seed and
// filed on time: one in execution whose first progress report is due from the market regulation bureau (on
// demo.legal's workbench; the journey reports it and archives the decision), one post-evaluated after the public's
// objections, and one archived with its case file and manifest. Built through the acts' own commands on the seed's
// transaction, so they carry the same history rows, deadlines and audit events.
import type { Services } from '../../../../platform/services';
import type { Writer } from '../../../../platform/write';
import { fileDecisionOn } from '../../records/commands/file-decision';
import { archiveDecisionOn } from '../../archive/commands/archive-decision';
import { assignImplementationOn } from '../commands/assign-implementation';
import { evaluateDecisionOn } from '../commands/evaluate-decision';
import { reportProgressOn } from '../commands/report-progress';

export type DemoAfter = 'executing' | 'evaluated' | 'archived';

export async function seedDecisionAfter(
  services: Services,
  w: Writer,
  id: string,
  after: DemoAfter,
  c: { market: string; ago: (n: number) => string },
) {
  await fileDecisionOn(services, w, id, { filedOn: c.ago(30), filingRecord: '示范政报〔演示〕3号' });
  await assignImplementationOn(services, w, id, {
    units: [{ orgId: c.market, lead: true }],
    assignedOn: c.ago(44),
    assignmentRecord: '示范区人民政府常务会议纪要（演示）',
  });
  if (after === 'executing') return;
  await reportProgressOn(services, w, id, {
    implementerOrgId: c.market,
    reportedOn: c.ago(15),
    progress: '已完成首批任务，正在推进第二阶段工作（演示）',
    ...(after === 'evaluated'
      ? { problem: 'problem_found' as const, problemDetail: '部分经营者反映过渡期偏短，建议开展评估（演示）' }
      : {}),
  });
  if (after === 'evaluated')
    await evaluateDecisionOn(services, w, id, {
      trigger: 'many_objections',
      triggerDetail: '实施以来收到经营者和居民意见较多（演示）',
      evaluatorName: '示范区社会科学研究所（演示）',
      participants: '区人大代表2名、区政协委员1名、经营者和居民代表8名（演示）',
      evaluationReport: '决策总体达到预期效果，过渡期安排需在执行中予以说明（演示）',
      conclusion: 'continue',
      evaluatedOn: c.ago(5),
    });
  else await archiveDecisionOn(services, w, id, { archivedOn: c.ago(1) });
}
