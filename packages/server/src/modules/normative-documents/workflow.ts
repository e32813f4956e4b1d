// The document's workflow on the server: load a document in scope for a write (locked), check that the act is
// allowed from its status and that the earlier steps are done (core's guards), and move it with a status-history
// row. Every transition goes through `moveTo`, so the history is complete.
import type { ScopeTarget } from '@fazhi/core/access';
import {
  describeMissingSteps,
  documentActLabels,
  documentStatusLabels,
  mayPerformAct,
  missingSteps,
  procedureStepLabels,
  type DocumentAct,
  type DocumentStatus,
  type GatedAct,
} from '@fazhi/core/normative-documents';
import type { Selectable, Updateable } from 'kysely';
import { authorize, policyContext } from '../../platform/access/policy';
import { scopeFilter } from '../../platform/access/scope';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Services } from '../../platform/services';
import type { Writer } from '../../platform/write';
import { documentPolicy, type DocumentAction, type DocumentRecord } from './policy';
import type { NormativeDocumentTable } from './tables';
import { indexDocument } from './catalogue/search-index';
import type { NormativeAuditAction } from './catalogue';

export type DocumentRow = Selectable<NormativeDocumentTable>;
export interface LoadedDocument {
  row: DocumentRow;
  record: DocumentRecord;
}

/** Finds a document the actor may read (a null actor is the system: no scope). Locks it when `forUpdate`. */
export async function loadDocument(
  services: Services,
  db: Writer['tx'] | Services['db'],
  actor: Writer['ctx']['actor'],
  id: string,
  forUpdate = false,
): Promise<LoadedDocument | null> {
  let q = db
    .selectFrom('normative_documents as d')
    .innerJoin('orgs as o', 'o.id', 'd.drafting_org_id')
    .innerJoin('regions as r', 'r.code', 'o.region_code')
    .selectAll('d')
    .select(['o.path as org_path', 'r.path as region_path'])
    .where('d.id', '=', id);
  if (actor) q = q.where(scopeFilter(services.registry.grants, actor, 'normative.read', 'd.drafting_org_id'));
  if (forUpdate) q = q.forUpdate('d');
  const found = await q.executeTakeFirst();
  if (!found) return null;
  const { org_path, region_path, ...row } = found;
  const target: ScopeTarget = { orgId: row.drafting_org_id, orgPath: org_path, regionPath: region_path };
  const correction = await db
    .selectFrom('normative_corrections')
    .select('status')
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('status', '!=', 'confirmed')
    .executeTakeFirst();
  const evaluation = await db
    .selectFrom('normative_post_evaluations')
    .select('status')
    .where('region_code', '=', row.region_code)
    .where('document_id', '=', row.id)
    .where('status', '!=', 'concluded')
    .executeTakeFirst();
  return {
    row,
    record: {
      target,
      status: row.status,
      filingStatus: row.filing_status,
      openCorrection: correction?.status === 'ordered' || correction?.status === 'reported' ? correction.status : null,
      openPostEvaluation:
        evaluation?.status === 'pending' || evaluation?.status === 'in_progress' ? evaluation.status : null,
    },
  };
}

/**
 * Loads the document for a write act inside the transaction: 404 outside scope, 409 when the act is not possible
 * from its status (core's state machine, or the act's own status guard), 403 when the actor lacks the action. The system (null actor) skips the permission check.
 */
export async function loadForAct(
  services: Services,
  w: Writer,
  id: string,
  action: DocumentAction,
  act?: DocumentAct | ((status: DocumentStatus) => void),
): Promise<LoadedDocument> {
  const doc = await loadDocument(services, w.tx, w.ctx.actor, id, true);
  if (!doc) throw notFound('规范性文件');
  if (typeof act === 'function') act(doc.row.status);
  else if (act) assertAct(doc.row.status, act);
  if (w.ctx.actor) authorize(policyContext(services.registry.grants, w.ctx.actor), documentPolicy, action, doc.record);
  return doc;
}

export function assertAct(status: DocumentStatus, act: DocumentAct): void {
  if (!mayPerformAct(status, act))
    throw conflict(
      'DOCUMENT_STATE_INVALID',
      `文件当前状态为“${documentStatusLabels[status]}”，不能${documentActLabels[act]}`,
    );
}

/** Refuses a gated act while an earlier step is missing, naming every missing step. */
export function assertStepsDone(row: DocumentRow, act: GatedAct, deliberationAdopted = row.deliberated_on !== null) {
  const missing = missingSteps(act, {
    affectsMarket: row.affects_market,
    consultationClosed: row.consultation_closed_on !== null,
    consultationExempted: row.consultation_exempt_reason !== null,
    fairCompetitionPassed: row.fair_competition_passed === true,
    legalityReviewPassed: row.legality_review_passed === true,
    reviewChangesPending: row.review_changes_pending,
    deliberationAdopted,
  });
  if (missing.length === 0) return;
  const what = {
    'submit-for-legality-review': '报送合法性审核',
    'record-deliberation': '提交集体审议',
    publish: '发布',
  }[act];
  throw invalid(
    'DOCUMENT_STEPS_MISSING',
    `不能${what}：${describeMissingSteps(missing)}`,
    missing.map((s) => ({ path: s, message: `缺少${procedureStepLabels[s]}` })),
  );
}

/** Changes the status (or records an act that keeps it) with its status-history row. */
export async function moveTo(
  w: Writer,
  row: DocumentRow,
  to: DocumentStatus,
  act: DocumentAct,
  actedOn: string,
  note = '',
  extra: Updateable<NormativeDocumentTable> = {},
): Promise<void> {
  await w.tx
    .updateTable('normative_documents')
    .set({ ...extra, status: to, updated_at: w.clock.now() })
    .where('region_code', '=', row.region_code)
    .where('id', '=', row.id)
    .execute();
  // a registration brings a (new) 文号, which is searchable
  if (extra.doc_number !== undefined || extra.title !== undefined) await indexDocument(w.tx, row.region_code, row.id);
  await w.tx
    .insertInto('normative_status_history')
    .values({
      region_code: row.region_code,
      document_id: row.id,
      from_status: row.status,
      to_status: to,
      act,
      acted_on: actedOn,
      actor_user_id: w.ctx.actor?.userId ?? null,
      note,
    })
    .execute();
}

/** The acts on a document the module's audit catalogue declares (normative_document.<act>). */
type DocumentAuditAct = NormativeAuditAction extends infer A
  ? A extends `normative_document.${infer Act}`
    ? Act
    : never
  : never;

/** The document's audit event (subject normative_document). */
export async function auditDocument(
  w: Writer,
  row: Pick<DocumentRow, 'region_code' | 'id' | 'title'>,
  action: DocumentAuditAct,
  summary: string,
  changes: Record<string, unknown> = {},
) {
  await w.audit({
    regionCode: row.region_code,
    action: `normative_document.${action}`,
    subjectType: 'normative_document',
    subjectId: row.id,
    summary: `《${row.title}》${summary}`,
    changes,
  });
}
