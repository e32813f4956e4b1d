// Response types of the public participation endpoints (server: modules/normative-documents/routes-public.ts,
// routes-public-participation.ts and their queries open-consultations.ts, public-consultation.ts,
// review-requests.ts trackReviewRequest).
import type { Page } from '../../api/types';

export interface OpenConsultation {
  id: string;
  title: string;
  draftingOrgName: string;
  opensOn: string;
  closesOn: string;
  daysRemaining: number;
  approvedCommentCount: number;
  isDemo: boolean;
}
export type OpenConsultationPage = Page<OpenConsultation> & { today: string };

export interface ConsultationArticle {
  id: string;
  seq: number;
  heading: string | null;
  body: string;
}

/** An approved public comment, with the drafting unit's answer once given; never who sent it. */
export interface ApprovedComment {
  id: string;
  articleId: string | null;
  body: string;
  submittedAt: string;
  answer: 'adopted' | 'partly_adopted' | 'not_adopted' | null;
  answerLabel: string | null;
  answerReason: string | null;
}

export interface PublicConsultation {
  id: string;
  regionCode: string;
  title: string;
  draftingOrgName: string;
  draftingExplanation: string;
  opensOn: string;
  closesOn: string;
  isDemo: boolean;
  commentMaxLength: number;
  articles: ConsultationArticle[];
  approvedComments: ApprovedComment[];
}

export interface SubmittedComment {
  id: string;
  status: 'pending';
}

export interface SubmittedReviewRequest {
  trackingNumber: string;
  acceptanceDue: string;
}

export interface TrackedDeadline {
  kind: string;
  label: string;
  due: string;
  basis: string;
  status: 'open' | 'met' | 'missed' | 'cancelled';
}

export interface TrackedReviewRequest {
  trackingNumber: string;
  documentTitle: string;
  receivedOn: string;
  status: 'received' | 'accepted' | 'declined' | 'answered';
  statusLabel: string;
  decisionReason: string | null;
  decidedOn: string | null;
  answer: string | null;
  answeredOn: string | null;
  deadlines: TrackedDeadline[];
}
