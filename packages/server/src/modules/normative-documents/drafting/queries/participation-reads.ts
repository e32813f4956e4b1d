// The normative URLs of the portal's consultation pages and the comment queue, answered by the shared reads
// (platform/participation) for this module's kind of draft, in the contracts the web and the portal already use.
import type { OpenConsultationPage, Page, PendingComment, PublicConsultation } from '@fazhi/core/contracts';
import type { Actor } from '../../../../platform/access/actor';
import type { PageRequest } from '../../../../platform/db/paginate';
import {
  getPublicSubjectConsultation,
  listOpenSubjectConsultations,
  pendingSubjectComments,
} from '../../../../platform/participation/consultation-queries';
import type { Services } from '../../../../platform/services';
import { SUBJECT } from '../../support';

/** 意见征集: the region's drafts open for comment today, soonest closing first (public data only). */
export async function listOpenConsultations(
  services: Services,
  regionCode: string | null,
  query: PageRequest,
): Promise<OpenConsultationPage> {
  const page = await listOpenSubjectConsultations(services, regionCode, query, [SUBJECT]);
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      title: r.title,
      draftingOrgName: r.orgName,
      opensOn: r.opensOn,
      closesOn: r.closesOn,
      daysRemaining: r.daysRemaining,
      approvedCommentCount: r.approvedCommentCount,
      isDemo: r.isDemo,
    })),
  };
}

/** A draft under consultation by article, with the approved comments and their answers, never who sent them. */
export async function getPublicConsultation(services: Services, id: string): Promise<PublicConsultation | null> {
  const c = await getPublicSubjectConsultation(services, SUBJECT, id);
  if (!c) return null;
  return {
    id: c.id,
    regionCode: c.regionCode,
    title: c.title,
    draftingOrgName: c.orgName,
    draftingExplanation: c.explanation ?? '',
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    isDemo: c.isDemo,
    commentMaxLength: c.commentMaxLength,
    articles: c.articles,
    approvedComments: c.approvedComments,
  };
}

/** The moderation queue of the documents whose consultation the actor conducts, oldest first. */
export async function listPendingComments(
  services: Services,
  actor: Actor,
  query: PageRequest,
): Promise<Page<PendingComment>> {
  const page = await pendingSubjectComments(services, actor, query, [SUBJECT]);
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      documentId: r.subjectId,
      documentTitle: r.title,
      articleHeading: r.articleHeading,
      body: r.body,
      commenterName: r.commenterName,
      submittedAt: r.submittedAt,
    })),
  };
}
