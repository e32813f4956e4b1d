// One disclosure request as a state machine: submitted online (waiting for both sides to confirm, 第三十一条第（三）项)
// → received (the reply period runs) ↔ correction_requested (第三十条) ↔ consulting (第三十二条、第三十四条, not
// counted) → replied, or withdrawn when a correction never came. Each act names the statuses it may come from; any
// other is refused (409) naming the status.

export const requestStatuses = [
  'submitted',
  'received',
  'correction_requested',
  'consulting',
  'replied',
  'withdrawn',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestStatusLabels = {
  submitted: '待确认收到',
  received: '办理中',
  correction_requested: '待申请人补正',
  consulting: '征求意见中',
  replied: '已答复',
  withdrawn: '视为放弃申请',
} as const satisfies Record<RequestStatus, string>;

export const requestActs = [
  'confirm-receipt',
  'request-correction',
  'submit-correction',
  'deem-withdrawn',
  'start-consultation',
  'end-consultation',
  'extend',
  'reply',
  'record-service',
] as const;
export type RequestAct = (typeof requestActs)[number];

export const requestActFrom = {
  // 第三十一条第（三）项
  'confirm-receipt': ['submitted'],
  // 第三十条: once, within the seven working days (the request is refused a second one: see correctionProblem)
  'request-correction': ['received'],
  'submit-correction': ['correction_requested'],
  'deem-withdrawn': ['correction_requested'],
  // 第三十二条、第三十四条
  'start-consultation': ['received'],
  'end-consultation': ['consulting'],
  // 第三十三条第二款
  extend: ['received'],
  // 第三十三条、第三十六条
  reply: ['received'],
  // 送达 of a paper already issued, whatever the request's status since
  'record-service': requestStatuses,
} as const satisfies Record<RequestAct, readonly RequestStatus[]>;

export function mayActFrom(act: RequestAct, status: RequestStatus): boolean {
  return (requestActFrom[act] as readonly RequestStatus[]).includes(status);
}

/** The policy's actions on a request (server policy.ts). */
export const requestActions = ['read', 'register', 'handle', 'reply'] as const;
export type RequestAction = (typeof requestActions)[number];

export const requestActAction = {
  'confirm-receipt': 'register',
  'request-correction': 'handle',
  'submit-correction': 'handle',
  'deem-withdrawn': 'handle',
  'start-consultation': 'handle',
  'end-consultation': 'handle',
  extend: 'handle',
  reply: 'reply',
  'record-service': 'handle',
} as const satisfies Record<RequestAct, RequestAction>;

/** 第三十条: 一次性告知 — a request is asked to correct once; a second notice is refused. */
export function correctionProblem(alreadyAsked: boolean, items: readonly string[]): string | null {
  if (alreadyAsked) return '补正只能一次性告知，本申请已经告知过补正（《中华人民共和国政府信息公开条例》第三十条）';
  if (items.filter((i) => i.trim()).length === 0) return '请一次性列明需要补正的全部事项';
  return null;
}

/** 第三十二条、第三十四条: whom the body consults, the rule of their fifteen working days and what their silence means. */
export const consultationKinds = ['third_party', 'co_maker'] as const;
export type ConsultationKind = (typeof consultationKinds)[number];
export const consultationKindLabels = {
  third_party: '征求第三方意见（第三十二条）',
  co_maker: '征求共同制作机关意见（第三十四条）',
} as const satisfies Record<ConsultationKind, string>;
export const consultationRules = {
  third_party: 'disclosure.third-party-reply',
  co_maker: 'disclosure.joint-consultation-reply',
} as const satisfies Record<ConsultationKind, string>;

/** The papers of a request (DOCX/PDF through the platform's 公文 model), each generated once its act is. */
export const disclosurePapers = ['correction-notice', 'extension-notice', 'consultation-letter', 'reply'] as const;
export type DisclosurePaper = (typeof disclosurePapers)[number];
export const disclosurePaperLabels = {
  'correction-notice': '政府信息公开申请补正告知书', // 第三十条
  'extension-notice': '延期答复告知书', // 第三十三条第二款
  'consultation-letter': '征求第三方意见函', // 第三十二条 (第三十四条: 征求意见函 to the co-makers)
  reply: '政府信息公开申请答复告知书', // 第三十六条
} as const satisfies Record<DisclosurePaper, string>;
export const disclosurePaperWaitsFor = {
  'correction-notice': '告知补正',
  'extension-notice': '延长答复期限',
  'consultation-letter': '征求意见',
  reply: '作出答复',
} as const satisfies Record<DisclosurePaper, string>;
