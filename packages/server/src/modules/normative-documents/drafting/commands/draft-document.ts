// 起草: the drafting unit records the draft — title, type, legal bases, whether it touches rights and duties and
// market activity, the text by article and the drafting explanation. A document may not be issued in the name of an
// internal office (国办发〔2018〕37号: 严禁以部门内设机构名义制发), nor in the name of a body the unit does not draft for.
import { randomUUID } from 'node:crypto';
import { articleHeading } from '@fazhi/core/normative-documents';
import { orgTarget } from '../../../../platform/access/scope';
import { invalid, notFound } from '../../../../platform/errors';
import { authorizeAs } from '../../../../platform/access/policy';
import { unitPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import type { DraftInput } from '../../schemas';
import { auditDocument } from '../../workflow';
import { indexDocument } from '../../catalogue/search-index';

export interface DraftOptions {
  isDemo?: boolean;
  /** the day the draft was recorded (the demo seed records a history); today by default */
  draftedOn?: string;
}

export async function draftDocument(services: Services, ctx: WriteContext, input: DraftInput) {
  return inWriteTransaction(services, ctx, (w) => draftDocumentOn(services, w, input));
}

export async function draftDocumentOn(services: Services, w: Writer, input: DraftInput, opts: DraftOptions = {}) {
  const drafting = await w.tx
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', '=', input.draftingOrgId)
    .executeTakeFirst();
  const target = drafting ? await orgTarget(w.tx, drafting.id) : null;
  if (!drafting || !target) throw notFound('起草单位');
  authorizeAs(services.registry.grants, w.ctx.actor, unitPolicy, 'draft', { target, name: drafting.name });
  const issuerId = input.issuerOrgId ?? drafting.id;
  const issuer = await w.tx
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', '=', issuerId)
    .executeTakeFirst();
  if (!issuer) throw notFound('发文机关');
  if (issuer.kind === 'internal_office')
    throw invalid(
      'ISSUER_INTERNAL_OFFICE',
      `不得以部门内设机构（${issuer.name}）名义制发规范性文件（国办发〔2018〕37号）`,
      [{ path: 'issuerOrgId', message: '发文机关不能是内设机构' }],
    );
  const issuerAllowed =
    issuer.id === drafting.id || (issuer.kind === 'government' && issuer.region_code === drafting.region_code);
  if (!issuerAllowed)
    throw invalid('ISSUER_NOT_ALLOWED', `${drafting.name}只能以本单位或本级人民政府名义起草规范性文件`, [
      { path: 'issuerOrgId', message: '发文机关应为起草单位或本级人民政府' },
    ]);
  if (input.replacesId) {
    const old = await w.tx
      .selectFrom('normative_documents')
      .select('status')
      .where('region_code', '=', drafting.region_code)
      .where('id', '=', input.replacesId)
      .executeTakeFirst();
    if (!old || !['published', 'amendment_pending'].includes(old.status))
      throw invalid('REPLACED_DOCUMENT_INVALID', '被修改的文件不存在或已不再有效', [
        { path: 'replacesId', message: '应为现行有效或待修改的文件' },
      ]);
  }
  const id = randomUUID();
  const regionCode = drafting.region_code;
  await w.tx
    .insertInto('normative_documents')
    .values({
      region_code: regionCode,
      id,
      drafting_org_id: drafting.id,
      issuer_org_id: issuer.id,
      title: input.title,
      kind: input.kind,
      legal_bases: JSON.stringify(input.legalBases),
      affects_rights: input.affectsRights,
      affects_market: input.affectsMarket,
      drafting_explanation: input.draftingExplanation,
      status: 'drafting',
      replaces_id: input.replacesId ?? null,
      is_demo: opts.isDemo ?? false,
      created_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await insertArticles(w, regionCode, id, input.articles);
  await indexDocument(w.tx, regionCode, id);
  await w.tx
    .insertInto('normative_status_history')
    .values({
      region_code: regionCode,
      document_id: id,
      from_status: null,
      to_status: 'drafting',
      act: 'draft',
      acted_on: opts.draftedOn ?? services.clock.today(),
      actor_user_id: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await auditDocument(w, { region_code: regionCode, id, title: input.title }, 'drafted', `由${drafting.name}起草`, {
    issuer: issuer.name,
    kind: input.kind,
    articles: input.articles.length,
  });
  return { id, regionCode };
}

export async function insertArticles(
  w: Writer,
  regionCode: string,
  documentId: string,
  articles: readonly { heading?: string | undefined; body: string }[],
) {
  await w.tx
    .deleteFrom('normative_articles')
    .where('region_code', '=', regionCode)
    .where('document_id', '=', documentId)
    .execute();
  await w.tx
    .insertInto('normative_articles')
    .values(
      articles.map((a, i) => ({
        region_code: regionCode,
        id: randomUUID(),
        document_id: documentId,
        seq: i + 1,
        heading: a.heading ?? articleHeading(i + 1),
        body: a.body,
      })),
    )
    .execute();
}
