// The normative-documents module's catalogue: the audit actions it writes (with the Chinese names the audit page
// shows) and the events it emits with their payloads. Other modules react to these events through this export.
import { reviewResults } from '@fazhi/core/normative-documents';
import { z } from 'zod';
import { defineEvents } from '../../platform/modules/catalogue';

export const normativeAuditActions = {
  'normative_document.drafted': '起草规范性文件',
  'normative_document.imported': '导入存量规范性文件',
  'normative_document.draft_revised': '修改规范性文件草案',
  'normative_document.consultation_opened': '公开征求意见',
  'normative_document.consultation_closed': '结束征求意见',
  'normative_document.consultation_exempted': '免于公开征求意见',
  'normative_document.comment_submitted': '公众提交意见',
  'normative_document.comment_moderated': '审核公众意见',
  'normative_document.comment_answered': '答复公众意见',
  'normative_document.fair_competition_reviewed': '公平竞争审查',
  'normative_document.submitted_for_legality_review': '报送合法性审核',
  'normative_document.legality_reviewed': '合法性审核',
  'normative_document.revised_after_review': '按合法性审核意见修改草案',
  'normative_document.deliberated': '集体审议',
  'normative_document.published': '统一登记、编号、发布',
  'normative_document.interpretation_published': '发布政策解读',
  'normative_document.filing_submitted': '报送备案',
  'normative_document.filing_forwarded': '报上级政府和人大常委会备案',
  'normative_document.filing_reviewed': '备案审查',
  'normative_document.correction_ordered': '备案审查通知自行纠正',
  'normative_document.correction_reported': '报告纠正情况',
  'normative_document.correction_confirmed': '确认纠正',
  'normative_document.correction_rejected': '纠正不到位退回',
  'normative_document.post_evaluation_created': '生成后评估任务',
  'normative_document.post_evaluation_started': '开展后评估',
  'normative_document.post_evaluation_concluded': '后评估结论',
  'normative_document.expired': '有效期届满失效',
  'normative_document.replaced': '被新文件替代',
  'normative_document.cleanup_decided': '清理意见',
  'normative_document.cleanup_applied': '清理结果生效',
  'normative_cleanup.opened': '启动规范性文件清理',
  'normative_cleanup.published': '公布清理结果',
  'normative_review_request.submitted': '提出建议审查',
  'normative_review_request.accepted': '受理建议审查',
  'normative_review_request.declined': '不予受理建议审查',
  'normative_review_request.answered': '答复建议审查',
  'normative_issuer.prefix_set': '设置发文机关代字',
  'normative_search.synonyms_set': '设置检索同义词',
} as const satisfies Record<string, string>;

export type NormativeAuditAction = keyof typeof normativeAuditActions;

/** The notifications (站内消息) this module sends to whoever acts next, with the labels the inbox shows. */
export const normativeNotificationKinds = {
  'normative.legality-review': '合法性审核待办',
  'normative.legality-reviewed': '合法性审核办结',
  'normative.filing': '报送备案提醒',
  'normative.correction': '备案审查纠正要求',
  'normative.post-evaluation': '后评估提醒',
  'normative.review-request': '收到审查建议',
} as const satisfies Record<string, string>;

export type NormativeNotificationKind = keyof typeof normativeNotificationKinds;

const onDocument = <T extends z.ZodRawShape>(more: T) => z.object({ documentId: z.uuid(), ...more });

export const normativeEvents = defineEvents('normative-documents', {
  'normative_document.consultation_opened': onDocument({ consultationId: z.uuid() }),
  'normative_document.submitted_for_legality_review': onDocument({ reviewId: z.uuid() }),
  'normative_document.legality_reviewed': onDocument({ result: z.enum(reviewResults) }),
  'normative_document.published': onDocument({ docNumber: z.string() }),
  'normative_document.filing_submitted': onDocument({ filingId: z.uuid() }),
  'normative_document.correction_ordered': onDocument({ correctionId: z.uuid() }),
  'normative_document.post_evaluation_created': onDocument({ evaluationId: z.uuid() }),
  'normative_review_request.submitted': z.object({ requestId: z.uuid() }),
  'normative_cleanup.published': z.object({ campaignId: z.uuid() }),
});
