// How an accepted case is heard and ended: the procedure (第三十六条; 简易程序 第五十三条至第五十五条), its handlers
// (第四十五条第二款; the region's own rule may ask more, seed 000 (十七): 一般案件至少2人承办，重大案件3人承办), the
// suspension and termination grounds (第三十九条、第四十一条) and the decision types (第六十三条至第六十九条、第三十三条).

export const procedures = ['ordinary', 'simplified'] as const;
export type Procedure = (typeof procedures)[number];
export const procedureLabels = { ordinary: '普通程序', simplified: '简易程序' } as const satisfies Record<
  Procedure,
  string
>;

// 第五十三条第一款 (一)至(四) — each with 事实清楚、权利义务关系明确、争议不大; 第二款: 当事人各方同意
export const simplifiedGrounds = ['on-the-spot', 'warning', 'small-amount', 'disclosure', 'parties-agree'] as const;
export type SimplifiedGround = (typeof simplifiedGrounds)[number];
export const simplifiedGroundLabels = {
  'on-the-spot': '被申请行政复议的行政行为是当场作出（第五十三条第一款第一项）',
  warning: '被申请行政复议的行政行为是警告或者通报批评（第五十三条第一款第二项）',
  'small-amount': '案件涉及款额三千元以下（第五十三条第一款第三项）',
  disclosure: '属于政府信息公开案件（第五十三条第一款第四项）',
  'parties-agree': '当事人各方同意适用简易程序（第五十三条第二款）',
} as const satisfies Record<SimplifiedGround, string>;
/** 第五十三条第一款第三项: 案件涉及款额三千元以下 (yuan) */
export const SIMPLIFIED_AMOUNT_LIMIT_YUAN = 3000;

/** The statute catalogue's rules of a procedure's periods (第四十八条、第五十四条、第六十二条). */
export const procedureRules = {
  ordinary: {
    copy: 'reconsideration.copy-to-respondent',
    answer: 'reconsideration.respondent-answer',
    decision: 'reconsideration.decision',
  },
  simplified: {
    copy: 'reconsideration.simple-copy-to-respondent',
    answer: 'reconsideration.simple-respondent-answer',
    decision: 'reconsideration.decision-simple',
  },
} as const satisfies Record<Procedure, { copy: string; answer: string; decision: string }>;

/** Problems of a procedure's choice: the simplified one needs its ground, and a sum within the limit. */
export function procedureProblem(p: Procedure, ground: SimplifiedGround | null, amountYuan: number | null) {
  if (p === 'ordinary') return null;
  if (!ground) return '适用简易程序应当写明第五十三条规定的情形';
  if (ground === 'small-amount' && (amountYuan === null || amountYuan > SIMPLIFIED_AMOUNT_LIMIT_YUAN))
    return `案件涉及款额应在${SIMPLIFIED_AMOUNT_LIMIT_YUAN}元以下（第五十三条第一款第三项）`;
  return null;
}

/** Handlers a case needs: the region's minimum, the major cases' where the case is major (重大、疑难、复杂). */
export function handlersProblem(count: number, major: boolean, minimum: { ordinary: number; major: number }) {
  const need = major ? minimum.major : minimum.ordinary;
  return count < need ? `${major ? '重大案件' : '案件'}应当至少由${need}名行政复议人员承办` : null;
}

// 第三十九条第一款 (一)至(十), worded as the official text (read in the 国家法律法规数据库 copy of
// github.com/Theonefkguy/Chinese-Laws, 行政法/行政复议法(2023-09-01).md)
export const suspensionGrounds = [
  'applicant-died',
  'applicant-incapacitated',
  'applicant-missing',
  'organisation-ended',
  'force-majeure',
  'mediation',
  'interpretation-needed',
  'awaiting-other-case',
  'normative-review',
  'other',
] as const;
export type SuspensionGround = (typeof suspensionGrounds)[number];
export const suspensionGroundLabels = {
  'applicant-died': '作为申请人的公民死亡，其近亲属尚未确定是否参加行政复议（第一项）',
  'applicant-incapacitated': '作为申请人的公民丧失参加行政复议的行为能力，尚未确定法定代理人参加行政复议（第二项）',
  'applicant-missing': '作为申请人的公民下落不明（第三项）',
  'organisation-ended': '作为申请人的法人或者其他组织终止，尚未确定权利义务承受人（第四项）',
  'force-majeure': '申请人、被申请人因不可抗力或者其他正当理由，不能参加行政复议（第五项）',
  mediation: '依照本法规定进行调解、和解，申请人和被申请人同意中止（第六项）',
  'interpretation-needed': '行政复议案件涉及的法律适用问题需要有权机关作出解释或者确认（第七项）',
  'awaiting-other-case': '行政复议案件审理需要以其他案件的审理结果为依据，而其他案件尚未审结（第八项）',
  'normative-review': '有本法第五十六条或者第五十七条规定的情形（第九项）',
  other: '需要中止行政复议的其他情形（第十项）',
} as const satisfies Record<SuspensionGround, string>;

// 第四十一条 (一)至(五)
export const terminationGrounds = [
  'withdrawn',
  'applicant-died',
  'organisation-ended',
  'criminal-measures',
  'suspension-lapsed',
] as const;
export type TerminationGround = (typeof terminationGrounds)[number];
export const terminationGroundLabels = {
  withdrawn: '申请人撤回行政复议申请，行政复议机构准予撤回（第一项）',
  'applicant-died': '作为申请人的公民死亡，没有近亲属或者其近亲属放弃行政复议权利（第二项）',
  'organisation-ended':
    '作为申请人的法人或者其他组织终止，没有权利义务承受人或者其权利义务承受人放弃行政复议权利（第三项）',
  'criminal-measures':
    '申请人对行政拘留或者限制人身自由的行政强制措施不服申请行政复议后，因同一违法行为涉嫌犯罪，被采取刑事强制措施（第四项）',
  'suspension-lapsed':
    '依照本法第三十九条第一款第一项、第二项、第四项的规定中止行政复议满六十日，行政复议中止的原因仍未消除（第五项）',
} as const satisfies Record<TerminationGround, string>;
/** 第四十一条第五项 reads only these suspensions */
export const lapsingSuspensionGrounds: readonly SuspensionGround[] = [
  'applicant-died',
  'applicant-incapacitated',
  'organisation-ended',
];

// statutes.md §1.6: the decisions on the merits, each with its article
export const decisionTypes = [
  'change',
  'annul',
  'confirm-unlawful',
  'order-performance',
  'confirm-void',
  'uphold',
  'reject-request',
  'dismiss-application',
] as const;
export type DecisionType = (typeof decisionTypes)[number];
export const decisionTypeLabels = {
  change: '变更（第六十三条）',
  annul: '撤销或者部分撤销（第六十四条）',
  'confirm-unlawful': '确认违法（第六十五条）',
  'order-performance': '责令履行（第六十六条）',
  'confirm-void': '确认无效（第六十七条）',
  uphold: '维持（第六十八条）',
  'reject-request': '驳回行政复议请求（第六十九条）',
  'dismiss-application': '驳回行政复议申请（第三十三条）',
} as const satisfies Record<DecisionType, string>;
/** The decisions that correct the respondent (纠错, seed 001's direct correction) */
export const correctingDecisionTypes: readonly DecisionType[] = [
  'change',
  'annul',
  'confirm-unlawful',
  'order-performance',
  'confirm-void',
];

// 第四十九条: 当面或者通过互联网、电话等方式听取当事人的意见
export const viewWays = ['in_person', 'online', 'phone'] as const;
export type ViewWay = (typeof viewWays)[number];
export const viewWayLabels = { in_person: '当面', online: '通过互联网', phone: '通过电话' } as const satisfies Record<
  ViewWay,
  string
>;

/** 第四十九条: an ordinary case is decided after the parties' views are heard, or on the papers only for a reason
 * in the parties' own conduct. */
export function viewsProblem(p: Procedure | null, viewsHeard: number, writtenReviewReason: string | null) {
  if (p !== 'ordinary' || viewsHeard > 0 || (writtenReviewReason ?? '').trim() !== '') return null;
  return '适用普通程序的案件应当听取当事人的意见并记录在案；因当事人原因不能听取意见的，写明书面审理的理由（第四十九条）';
}
