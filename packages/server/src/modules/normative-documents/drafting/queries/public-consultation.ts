// The public consultation page (no account): a draft under consultation, its period and its text by article.
// Only documents whose consultation is open are visible. Comments waiting for moderation or rejected are never
// shown; approved ones are, with the drafting unit's answer once given (意见采纳情况反馈), but without the
// commenter's name or contact (a citizen who comments does not consent to be published).
import { commentAnswerLabels } from '@fazhi/core/normative-documents';
import { normativeSettings } from '../../settings';
import type { Services } from '../../../../platform/services';
import { SUBJECT } from '../../support';
import type { PublicConsultation } from '@fazhi/core/contracts';

export async function getPublicConsultation(
  services: Services,
  documentId: string,
): Promise<PublicConsultation | null> {
  const doc = await services.db
    .selectFrom('normative_documents as d')
    .innerJoin('consultations as c', (j) =>
      j
        .onRef('c.region_code', '=', 'd.region_code')
        .onRef('c.subject_id', '=', 'd.id')
        .on('c.subject_type', '=', SUBJECT)
        .on('c.status', '=', 'open'),
    )
    .innerJoin('orgs as o', 'o.id', 'd.drafting_org_id')
    .select([
      'd.region_code',
      'd.id',
      'd.title',
      'd.drafting_explanation',
      'd.is_demo',
      'o.name as drafting_org_name',
      'c.id as consultation_id',
      'c.opens_on',
      'c.closes_on',
    ])
    .where('d.id', '=', documentId)
    .where('d.status', '=', 'consultation')
    .executeTakeFirst();
  if (!doc) return null;
  const articles = await services.db
    .selectFrom('normative_articles')
    .select(['id', 'seq', 'heading', 'body'])
    .where('region_code', '=', doc.region_code)
    .where('document_id', '=', doc.id)
    .orderBy('seq')
    .execute();
  const approved = await services.db
    .selectFrom('consultation_comments')
    .select(['id', 'article_id', 'body', 'submitted_at', 'answer', 'answer_reason'])
    .where('region_code', '=', doc.region_code)
    .where('consultation_id', '=', doc.consultation_id)
    .where('moderation_status', '=', 'approved')
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  return {
    id: doc.id,
    regionCode: doc.region_code,
    title: doc.title,
    draftingOrgName: doc.drafting_org_name,
    draftingExplanation: doc.drafting_explanation,
    opensOn: doc.opens_on,
    closesOn: doc.closes_on,
    isDemo: doc.is_demo,
    // the longest comment the region accepts (setting), so the comment form can count down to it
    commentMaxLength: await normativeSettings.read(services.db, doc.region_code, 'normative.comment.max-length'),
    articles,
    approvedComments: approved.map((c) => ({
      id: c.id,
      articleId: c.article_id,
      body: c.body,
      submittedAt: c.submitted_at.toISOString(),
      answer: c.answer,
      answerLabel: c.answer ? commentAnswerLabels[c.answer] : null,
      answerReason: c.answer_reason,
    })),
  };
}
