// @fazhi/core/mediation: 人民调解 (people's mediation, 《中华人民共和国人民调解法》) and 行政调解 (administrative
// mediation by a department, seed 000 七(十六), seed 002 task 23: "三调联动"): who mediates, the disputes and how each
// ends — an agreement (written or oral, 第二十八至三十条) whose performance the committee follows (第三十一条) and
// which the parties may bring to court for 司法确认 within thirty days (第三十三条), or mediation ended without one
// (第二十六条) —, a committee's make-up (第八条、第九条), and the figures a year's report counts (seed 004: 调处各类
// 矛盾纠纷1036件，调处成功1028件，调解成功率99.2%).

export const PEOPLES_MEDIATION_LAW = '《中华人民共和国人民调解法》';
export const law = (article: string) => `${PEOPLES_MEDIATION_LAW}${article}`;

/** Who mediates: a people's mediation committee, or a department mediating a dispute within its remit. */
export const mediationKindLabels = { peoples: '人民调解', administrative: '行政调解' } as const;
export type MediationKind = keyof typeof mediationKindLabels;
export const mediationKinds = Object.keys(mediationKindLabels) as MediationKind[];

/** 第八条: 村民委员会、居民委员会设立; 企业事业单位根据需要设立; 第三十四条: 乡镇、街道以及社会团体或者其他组织参照设立. */
export const committeeKindLabels = {
  village: '村民委员会人民调解委员会',
  community: '居民委员会人民调解委员会',
  enterprise: '企业事业单位人民调解委员会',
  township: '乡镇（街道）人民调解委员会',
  sector: '行业性、专业性人民调解委员会',
} as const;
export type CommitteeKind = keyof typeof committeeKindLabels;
export const committeeKinds = Object.keys(committeeKindLabels) as CommitteeKind[];
export const committeeKindBasis: Record<CommitteeKind, string> = {
  village: law('第八条第一款'),
  community: law('第八条第一款'),
  enterprise: law('第八条第一款'),
  township: law('第三十四条'),
  sector: law('第三十四条'),
};

/** 第八条第二款: 委员三至九人，设主任一人; 第十三条: 调解员 are the members and the people the committee engages. */
export const mediatorPostLabels = {
  director: '主任',
  deputy_director: '副主任',
  member: '委员',
  engaged: '聘任的人民调解员',
} as const;
export type MediatorPost = keyof typeof mediatorPostLabels;
export const mediatorPosts = Object.keys(mediatorPostLabels) as MediatorPost[];
export const isCommitteeMember = (post: MediatorPost) => post !== 'engaged';

export const COMMITTEE_MIN_MEMBERS = 3;
export const COMMITTEE_MAX_MEMBERS = 9;
/** 第九条第二款: 委员每届任期三年. */
export const COMMITTEE_TERM_YEARS = 3;

export interface CommitteeMember {
  post: MediatorPost;
  gender: 'female' | 'male';
}

export interface CommitteeProblem {
  rule: 'members' | 'director' | 'woman' | 'term';
  message: string;
  basis: string;
}

/**
 * What the justice bureau sees wrong with a committee as it stands today (it guides them, 第五条; it counts them and
 * tells the court of their make-up, 第十条): the members (委员, not engaged mediators) three to nine with one 主任, a
 * woman among them (第八条), and the term — elected on `electedOn`, a new election due after three years (第九条).
 * Problems are shown, not refused: a committee is registered as it is and put right by the next election.
 */
export function committeeProblems(
  members: readonly CommitteeMember[],
  electedOn: string | null,
  today: string,
): CommitteeProblem[] {
  const out: CommitteeProblem[] = [];
  const committee = members.filter((m) => isCommitteeMember(m.post));
  if (committee.length < COMMITTEE_MIN_MEMBERS || committee.length > COMMITTEE_MAX_MEMBERS)
    out.push({
      rule: 'members',
      message: `委员${committee.length}人，应为${COMMITTEE_MIN_MEMBERS}至${COMMITTEE_MAX_MEMBERS}人`,
      basis: law('第八条第二款'),
    });
  const directors = committee.filter((m) => m.post === 'director').length;
  if (directors !== 1)
    out.push({
      rule: 'director',
      message: directors === 0 ? '未设主任' : `设主任${directors}人，应设主任一人`,
      basis: law('第八条第二款'),
    });
  if (committee.length > 0 && !committee.some((m) => m.gender === 'female'))
    out.push({ rule: 'woman', message: '委员中没有妇女成员', basis: law('第八条第三款') });
  if (electedOn) {
    const termEnds = addYears(electedOn, COMMITTEE_TERM_YEARS);
    if (termEnds <= today)
      out.push({
        rule: 'term',
        message: `本届委员${electedOn}推选产生，任期已于${termEnds}届满，应当换届`,
        basis: law('第九条第二款'),
      });
  }
  return out;
}

/** The same day `years` later (29 February → 28 February in a common year). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * How a dispute came to mediation: 第十七条 (a party applies, or the committee mediates of its own accord), 第十八条
 * (the court or the police suggest it before accepting a case), and a dispute referred from another procedure (a
 * reconsideration case, a suit or a petition) — 三调联动 (seed 002 task 23).
 */
export const disputeSourceLabels = {
  application: '当事人申请',
  own_initiative: '主动调解',
  court_or_police: '人民法院、公安机关告知申请',
  referred: '其他程序移交或者委托',
} as const;
export type DisputeSource = keyof typeof disputeSourceLabels;
export const disputeSources = Object.keys(disputeSourceLabels) as DisputeSource[];

/** The procedure a dispute is linked to when the mediation happens inside it. */
export const linkedProcedureLabels = {
  reconsideration: '行政复议案件',
  litigation: '人民法院案件',
  petition: '信访事项',
} as const;
export type LinkedProcedure = keyof typeof linkedProcedureLabels;
export const linkedProcedures = Object.keys(linkedProcedureLabels) as LinkedProcedure[];

/**
 * The dispute types a region counts. The defaults are seed 002 task 23's fields of administrative mediation
 * (消费者权益保护、交通损害赔偿、治安管理、医疗纠纷、环境污染、社会保障、房屋土地征收、知识产权) and the kinds of
 * 民间纠纷 people's mediation takes most (婚姻家庭、邻里、合同、劳动争议、物业、土地承包、损害赔偿); a region replaces the
 * list by its setting `mediation.dispute-types`.
 */
export const defaultDisputeTypes: readonly string[] = [
  '婚姻家庭纠纷',
  '邻里纠纷',
  '合同纠纷',
  '劳动争议',
  '物业纠纷',
  '土地承包经营纠纷',
  '损害赔偿纠纷',
  '消费者权益保护纠纷',
  '交通损害赔偿纠纷',
  '治安管理纠纷',
  '医疗纠纷',
  '环境污染纠纷',
  '社会保障纠纷',
  '房屋土地征收纠纷',
  '知识产权纠纷',
  '其他纠纷',
];
export const DISPUTE_TYPES_BASIS = '示范区法治政府建设实施方案 任务23（seed 002）；其他地区按本地统计口径设置';

export const disputeStatusLabels = {
  mediating: '调解中',
  agreed: '调解成功',
  failed: '调解不成',
  refused: '当事人拒绝调解',
} as const;
export type DisputeStatus = keyof typeof disputeStatusLabels;

/** 第二十八条: a written agreement (调解协议书), or an oral one the mediator records. */
export const agreementFormLabels = { written: '调解协议书', oral: '口头协议' } as const;
export type AgreementForm = keyof typeof agreementFormLabels;

/** 第三十一条第二款: the committee follows the agreement's performance. */
export const performanceLabels = {
  performed: '已履行',
  partly: '部分履行',
  not_performed: '未履行',
} as const;
export type Performance = keyof typeof performanceLabels;

export const confirmationResultLabels = { valid: '确认有效', invalid: '确认无效' } as const;
export type ConfirmationResult = keyof typeof confirmationResultLabels;

/** 第二十九条第二款, 第三十条: when an agreement takes effect. */
export const agreementEffectBasis: Record<AgreementForm, string> = {
  written: law('第二十九条第二款'),
  oral: law('第三十条'),
};

export interface OutcomeProblem {
  field: string;
  message: string;
}

/**
 * The problems of how a dispute ends, every one at once: an agreement's effect day is not before registration nor
 * after today, an oral agreement has its content recorded (第二十八条), an amount is not negative; mediation ended
 * without agreement tells the parties their other remedies (第二十六条).
 */
export function outcomeProblems(
  o:
    | { outcome: 'agreed'; effectiveOn: string; content: string; agreementAmountYuan: number | null }
    | { outcome: 'failed'; endedOn: string; remediesTold: boolean },
  registeredOn: string,
  today: string,
): OutcomeProblem[] {
  const out: OutcomeProblem[] = [];
  const day = o.outcome === 'agreed' ? o.effectiveOn : o.endedOn;
  const field = o.outcome === 'agreed' ? 'agreementEffectiveOn' : 'endedOn';
  if (day < registeredOn) out.push({ field, message: `不能早于登记日期（${registeredOn}）` });
  if (day > today) out.push({ field, message: '不能晚于今天' });
  if (o.outcome === 'agreed') {
    if (!o.content.trim()) out.push({ field: 'agreementContent', message: `应当记录协议内容（${law('第二十八条')}）` });
    if (o.agreementAmountYuan !== null && o.agreementAmountYuan < 0)
      out.push({ field: 'agreementAmountYuan', message: '协议金额不能为负数' });
  } else if (!o.remediesTold)
    out.push({
      field: 'remediesTold',
      message: `调解不成终止调解的，应当告知当事人可以依法通过仲裁、行政、司法等途径维护权利（${law('第二十六条')}）`,
    });
  return out;
}

/** The year's figures, each counted from the disputes' records (seed 004's report counts exactly these). */
export const mediationStatisticKeys = [
  'registered',
  'concluded',
  'agreed',
  'success_rate',
  'major',
  'judicially_confirmed',
] as const;
export type MediationStatisticKey = (typeof mediationStatisticKeys)[number];

export const mediationStatisticGroupLabels = { mediation: '矛盾纠纷调解' } as const;

interface Definition {
  key: MediationStatisticKey;
  label: string;
  group: keyof typeof mediationStatisticGroupLabels;
  unit: '件' | '%';
  definition: string;
  basis: string;
  countedDate: string;
  numerator?: string;
  denominator?: string;
}

export const mediationStatisticDefinitions: readonly Definition[] = [
  {
    key: 'registered',
    label: '受理调解的纠纷',
    group: 'mediation',
    unit: '件',
    definition: '人民调解委员会和行政机关登记调解的矛盾纠纷件数（含当事人拒绝调解的）',
    basis: law('第十七条、第二十七条'),
    countedDate: '登记日期',
  },
  {
    key: 'concluded',
    label: '调处的纠纷',
    group: 'mediation',
    unit: '件',
    definition: '调解终结的纠纷件数：达成调解协议的和调解不成终止调解的（当事人拒绝调解、未开展调解的不计入）',
    basis: law('第二十六条、第二十八条'),
    countedDate: '协议生效或者终止调解日期',
  },
  {
    key: 'agreed',
    label: '调处成功的纠纷',
    group: 'mediation',
    unit: '件',
    definition: '达成调解协议（书面或者口头）的纠纷件数',
    basis: law('第二十八条至第三十条'),
    countedDate: '协议生效日期',
  },
  {
    key: 'success_rate',
    label: '调解成功率',
    group: 'mediation',
    unit: '%',
    definition: '调处成功的纠纷占调处的纠纷的比例（seed 004：调处1036件，成功1028件，99.2%）',
    basis: law('第二十六条、第二十八条'),
    countedDate: '协议生效或者终止调解日期',
    numerator: '调处成功',
    denominator: '调处',
  },
  {
    key: 'major',
    label: '其中重大疑难纠纷',
    group: 'mediation',
    unit: '件',
    definition: '登记时标为重大疑难的纠纷件数',
    basis: '示范区法治政府建设年度报告（seed 004）统计口径',
    countedDate: '登记日期',
  },
  {
    key: 'judicially_confirmed',
    label: '经司法确认有效的调解协议',
    group: 'mediation',
    unit: '件',
    definition: '当事人共同申请、人民法院确认有效的调解协议件数',
    basis: law('第三十三条'),
    countedDate: '人民法院确认日期',
  },
];

export const mediationStatisticDefinition = (key: MediationStatisticKey) =>
  mediationStatisticDefinitions.find((d) => d.key === key)!;
