// The procedure of a 行政规范性文件 as a small explicit state machine, and the guards that name the missing step.
//
// Sources (reference statutes §4):
// - 国发〔2008〕17号 (十三): 听取意见 + 合法性审查 + 集体讨论决定 before a document may apply; (十四) 备案; (十五) 清理.
// - 国办发〔2018〕37号: 公开征求意见, 合法性审核, 集体审议, 统一登记、统一编号、统一印发, 备案, 定期清理; 严禁以部门
//   内设机构名义制发.
// - 国办发〔2018〕115号: a document not reviewed, or found unlawful, must not be submitted for deliberation.
// - Seed 000 (五): 未经公开征求意见、合法性审查、集体讨论的，不得施行.
// - 《公平竞争审查条例》(国务院令第783号, 2024-08-01 施行; before it 国发〔2016〕34号) 第二条、第十三条: a
//   规范性文件 that affects the economic activity of businesses is reviewed by the drafting unit in the drafting stage;
//   the review concerns the text reviewed, so a revised text is reviewed again.
// - 修改后通过: the legality review passes the draft on condition of the changes its opinion asks for; the drafting
//   unit revises the draft by the opinion (国办发〔2018〕115号: the drafting unit revises the document according to the
//   review opinion, and explains to the deliberating body any opinion it did not follow) before 集体审议, so the
//   body decides on the revised text with the 修改情况说明.

export const documentKinds = ['ordinary', 'interim', 'trial'] as const;
export type DocumentKind = (typeof documentKinds)[number];
export const documentKindLabels = {
  ordinary: '一般',
  interim: '暂行',
  trial: '试行',
} as const satisfies Record<DocumentKind, string>;

export const documentStatuses = [
  'drafting',
  'consultation',
  'legality_review',
  'deliberation',
  'approved',
  'published',
  'amendment_pending',
  'repealed',
  'lapsed',
  'withdrawn',
] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
export const documentStatusLabels = {
  drafting: '起草中',
  consultation: '公开征求意见中',
  legality_review: '合法性审核中',
  deliberation: '待集体审议',
  approved: '审议通过待发布',
  published: '现行有效',
  amendment_pending: '待修改（不再作为行政管理依据）',
  repealed: '已废止',
  lapsed: '已失效',
  withdrawn: '已撤回（审议未通过）',
} as const satisfies Record<DocumentStatus, string>;

/** Statuses in which a document is in force and may be applied (列入继续有效目录). */
export const validStatuses: readonly DocumentStatus[] = ['published'];

/** The recorded acts that move a document, by the name the law gives them. */
export const documentActs = [
  'draft',
  'revise-draft',
  'open-consultation',
  'close-consultation',
  'exempt-consultation',
  'record-fair-competition-review',
  'submit-for-legality-review',
  'record-legality-review',
  'revise-after-review',
  'record-deliberation',
  'publish',
  'submit-filing',
  'record-filing-review',
  'order-correction',
  'confirm-correction',
  'conclude-post-evaluation',
  'record-cleanup-result',
  'expire',
] as const;
export type DocumentAct = (typeof documentActs)[number];
export const documentActLabels = {
  draft: '起草',
  'revise-draft': '修改草案',
  'open-consultation': '公开征求意见',
  'close-consultation': '结束征求意见',
  'exempt-consultation': '免于公开征求意见',
  'record-fair-competition-review': '公平竞争审查',
  'submit-for-legality-review': '报送合法性审核',
  'record-legality-review': '合法性审核',
  'revise-after-review': '按审核意见修改草案',
  'record-deliberation': '集体审议',
  publish: '统一登记、编号、发布',
  'submit-filing': '报送备案',
  'record-filing-review': '备案审查',
  // the filing review's term: the issuing body is told to correct the document itself (制定机关自行纠正); the same
  // name in buttons, records, statistics and papers
  'order-correction': '通知自行纠正',
  'confirm-correction': '确认纠正',
  'conclude-post-evaluation': '后评估',
  'record-cleanup-result': '清理',
  expire: '有效期届满',
} as const satisfies Record<DocumentAct, string>;

const afterPublication: readonly DocumentStatus[] = ['published', 'amendment_pending', 'repealed', 'lapsed'];

/** From which statuses each act may be performed. */
const allowedFrom: Record<DocumentAct, readonly DocumentStatus[]> = {
  draft: [],
  'revise-draft': ['drafting'],
  'open-consultation': ['drafting'],
  'close-consultation': ['consultation'],
  'exempt-consultation': ['drafting'],
  // also while awaiting deliberation: a revision by the review opinion voids a passed review of the earlier text
  'record-fair-competition-review': ['drafting', 'deliberation'],
  'submit-for-legality-review': ['drafting'],
  'record-legality-review': ['legality_review'],
  'revise-after-review': ['deliberation'],
  'record-deliberation': ['deliberation'],
  publish: ['drafting', 'consultation', 'legality_review', 'deliberation', 'approved'],
  // filing concerns the published text; it goes on even if the document has since ended
  'submit-filing': afterPublication,
  'record-filing-review': afterPublication,
  'order-correction': afterPublication,
  'confirm-correction': afterPublication,
  'conclude-post-evaluation': ['published'],
  'record-cleanup-result': ['published'],
  expire: ['published'],
};

export function mayPerformAct(status: DocumentStatus, act: DocumentAct): boolean {
  return allowedFrom[act].includes(status);
}

/** The steps of the procedure a guard may find missing. */
export const procedureSteps = [
  'consultation',
  'fair_competition_review',
  'legality_review',
  'revision_after_review',
  'deliberation',
] as const;
export type ProcedureStep = (typeof procedureSteps)[number];
export const procedureStepLabels = {
  consultation: '公开征求意见（或记录免于征求意见的理由）',
  fair_competition_review: '公平竞争审查',
  legality_review: '合法性审核（审核通过）',
  revision_after_review: '按合法性审核意见修改草案（修改后通过的，记录修改草案和修改情况说明）',
  deliberation: '集体审议（审议通过）',
} as const satisfies Record<ProcedureStep, string>;

/**
 * What has been done on a document, as recorded facts. There is no "does not affect rights and duties" fact: a
 * 行政规范性文件 affects the rights and duties of citizens, legal persons and other organisations by definition
 * (国办发〔2018〕37号), so consultation is skipped only through the recorded exemption with its reason.
 */
export interface ProcedureFacts {
  /** It affects market activity (then 公平竞争审查). */
  affectsMarket: boolean;
  consultationClosed: boolean;
  consultationExempted: boolean;
  fairCompetitionPassed: boolean;
  legalityReviewPassed: boolean;
  /** The review passed on condition of changes (修改后通过) and the drafting unit has not recorded its revision. */
  reviewChangesPending: boolean;
  deliberationAdopted: boolean;
}

/** The acts that are gated by earlier steps. */
export type GatedAct = 'submit-for-legality-review' | 'record-deliberation' | 'publish';

const stepsBefore: Record<GatedAct, readonly ProcedureStep[]> = {
  // the review package holds the comments and answers and the fair-competition review (国办发〔2018〕115号)
  'submit-for-legality-review': ['consultation', 'fair_competition_review'],
  // 115号: not reviewed or found unlawful → not submitted for deliberation
  // 修改后通过 → the revision by the opinion comes first (115号)
  'record-deliberation': ['consultation', 'fair_competition_review', 'legality_review', 'revision_after_review'],
  // 国发〔2008〕17号 (十三), seed 000 (五): 未经…不得施行
  publish: ['consultation', 'fair_competition_review', 'legality_review', 'revision_after_review', 'deliberation'],
};

function stepDone(step: ProcedureStep, f: ProcedureFacts): boolean {
  switch (step) {
    case 'consultation':
      return f.consultationClosed || f.consultationExempted;
    case 'fair_competition_review':
      return !f.affectsMarket || f.fairCompetitionPassed;
    case 'legality_review':
      return f.legalityReviewPassed;
    case 'revision_after_review':
      return !f.reviewChangesPending;
    case 'deliberation':
      return f.deliberationAdopted;
  }
}

/** The steps still missing before `act`, in procedure order (empty: the act may go ahead). */
export function missingSteps(act: GatedAct, facts: ProcedureFacts): ProcedureStep[] {
  return stepsBefore[act].filter((s) => !stepDone(s, facts));
}

/** '尚未完成：合法性审核（审核通过）、集体审议（审议通过）'. */
export function describeMissingSteps(steps: readonly ProcedureStep[]): string {
  return `尚未完成：${steps.map((s) => procedureStepLabels[s]).join('、')}`;
}

/** Where the filing of the current registration stands. */
export const filingStatuses = [
  'not_submitted',
  'submitted',
  'accepted',
  'correction_ordered',
  'not_reviewable',
] as const;
export type FilingStatus = (typeof filingStatuses)[number];
export const filingStatusLabels = {
  not_submitted: '待报送备案',
  submitted: '已报送，备案审查中',
  accepted: '予以备案',
  correction_ordered: '已通知自行纠正',
  not_reviewable: '不予审查',
} as const satisfies Record<FilingStatus, string>;

/** The filing review's outcomes, as the records and statistics name them. */
export const filingOutcomeLabels = {
  accepted: '予以备案',
  correction_ordered: '通知自行纠正',
  not_reviewable: '不予审查',
} as const;

/** The legal basis of the fair-competition review, as shown to users. */
export const fairCompetitionBasis = '《公平竞争审查条例》（国务院令第783号）第二条、第十三条';

export function isDocumentAct(value: string): value is DocumentAct {
  return (documentActs as readonly string[]).includes(value);
}
