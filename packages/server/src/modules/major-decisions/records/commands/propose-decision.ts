// 提出决策建议 (第十条、第十一条): the decision body's office records a proposal — an item of the body's published
// catalogue (its title, 承办单位 and applicable steps taken from the item), or a matter outside the catalogue with
// its 承办单位, the steps that apply and the reason it was not listed (第三条第三款). The body then decides whether
// to start it (decide-start.ts).
import { randomUUID } from 'node:crypto';
import { optionalSteps, startProblem } from '@fazhi/core/major-decisions';
import { authorizeAs } from '../../../../platform/access/policy';
import { orgTarget } from '../../../../platform/access/scope';
import { actDate } from '../../../../platform/act-date';
import { invalid, notFound, type FieldError } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { decisionRecordPolicy } from '../../policy';
import { decisionBody, sponsorIn } from '../../support';
import type { ProposeDecisionBody } from '../schemas';
import { recordDecisionAct } from '../workflow';

export async function proposeDecision(services: Services, ctx: WriteContext, input: ProposeDecisionBody) {
  return inWriteTransaction(services, ctx, (w) => proposeDecisionOn(services, w, input));
}

/** The published catalogue item of the body, with what the decision takes from it. */
async function publishedItem(w: Writer, bodyOrgId: string, itemId: string) {
  const item = await w.tx
    .selectFrom('decision_catalogue_items as i')
    .innerJoin('decision_catalogues as c', (j) =>
      j.onRef('c.region_code', '=', 'i.region_code').onRef('c.id', '=', 'i.catalogue_id'),
    )
    .select(['i.id', 'i.title', 'i.sponsor_org_id', 'i.hearing', 'i.expert_review', 'i.risk_assessment'])
    .select(['i.fair_competition_review', 'c.year'])
    .where('i.id', '=', itemId)
    .where('c.body_org_id', '=', bodyOrgId)
    .where('c.status', '=', 'published')
    .executeTakeFirst();
  if (!item)
    throw invalid('CATALOGUE_ITEM_NOT_PUBLISHED', '所选事项不在该决策机关现行公布的决策事项目录中', [
      { path: 'catalogueItemId', message: '请选择现行目录中的事项' },
    ]);
  return item;
}

export async function proposeDecisionOn(
  services: Services,
  w: Writer,
  input: ProposeDecisionBody,
  opts: {
    isDemo?: boolean;
    /**
     * 第三十七条: the changed decision of a major adjustment is started by the body's own adjustment, which its
     * policy (`adjust`, the body's leaders and office) has already allowed; the office's `decideStart` does not
     * decide it a second time.
     */
    startedByAdjustment?: boolean;
  } = {},
) {
  const body = await decisionBody(w.tx, input.bodyOrgId);
  const item = input.catalogueItemId ? await publishedItem(w, body.id, input.catalogueItemId) : null;
  if (!item) {
    // every problem of the form at once
    const fields: FieldError[] = [];
    if (!input.title?.trim()) fields.push({ path: 'title', message: '请填写决策事项名称' });
    if (!input.sponsorOrgId) fields.push({ path: 'sponsorOrgId', message: '请选择承办单位' });
    const reason = startProblem({ outsideReason: input.outsideCatalogueReason });
    if (reason) fields.push({ path: 'outsideCatalogueReason', message: '请说明未列入决策事项目录的理由' });
    if (fields.length) throw invalid('OUTSIDE_CATALOGUE_INCOMPLETE', reason ?? fields[0]!.message, fields);
  }
  const sponsorId = item?.sponsor_org_id ?? (await sponsorIn(w.tx, body.region_code, input.sponsorOrgId!)).id;
  const [bodyTarget, sponsorTarget] = [await orgTarget(w.tx, body.id), await orgTarget(w.tx, sponsorId)];
  if (!bodyTarget || !sponsorTarget) throw notFound('决策机关');
  const title = item?.title ?? input.title!.trim();
  if (!opts.startedByAdjustment)
    authorizeAs(services.registry.grants, w.ctx.actor, decisionRecordPolicy, 'decideStart', {
      title,
      body: bodyTarget,
      sponsor: sponsorTarget,
      reviewer: null,
    });
  const proposedOn = actDate(services, input.proposedOn, 'proposedOn', '提出日期');
  const steps = new Set(input.applicableSteps ?? []);
  const flags = Object.fromEntries(optionalSteps.map((s) => [s, item ? item[s] : steps.has(s)])) as Record<
    (typeof optionalSteps)[number],
    boolean
  >;
  const id = randomUUID();
  const row = { region_code: body.region_code, id, title, status: 'proposed' as const };
  await w.tx
    .insertInto('decision_records')
    .values({
      ...row,
      body_org_id: body.id,
      sponsor_org_id: sponsorId,
      catalogue_item_id: item?.id ?? null,
      outside_catalogue_reason: item ? null : input.outsideCatalogueReason!.trim(),
      proposal: input.proposal,
      proposer: input.proposer,
      proposed_on: proposedOn,
      ...flags,
      start_decided_on: null,
      start_record: null,
      draft_text: null,
      draft_explanation: null,
      single_option_reason: null,
      draft_recorded_on: null,
      legality: null,
      is_demo: opts.isDemo ?? false,
      created_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await recordDecisionAct(w, row, {
    act: 'proposed',
    on: proposedOn,
    status: 'proposed',
    summary: item
      ? `提出决策建议（${body.name}${item.year}年决策事项目录所列事项，建议人：${input.proposer}）`
      : `提出决策建议（未列入决策事项目录，理由：${input.outsideCatalogueReason!.trim()}；建议人：${input.proposer}）`,
    changes: { bodyOrgId: body.id, sponsorOrgId: sponsorId, catalogueItemId: item?.id ?? null, ...flags },
  });
  return { id };
}
