// 责任追究 (第三十八条至第四十一条): at any stage of a decision the body records who was held to account, under
// which article, the facts found, the handling body, its handling and the day.
import { randomUUID } from 'node:crypto';
import { accountabilityArticleLabels } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { recordDecisionAct } from '../../records/workflow';
import type { AccountabilityBody } from '../schemas';
import { decisionForAfterAct } from '../workflow';

export async function recordAccountability(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: AccountabilityBody,
) {
  return inWriteTransaction(services, ctx, (w) => recordAccountabilityOn(services, w, id, input));
}

export async function recordAccountabilityOn(services: Services, w: Writer, id: string, input: AccountabilityBody) {
  const { row } = await decisionForAfterAct(services, w, id, 'recordAccountability');
  const decidedOn = actDate(services, input.decidedOn, 'decidedOn');
  await w.tx
    .insertInto('decision_accountability')
    .values({
      region_code: row.region_code,
      id: randomUUID(),
      decision_id: id,
      person: input.person,
      article: input.article,
      finding: input.accountabilityFinding,
      handling_body: input.handlingBody,
      handling: input.handling,
      decided_on: decidedOn,
    })
    .execute();
  await recordDecisionAct(w, row, {
    act: 'accountability_recorded',
    on: decidedOn,
    status: row.status,
    summary: `${input.handlingBody}对${input.person}追究责任：${input.handling}（${accountabilityArticleLabels[input.article]}）`,
    changes: { person: input.person, article: input.article, handlingBody: input.handlingBody },
  });
}
