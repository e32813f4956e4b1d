// 编制决策事项目录 (第三条第三款): the decision body's office opens the year's catalogue as version 1. A body keeps
// one catalogue a year; a change to a published one is an adjustment (adjust-catalogue.ts).
import { randomUUID } from 'node:crypto';
import { authorizeAs } from '../../../../platform/access/policy';
import { orgTarget } from '../../../../platform/access/scope';
import { conflict, notFound } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { CATALOGUE_SUBJECT } from '../../catalogue';
import { cataloguePolicy } from '../../policy';
import { decisionBody } from '../../support';

export interface DraftCatalogueInput {
  bodyOrgId: string;
  year: number;
}

export async function draftCatalogue(services: Services, ctx: WriteContext, input: DraftCatalogueInput) {
  return inWriteTransaction(services, ctx, (w) => draftCatalogueOn(services, w, input));
}

export async function draftCatalogueOn(
  services: Services,
  w: Writer,
  input: DraftCatalogueInput,
  opts: { isDemo?: boolean } = {},
) {
  const target = await orgTarget(w.tx, input.bodyOrgId);
  if (!target) throw notFound('决策机关');
  const body = await decisionBody(w.tx, input.bodyOrgId);
  authorizeAs(services.registry.grants, w.ctx.actor, cataloguePolicy, 'editItems', {
    ...target,
    bodyName: body.name,
    year: input.year,
  });
  const existing = await w.tx
    .selectFrom('decision_catalogues')
    .select('id')
    .where('body_org_id', '=', body.id)
    .where('year', '=', input.year)
    .executeTakeFirst();
  if (existing)
    throw conflict(
      'CATALOGUE_EXISTS',
      `${body.name}${input.year}年决策事项目录已编制；已公布的目录需要变更的，请办理目录调整`,
    );
  const id = randomUUID();
  await w.tx
    .insertInto('decision_catalogues')
    .values({
      region_code: body.region_code,
      id,
      body_org_id: body.id,
      year: input.year,
      version_no: 1,
      status: 'draft',
      adjustment_reason: null,
      party_consent_on: null,
      party_consent_record: null,
      published_on: null,
      created_by: w.ctx.actor?.userId ?? null,
      consent_recorded_by: null,
      published_by: null,
      is_demo: opts.isDemo ?? false,
    })
    .execute();
  await w.audit({
    regionCode: body.region_code,
    action: 'decision_catalogue.drafted',
    subjectType: CATALOGUE_SUBJECT,
    subjectId: id,
    summary: `编制${body.name}${input.year}年重大行政决策事项目录`,
    changes: { bodyOrgId: body.id, year: input.year },
  });
  return { id };
}
