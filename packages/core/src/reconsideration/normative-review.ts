// 规范性文件附带审查 (《中华人民共和国行政复议法》第十三条、第三十九条第一款第九项、第五十六条至第六十条): the applicant's
// request with the application (第十三条、第五十六条) or the office's own finding that the act's basis is unlawful
// (第五十七条); the case suspended while it runs (第三十九条第一款第九项); handled by the body itself within thirty days,
// with the issuer notified within three working days of the suspension and its written reply within ten (第五十八条),
// or forwarded within seven working days to the competent body, which replies within sixty days (第六十条); the
// outcome: the clauses lawful (told in the decision) or beyond authority or against a higher law — their execution
// stopped and the issuer ordered to correct them (第五十九条). Each period is a statute-catalogue rule
// (calendar/rules/reconsideration.ts, reconsideration.normative-review-*).

export const normativeReviewSources = ['applicant', 'office'] as const;
export type NormativeReviewSource = (typeof normativeReviewSources)[number];
export const normativeReviewSourceLabels = {
  applicant: '申请人一并提出附带审查申请（第十三条、第五十六条）',
  office: '行政复议机关审查时认为行政行为的依据不合法（第五十七条）',
} as const satisfies Record<NormativeReviewSource, string>;

// 第十三条第一款 (一)至(四); 第二款: 前款所列规范性文件不含规章 — a 规章 is none of these and cannot be chosen
export const reviewableDocumentKinds = [
  'state-council-department',
  'local-government',
  'township',
  'authorised-organisation',
] as const;
export type ReviewableDocumentKind = (typeof reviewableDocumentKinds)[number];
export const reviewableDocumentKindLabels = {
  'state-council-department': '国务院部门的规范性文件（第十三条第一款第一项）',
  'local-government': '县级以上地方各级人民政府及其工作部门的规范性文件（第十三条第一款第二项）',
  township: '乡、镇人民政府的规范性文件（第十三条第一款第三项）',
  'authorised-organisation': '法律、法规、规章授权的组织的规范性文件（第十三条第一款第四项）',
} as const satisfies Record<ReviewableDocumentKind, string>;

// 第五十六条、第五十七条: 有权处理的 … 三十日内依法处理; 无权处理的 … 七日内转送
export const normativeReviewRoutes = ['self', 'forward'] as const;
export type NormativeReviewRoute = (typeof normativeReviewRoutes)[number];
export const normativeReviewRouteLabels = {
  self: '本机关有权处理，三十日内依法处理',
  forward: '本机关无权处理，七个工作日内转送有权处理的机关',
} as const satisfies Record<NormativeReviewRoute, string>;

/** The steps recorded between the opening and the outcome, each with the route it belongs to. */
export const normativeReviewSteps = ['issuer-notified', 'issuer-replied', 'forwarded', 'forwardee-replied'] as const;
export type NormativeReviewStep = (typeof normativeReviewSteps)[number];
export const normativeReviewStepLabels = {
  'issuer-notified': '书面通知制定机关提出书面答复（第五十八条）',
  'issuer-replied': '制定机关提交书面答复（第五十八条）',
  forwarded: '转送有权处理的机关（第五十六条、第五十七条）',
  'forwardee-replied': '接受转送的机关回复处理意见（第六十条）',
} as const satisfies Record<NormativeReviewStep, string>;

// 第五十九条 (self), 第六十条 (forward)
export const normativeReviewOutcomes = ['lawful', 'unlawful', 'forwardee-opinion'] as const;
export type NormativeReviewOutcome = (typeof normativeReviewOutcomes)[number];
export const normativeReviewOutcomeLabels = {
  lawful: '相关条款合法，在行政复议决定书中一并告知（第五十九条）',
  unlawful: '相关条款超越权限或者违反上位法，决定停止该条款的执行，并责令制定机关予以纠正（第五十九条）',
  'forwardee-opinion': '接受转送的机关已回复处理意见（第六十条）',
} as const satisfies Record<NormativeReviewOutcome, string>;

/** The deadline each act opens, its kind on the case and its rule, and the act that closes it. */
export const normativeReviewPeriods = {
  handle: { kind: 'normative-review-handle', rule: 'reconsideration.normative-review-handle' },
  notify: { kind: 'normative-review-notify-issuer', rule: 'reconsideration.normative-review-notify-issuer' },
  issuerReply: { kind: 'normative-review-issuer-reply', rule: 'reconsideration.normative-review-issuer-reply' },
  forward: { kind: 'normative-review-forward', rule: 'reconsideration.normative-review-forward' },
  forwardeeReply: {
    kind: 'normative-review-forwarded-reply',
    rule: 'reconsideration.normative-review-forwarded-reply',
  },
} as const;

export interface NormativeReviewState {
  route: NormativeReviewRoute;
  issuerNotifiedOn: string | null;
  issuerRepliedOn: string | null;
  forwardedOn: string | null;
  forwardeeRepliedOn: string | null;
  concludedOn: string | null;
}

/** Whether a step may be recorded now: on its route, once, after the step before it, before the outcome. */
export function normativeReviewStepProblem(r: NormativeReviewState, step: NormativeReviewStep): string | null {
  if (r.concludedOn) return '附带审查已经办结';
  const onRoute = step === 'issuer-notified' || step === 'issuer-replied' ? 'self' : 'forward';
  if (r.route !== onRoute)
    return r.route === 'self' ? '本机关有权处理的，不转送其他机关' : '已转送有权处理的机关的，由其依法处理';
  const done = {
    'issuer-notified': r.issuerNotifiedOn,
    'issuer-replied': r.issuerRepliedOn,
    forwarded: r.forwardedOn,
    'forwardee-replied': r.forwardeeRepliedOn,
  }[step];
  if (done) return `${normativeReviewStepLabels[step]}已于${done}记录`;
  if (step === 'issuer-replied' && !r.issuerNotifiedOn) return '尚未书面通知制定机关';
  if (step === 'forwardee-replied' && !r.forwardedOn) return '尚未转送有权处理的机关';
  return null;
}

/** The outcome a route allows: the body's own finding (第五十九条), or the competent body's reply (第六十条). */
export function normativeReviewOutcomeProblem(r: NormativeReviewState, o: NormativeReviewOutcome): string | null {
  if (r.concludedOn) return '附带审查已经办结';
  if (r.route === 'self' && o === 'forwardee-opinion')
    return '本机关有权处理的，应当认定相关条款是否合法（第五十九条）';
  if (r.route === 'forward' && o !== 'forwardee-opinion')
    return '转送有权处理的机关处理的，记录其回复的处理意见（第六十条）';
  if (r.route === 'forward' && !r.forwardeeRepliedOn) return '接受转送的机关尚未回复处理意见（第六十条）';
  return null;
}
