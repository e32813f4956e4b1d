// 法律顾问、公职律师 and the legality review of contracts, meeting topics and other
// documents (issue 21 items 1–2; seed 003 二(四): 审核行政合同55件、常务会议议题34件、提出法制审核意见300余条; seed 004
// (三): 52个行政村、48个社区建立法律顾问制度，参与处理涉法事务67件次). Pure rules: the kinds, the levels an adviser
// serves at, a contract's standing as of a day, and whether a meeting topic may be put on the agenda.
import { counselRoleLabels, type CounselRole } from '../participation/review';

/** 法律顾问 (an external lawyer or expert under contract) or 公职律师 (a civil servant holding the certificate). */
export const adviserKindLabels = counselRoleLabels;
export type AdviserKind = CounselRole;
export const adviserKinds = Object.keys(adviserKindLabels) as AdviserKind[];

/** The level an adviser serves at. A village or community is not a unit of the org tree: it is recorded by name under
 * its township (seed 004: 52个行政村，48个社区). */
export const adviserLevelLabels = {
  government: '区（县）人民政府',
  department: '政府工作部门',
  township: '乡镇（街道）',
  village: '行政村',
  community: '社区',
} as const;
export type AdviserLevel = keyof typeof adviserLevelLabels;
export const adviserLevels = Object.keys(adviserLevelLabels) as AdviserLevel[];

/** The org-tree kinds an adviser's unit may have at each level (a village or community sits under its township). */
const unitKindsOfLevel: Record<AdviserLevel, readonly string[]> = {
  government: ['government'],
  department: ['department', 'justice_bureau'],
  township: ['township'],
  village: ['township'],
  community: ['township'],
};

/** What is wrong with an adviser's place: the unit's kind against the level, and the village's or community's name. */
export function adviserPlaceProblems(p: {
  level: AdviserLevel;
  unitKind: string;
  communityName?: string | null | undefined;
}): { path: 'unitId' | 'communityName'; message: string }[] {
  const problems: { path: 'unitId' | 'communityName'; message: string }[] = [];
  if (!unitKindsOfLevel[p.level].includes(p.unitKind))
    problems.push({
      path: 'unitId',
      message:
        p.level === 'village' || p.level === 'community'
          ? `${adviserLevelLabels[p.level]}的法律顾问记录在其所属乡镇（街道）下，请选择乡镇（街道）`
          : `所选单位不是${adviserLevelLabels[p.level]}`,
    });
  const named = !!p.communityName?.trim();
  if ((p.level === 'village' || p.level === 'community') && !named)
    problems.push({ path: 'communityName', message: `请填写${adviserLevelLabels[p.level]}名称` });
  if (p.level !== 'village' && p.level !== 'community' && named)
    problems.push({ path: 'communityName', message: '只有行政村、社区的法律顾问填写村（社区）名称' });
  return problems;
}

/** A contract's standing as of a day, derived (never stored): its end warned `warnDays` before it lapses. */
export type ContractStanding = 'not_started' | 'in_force' | 'lapsing' | 'lapsed';
export const contractStandingLabels = {
  not_started: '未开始',
  in_force: '在聘',
  lapsing: '即将到期',
  lapsed: '已到期',
} as const satisfies Record<ContractStanding, string>;

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

export function contractStanding(
  term: { from: string; until: string },
  today: string,
  warnDays: number,
): { standing: ContractStanding; daysLeft: number } {
  const daysLeft = dayNumber(term.until) - dayNumber(today);
  if (today < term.from) return { standing: 'not_started', daysLeft };
  if (today > term.until) return { standing: 'lapsed', daysLeft };
  return { standing: daysLeft <= warnDays ? 'lapsing' : 'in_force', daysLeft };
}

/** An adviser's engagement: the kinds of matter an adviser or government lawyer takes part in (issue 21 item 1). */
export const engagementKindLabels = {
  major_decision: '重大行政决策',
  normative_document: '规范性文件',
  contract: '合同',
  litigation: '诉讼、复议',
  petition: '信访',
  meeting: '会议',
  other: '其他',
} as const;
export type EngagementKind = keyof typeof engagementKindLabels;
export const engagementKinds = Object.keys(engagementKindLabels) as EngagementKind[];

/** The matters a unit sends to the legality-review desk besides decisions and normative documents. */
export const reviewMatterKindLabels = {
  contract: '行政协议和其他合同',
  meeting_topic: '常务会议议题',
  document: '其他文件',
} as const;
export type ReviewMatterKind = keyof typeof reviewMatterKindLabels;
export const reviewMatterKinds = Object.keys(reviewMatterKindLabels) as ReviewMatterKind[];

/** The kinds of contract (seed 002 task 8: 招商引资、政府和社会资本合作中加强前置合法性审查). */
export const contractKindLabels = {
  administrative_agreement: '行政协议',
  investment_promise: '招商引资协议（政策承诺）',
  ppp: '政府和社会资本合作（PPP）合同',
  procurement: '政府采购合同',
  other: '其他合同',
} as const;
export type ContractKind = keyof typeof contractKindLabels;
export const contractKinds = Object.keys(contractKindLabels) as ContractKind[];

/** The statute catalogue's floor and ceiling rules of each kind's review time (no national rule sets them: each is
 * the region's own, `overridable`, in `calendar/rules/legal-review.ts`). */
export const reviewPeriodRules = {
  contract: { floor: 'legal-review.contract-min', ceiling: 'legal-review.contract-max' },
  meeting_topic: { floor: 'legal-review.meeting-topic-min', ceiling: 'legal-review.meeting-topic-max' },
  document: { floor: 'legal-review.document-min', ceiling: 'legal-review.document-max' },
} as const satisfies Record<ReviewMatterKind, { floor: string; ceiling: string }>;

/** The reviewer's checklist of each kind (item → question); a review answers every item. */
export const reviewChecklists = {
  contract: {
    parties_authority: '签约主体是否适格，是否超越职权',
    content_legality: '合同内容是否违反法律、法规、规章的强制性规定，是否作出超越权限的政策承诺',
    procedure: '是否履行招标投标、政府采购、集体讨论等法定程序',
    obligations: '权利义务是否明确、对等，是否损害国家利益、社会公共利益',
    liability_disputes: '违约责任、争议解决条款是否完备',
  },
  meeting_topic: {
    authority: '是否属于本级政府职权范围',
    legal_basis: '是否有法律、法规、规章和政策依据',
    procedure: '是否履行公众参与、专家论证、风险评估等必经程序',
    content_legality: '内容是否违反法律、法规、规章的规定',
  },
  document: {
    authority: '是否超越制定机关的职权',
    content_legality: '内容是否违反法律、法规、规章的规定',
    procedure: '是否履行必要的程序',
  },
} as const satisfies Record<ReviewMatterKind, Record<string, string>>;

/** The standing of a matter's legality review: none sent, under review, or the latest round's result. */
export type ReviewStanding = 'not_sent' | 'pending' | 'passed' | 'passed_with_changes' | 'failed';
export const reviewStandingLabels = {
  not_sent: '未送审',
  pending: '审查中',
  passed: '审核通过',
  passed_with_changes: '修改后通过',
  failed: '审核不通过',
} as const satisfies Record<ReviewStanding, string>;

/**
 * Whether a meeting topic may be put on the agenda (seed 003: 未经合法性审查或经审查不合法的，不得提交会议研究决策):
 * where the region requires it, only a topic whose review passed, or passed with changes that the sending unit's
 * revision answered. Answers the refusal's sentence, or null.
 */
export function agendaRefusal(
  topic: { title: string; standing: ReviewStanding; revised: boolean },
  reviewRequired: boolean,
): string | null {
  if (!reviewRequired) return null;
  const t = `议题“${topic.title}”`;
  switch (topic.standing) {
    case 'passed':
      return null;
    case 'passed_with_changes':
      return topic.revised ? null : `${t}经合法性审查修改后通过，送审单位尚未按审查意见修改，不得提交会议`;
    case 'not_sent':
      return `${t}未经合法性审查，不得提交会议研究`;
    case 'pending':
      return `${t}正在合法性审查中，审查通过后方可提交会议研究`;
    case 'failed':
      return `${t}经合法性审查不合法，不得提交会议研究`;
  }
}
