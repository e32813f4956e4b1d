// 决策公布 (第三十二条): after the report to the Party committee (第三十一条, the gate names it), the decision is
// published with the explanation of how the public's and the experts' views were adopted and an interpretation;
// its filing with the government one level up is due within the region's period (decision.filing, a local rule:
// seed 002, 30 days), a deadline computed by the calendar engine and kept with its explanation.
import { actDate } from '../../../../platform/act-date';
import { setDeadline } from '../../../../platform/deadlines';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { decisionLink } from '../links';
import { DECISION_SUBJECT, decisionForAct, recordDecisionAct } from '../workflow';

export interface PublishDecisionInput {
  publishedOn?: string | undefined;
  publishedText: string;
  adoptionExplanation: string;
  interpretation: string;
}

export async function publishDecision(services: Services, ctx: WriteContext, id: string, input: PublishDecisionInput) {
  return inWriteTransaction(services, ctx, (w) => publishDecisionOn(services, w, id, input));
}

export async function publishDecisionOn(services: Services, w: Writer, id: string, input: PublishDecisionInput) {
  const { row } = await decisionForAct(services, w, id, 'publish');
  const publishedOn = actDate(services, input.publishedOn, 'publishedOn', '公布日期');
  await w.tx
    .updateTable('decision_records')
    .set({
      published_on: publishedOn,
      published_text: input.publishedText,
      adoption_explanation: input.adoptionExplanation,
      interpretation: input.interpretation,
    })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  const filing = await setDeadline(w, {
    regionCode: row.region_code,
    subjectType: DECISION_SUBJECT,
    subjectId: id,
    kind: 'filing',
    label: '报送上一级人民政府备案',
    subjectTitle: `“${row.title}”`,
    link: decisionLink(id),
    ruleId: 'decision.filing',
    from: publishedOn,
    responsibleOrgId: row.body_org_id,
  });
  await recordDecisionAct(w, row, {
    act: 'published',
    on: publishedOn,
    status: 'published',
    summary: `公布决策，附公众和专家意见采纳情况说明及政策解读；应于${filing.due}前报送备案`,
    changes: { publishedOn, filingDue: filing.due, basis: filing.basis },
  });
}
