// One document with everything a clerk needs: the text by article, each recorded act (consultations, reviews,
// deliberations, registrations, filings, corrections, post-evaluations), the stored deadlines with their
// explanations, the complete status history, and the abilities of this actor.
import {
  commentAnswerLabels,
  documentActLabels,
  isDocumentAct,
  documentKindLabels,
  documentStatusLabels,
  shownStatus,
  shownStatusLabels,
  reviewResultLabels,
} from '@fazhi/core/normative-documents';
import type { Actor } from '../../../platform/access/actor';
import { abilities, policyContext } from '../../../platform/access/policy';
import { deadlinesOf } from '../../../platform/deadlines';
import type { Services } from '../../../platform/services';
import { documentPolicy } from '../policy';
import { SUBJECT } from '../support';
import { loadDocument } from '../workflow';
import { filingStatusLabels } from './list-documents';
import { publishedInterpretation } from '../registration/queries/interpretation';
import { documentReviews } from '../drafting/queries/document-reviews';
import type { NormativeDocument, PrecheckResult } from '@fazhi/core/contracts';

export async function getDocument(services: Services, actor: Actor, id: string): Promise<NormativeDocument | null> {
  const doc = await loadDocument(services, services.db, actor, id);
  if (!doc) return null;
  const { row } = doc;
  const db = services.db;
  const [
    orgs,
    articles,
    consultations,
    comments,
    reviews,
    deliberations,
    registrations,
    filings,
    corrections,
    evaluations,
    history,
    interpretation,
  ] = await Promise.all([
    db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', [row.drafting_org_id, row.issuer_org_id]).execute(),
    db
      .selectFrom('normative_articles')
      .select(['id', 'seq', 'heading', 'body'])
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('seq')
      .execute(),
    db
      .selectFrom('consultations')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('subject_type', '=', SUBJECT)
      .where('subject_id', '=', row.id)
      .orderBy('opens_on')
      .execute(),
    db
      .selectFrom('consultation_comments as m')
      .innerJoin('consultations as c', (j) =>
        j.onRef('c.region_code', '=', 'm.region_code').onRef('c.id', '=', 'm.consultation_id'),
      )
      .select([
        'm.id',
        'm.article_id',
        'm.body',
        'm.commenter_name',
        'm.moderation_status',
        'm.moderation_note',
        'm.answer',
        'm.answer_reason',
        'm.submitted_at',
      ])
      .where('m.region_code', '=', row.region_code)
      .where('c.subject_type', '=', SUBJECT)
      .where('c.subject_id', '=', row.id)
      .orderBy('m.submitted_at')
      .execute(),
    documentReviews(db, row.region_code, row.id),
    db
      .selectFrom('normative_deliberations')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('meeting_on')
      .execute(),
    db
      .selectFrom('normative_registrations')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('registered_at')
      .execute(),
    db
      .selectFrom('normative_filings')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('normative_corrections')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('normative_post_evaluations')
      .selectAll()
      .where('region_code', '=', row.region_code)
      .where('document_id', '=', row.id)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('normative_status_history as h')
      .leftJoin('users as u', 'u.id', 'h.actor_user_id')
      .select(['h.from_status', 'h.to_status', 'h.act', 'h.acted_on', 'h.note', 'h.at', 'u.display_name'])
      .where('h.region_code', '=', row.region_code)
      .where('h.document_id', '=', row.id)
      .orderBy('h.id')
      .execute(),
    publishedInterpretation(db, row.region_code, row.id),
  ]);
  const orgName = (oid: string) => orgs.find((o) => o.id === oid)?.name ?? '';
  const shown = shownStatus(
    { status: row.status, effectiveOn: row.effective_on, expiresOn: row.expires_on },
    services.clock.today(),
  );
  return {
    id: row.id,
    regionCode: row.region_code,
    title: row.title,
    kind: row.kind,
    kindLabel: documentKindLabels[row.kind],
    status: row.status,
    shownStatus: shown,
    statusLabel: shownStatusLabels[shown],
    draftingOrgId: row.drafting_org_id,
    draftingOrgName: orgName(row.drafting_org_id),
    issuerOrgId: row.issuer_org_id,
    issuerName: orgName(row.issuer_org_id),
    legalBases: row.legal_bases,
    affectsRights: row.affects_rights,
    affectsMarket: row.affects_market,
    draftingExplanation: row.drafting_explanation,
    consultationClosedOn: row.consultation_closed_on,
    consultationExemptReason: row.consultation_exempt_reason,
    fairCompetitionPassed: row.fair_competition_passed,
    legalityReviewPassed: row.legality_review_passed,
    reviewChangesPending: row.review_changes_pending,
    deliberatedOn: row.deliberated_on,
    docNumber: row.doc_number,
    publishedOn: row.published_on,
    effectiveOn: row.effective_on,
    expiresOn: row.expires_on,
    filingStatus: row.filing_status,
    filingStatusLabel: row.filing_status ? filingStatusLabels[row.filing_status] : null,
    endedOn: row.ended_on,
    endedReason: row.ended_reason,
    replacesId: row.replaces_id,
    isDemo: row.is_demo,
    articles,
    consultations: consultations.map((c) => ({
      id: c.id,
      opensOn: c.opens_on,
      closesOn: c.closes_on,
      shortenedReason: c.shortened_reason,
      status: c.status,
      closedOn: c.closed_on,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      articleId: c.article_id,
      body: c.body,
      commenterName: c.commenter_name,
      moderationStatus: c.moderation_status,
      moderationNote: c.moderation_note,
      answer: c.answer,
      answerLabel: c.answer ? commentAnswerLabels[c.answer] : null,
      answerReason: c.answer_reason,
      submittedAt: c.submitted_at.toISOString(),
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      kind: r.kind,
      round: r.round,
      submittedOn: r.submitted_on,
      reviewerOrgId: r.reviewer_org_id,
      checklist: r.checklist,
      precheck: r.precheck as PrecheckResult | null,
      opinion: r.opinion,
      result: r.result,
      resultLabel: r.result ? reviewResultLabels[r.result] : null,
      earlyReason: r.early_reason,
      concludedOn: r.concluded_on,
      revisionStatement: r.revision_statement,
      revisedOn: r.revised_on,
    })),
    deliberations: deliberations.map((d) => ({
      meetingKind: d.meeting_kind,
      meetingName: d.meeting_name,
      meetingOn: d.meeting_on,
      decision: d.decision,
      note: d.note,
    })),
    registrations: registrations.map((r) => ({
      id: r.id,
      docNumber: r.doc_number,
      reason: r.reason,
      publishedOn: r.published_on,
      effectiveOn: r.effective_on,
      expiresOn: r.expires_on,
    })),
    filings: filings.map((f) => ({
      id: f.id,
      registrationId: f.registration_id,
      submittedOn: f.submitted_on,
      forwardedToGovernmentOn: f.forwarded_to_government_on,
      forwardedToCongressOn: f.forwarded_to_congress_on,
      outcome: f.outcome,
      opinion: f.opinion,
      reviewedOn: f.reviewed_on,
    })),
    corrections: corrections.map((c) => ({
      id: c.id,
      orderedOn: c.ordered_on,
      opinion: c.opinion,
      status: c.status,
      reportedOn: c.reported_on,
      report: c.report,
      confirmedOn: c.confirmed_on,
    })),
    postEvaluations: evaluations.map((e) => ({
      id: e.id,
      status: e.status,
      dueOn: e.due_on,
      createdByJob: e.created_by_job,
      startedOn: e.started_on,
      outcome: e.outcome,
      conclusion: e.conclusion,
      concludedOn: e.concluded_on,
    })),
    interpretation,
    deadlines: await deadlinesOf(db, row.region_code, SUBJECT, row.id, services.clock.today()),
    statusHistory: history.map((h) => ({
      fromStatus: h.from_status,
      toStatus: h.to_status,
      toStatusLabel: documentStatusLabels[h.to_status],
      act: h.act,
      actLabel: isDocumentAct(h.act) ? documentActLabels[h.act] : h.act,
      actedOn: h.acted_on,
      note: h.note,
      actor: h.display_name,
      at: h.at.toISOString(),
    })),
    abilities: abilities(policyContext(services.registry.grants, actor), documentPolicy, doc.record),
  };
}
