// 第七十九条第一款 and 《法治政府建设实施纲要（2021－2025年）》(二十二) 全面落实行政复议决定书网上公开制度: the decision
// goes on the portal, personal data redacted when read (core reconsideration `redactDecisionText`).
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { conflict } from '../../../../platform/errors';
import { caseForAct, recordCaseAct } from '../../workflow';

export async function publishDecision(services: Services, ctx: WriteContext, id: string) {
  return inWriteTransaction(services, ctx, (w) => publishDecisionOn(services, w, id));
}

/** `on`: the day of publication, today unless the demo seed dates its history back */
export async function publishDecisionOn(services: Services, w: Writer, id: string, on = services.clock.today()) {
  const { row } = await caseForAct(services, w, id, 'publish');
  if (row.published_on) throw conflict('DECISION_ALREADY_PUBLISHED', `行政复议决定书已于 ${row.published_on} 公开`);
  await w.tx
    .updateTable('reconsideration_cases')
    .set({ published_on: on })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  await recordCaseAct(w, row, {
    act: 'published',
    on,
    status: row.status,
    summary: '在门户网站公开行政复议决定书（已隐去个人信息）',
    changes: { publishedOn: on },
  });
}
