// 调解与和解 (《中华人民共和国行政复议法》第五条、第七十三条、第七十四条), worded as the official text:
// 第七十三条 当事人经调解达成协议的，行政复议机关应当制作行政复议调解书，经各方当事人签字或者签章，并加盖行政复议机关
// 印章，即具有法律效力。调解未达成协议或者调解书生效前一方反悔的，行政复议机关应当依法审查或者及时作出行政复议决定。
// 第七十四条 当事人在行政复议决定作出前可以自愿达成和解，由申请人向行政复议机构撤回行政复议申请。行政复议机构准予撤回
// 行政复议申请、行政复议机关决定终止行政复议的，申请人不得再以同一事实和理由提出行政复议申请。
// Both end the case before a decision; both are the indirect correction of seed 001 (以调解、被申请人自我纠错后申请人撤回
// 申请等方式结案间接纠错), counted by the statistics beside the direct one (correctingDecisionTypes).

// 第七十三条: an agreement signed by every party, or none (or a party going back on it before it took effect)
export const mediationOutcomes = ['agreed', 'failed'] as const;
export type MediationOutcome = (typeof mediationOutcomes)[number];
export const mediationOutcomeLabels = {
  agreed: '经调解达成协议，制作行政复议调解书，各方当事人已签字或者签章',
  failed: '调解未达成协议或者调解书生效前一方反悔，依法审查并作出行政复议决定',
} as const satisfies Record<MediationOutcome, string>;

export interface MediationInput {
  mediationOutcome: MediationOutcome;
  /** the 调解书's content: the requests, the facts and the agreement reached */
  mediationAgreement?: string | undefined;
  /** 第七十三条第一款: 经各方当事人签字或者签章 */
  allPartiesSigned?: boolean | undefined;
  /** why it failed: no agreement, or which party went back on it */
  mediationNote?: string | undefined;
}

const blank = (v: string | undefined) => (v ?? '').trim() === '';

/** What a mediation's record lacks, every problem at once (第七十三条). */
export function mediationProblems(m: MediationInput): { path: string; message: string }[] {
  if (m.mediationOutcome === 'failed')
    return blank(m.mediationNote) ? [{ path: 'mediationNote', message: '请写明调解未达成协议或者一方反悔的情况' }] : [];
  const problems = [];
  if (blank(m.mediationAgreement))
    problems.push({ path: 'mediationAgreement', message: '请填写行政复议调解书的内容（请求、事实、理由和调解结果）' });
  if (m.allPartiesSigned !== true)
    problems.push({
      path: 'allPartiesSigned',
      message: '行政复议调解书经各方当事人签字或者签章，并加盖行政复议机关印章，即具有法律效力（第七十三条第一款）',
    });
  return problems;
}

/**
 * Seed 001's 纠错率: direct correction by the decision's type (撤销、变更、确认违法、责令履行、确认无效), indirect by a
 * case ended in mediation or by the applicant's withdrawal after settlement (the respondent's own correction).
 */
export function correctionKind(c: {
  status: string;
  decisionType: string | null;
  settled: boolean;
  correctingTypes: readonly string[];
}): 'direct' | 'indirect' | null {
  if (c.status === 'decided' && c.decisionType && c.correctingTypes.includes(c.decisionType)) return 'direct';
  if (c.status === 'mediated' || (c.status === 'terminated' && c.settled)) return 'indirect';
  return null;
}
