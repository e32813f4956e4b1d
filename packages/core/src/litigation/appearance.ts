// 负责人出庭应诉 (《中华人民共和国行政诉讼法》第三条第三款; 《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》,
// 法释〔2020〕3号): who counts as a head, the cases where the court must or may call the head, the accepted reasons for
// the head's absence, and the region's own rule of the suits in which the head must appear (seed 000 (十八)).

export const headAppearanceRule = '《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》（法释〔2020〕3号）';

/** 第二条: 正职、副职负责人、参与分管被诉行政行为实施工作的副职级别的负责人以及其他参与分管的负责人. */
export const headPostLabels = {
  principal: '正职负责人',
  deputy: '副职负责人',
  deputy_level_in_charge: '分管被诉行政行为的副职级别负责人',
  other_in_charge: '其他参与分管的负责人',
} as const;
export type HeadPost = keyof typeof headPostLabels;
export const headPosts = Object.keys(headPostLabels) as HeadPost[];

/** 第四条第一款: the court shall (应当) call the head. */
export const mustCallGroundLabels = {
  food_drug: '涉及食品药品安全的重大公共利益',
  environment: '涉及生态环境和资源保护的重大公共利益',
  public_health: '涉及公共卫生安全的重大公共利益',
  public_concern: '社会高度关注',
  mass_incident: '可能引发群体性事件',
} as const;
/** 第四条第二款: the court may (可以) call the head. */
export const mayCallGroundLabels = {
  major_rights: '被诉行政行为涉及公民、法人或者其他组织重大人身、财产权益',
  public_interest: '行政公益诉讼',
  superior_rule: '上级行政机关的规范性文件要求负责人出庭应诉',
  court_necessary: '人民法院认为需要通知负责人出庭的其他情形',
} as const;
export type CallGround = keyof typeof mustCallGroundLabels | keyof typeof mayCallGroundLabels;
export const callGroundLabels: Record<CallGround, string> = { ...mustCallGroundLabels, ...mayCallGroundLabels };
export const callGrounds = Object.keys(callGroundLabels) as CallGround[];
export const callGroundArticle = (g: CallGround) => (g in mustCallGroundLabels ? '第四条第一款' : '第四条第二款');

/** 第八条: the four accepted reasons for the head not appearing, each needing proof (第九条). */
export const absenceReasonLabels = {
  force_majeure: '不可抗力',
  accident: '意外事件',
  irreplaceable_duty: '需要履行他人不能代替的公务',
  other_good_cause: '其他正当事由',
} as const;
export type AbsenceReason = keyof typeof absenceReasonLabels;
export const absenceReasons = Object.keys(absenceReasonLabels) as AbsenceReason[];

/** Who appeared for the agency at a hearing. */
export const appearanceLabels = {
  head: '负责人出庭',
  stand_in: '负责人未出庭，委托工作人员出庭',
  none: '无人出庭',
} as const;
export type Appearance = keyof typeof appearanceLabels;
export const appearances = Object.keys(appearanceLabels) as Appearance[];

/**
 * The region's own rule (seed 000 (十八): 每年度行政机关涉案的第一起行政诉讼案件、本辖区重大、群体性行政诉讼案件，涉及
 * 行政赔偿的行政诉讼案件，行政机关主要负责人应出庭应诉): the kinds of suit in which the head must appear. A region
 * setting, since each locality writes its own.
 */
export const localHeadRuleLabels = {
  first_of_year: '本机关本年度第一起行政诉讼案件',
  major: '本辖区重大行政诉讼案件',
  group: '群体性行政诉讼案件',
  compensation: '涉及行政赔偿的行政诉讼案件',
} as const;
export type LocalHeadRule = keyof typeof localHeadRuleLabels;
export const localHeadRules = Object.keys(localHeadRuleLabels) as LocalHeadRule[];

export interface SuitForHeadRule {
  /** whether it is the agency's first suit filed in the year (by 立案日期) */
  firstOfYear: boolean;
  major: boolean;
  group: boolean;
  compensation: boolean;
  /** the grounds on which the court called the head (its 出庭通知书), if any */
  courtCalled: readonly CallGround[];
}

/** Why the head must appear in a suit — each reason with its source — or none. */
export function headRequiredReasons(
  suit: SuitForHeadRule,
  localRule: readonly LocalHeadRule[],
  localBasis: string,
): string[] {
  const reasons: string[] = [];
  for (const g of suit.courtCalled)
    reasons.push(`人民法院通知负责人出庭（${callGroundLabels[g]}，${headAppearanceRule}${callGroundArticle(g)}）`);
  const flags: Record<LocalHeadRule, boolean> = {
    first_of_year: suit.firstOfYear,
    major: suit.major,
    group: suit.group,
    compensation: suit.compensation,
  };
  for (const r of localRule) if (flags[r]) reasons.push(`${localHeadRuleLabels[r]}（${localBasis}）`);
  return reasons;
}

export interface AppearanceInput {
  appearance: Appearance;
  headName?: string | null | undefined;
  headPost?: HeadPost | null | undefined;
  certificateOn?: string | null | undefined;
  absenceReason?: AbsenceReason | null | undefined;
  absenceProof?: string | null | undefined;
  standInName?: string | null | undefined;
  standInPost?: string | null | undefined;
}

type AppearanceField = keyof AppearanceInput;

/** Every problem of an appearance record at once, against the hearing's day. */
export function appearanceProblems(
  a: AppearanceInput,
  hearingOn: string,
): { field: AppearanceField; message: string }[] {
  const out: { field: AppearanceField; message: string }[] = [];
  if (a.appearance === 'head') {
    if (!a.headName) out.push({ field: 'headName', message: '请填写出庭负责人的姓名' });
    if (!a.headPost) out.push({ field: 'headPost', message: `请选择出庭负责人的职务（${headAppearanceRule}第二条）` });
    if (!a.certificateOn)
      out.push({
        field: 'certificateOn',
        message: `负责人出庭的，应当于开庭前提交身份证明（${headAppearanceRule}第六条）`,
      });
    else if (a.certificateOn > hearingOn)
      out.push({
        field: 'certificateOn',
        message: `身份证明应当于开庭前提交，不能晚于开庭日期（${headAppearanceRule}第六条）`,
      });
  } else {
    if (!a.absenceReason)
      out.push({ field: 'absenceReason', message: `负责人不能出庭的，应当说明理由（${headAppearanceRule}第八条）` });
    if (!a.absenceProof)
      out.push({
        field: 'absenceProof',
        message: `负责人不能出庭的理由应当提供加盖行政机关印章或者由正职负责人签字的证明材料（${headAppearanceRule}第九条）`,
      });
    if (a.appearance === 'stand_in' && !a.standInName)
      out.push({ field: 'standInName', message: '请填写出庭的工作人员姓名（行政诉讼法第三条第三款）' });
    if (a.appearance === 'stand_in' && !a.standInPost)
      out.push({
        field: 'standInPost',
        message: `请填写出庭工作人员的职务（${headAppearanceRule}第十条：相应的工作人员）`,
      });
  }
  return out;
}
