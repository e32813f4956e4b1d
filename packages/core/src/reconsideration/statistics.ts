// The figures leaders are judged by (issue 19 item 5; seed 001: 受理率92%, 纠错率25.29% over ten years; seed 003:
// 受理率100%, 法定期限内结案率100%; 纲要 §(22): decisions published online), each counted from the cases' records with
// its definition written beside it. 纠错率 follows seed 001's definition: direct correction is a decision of
// 撤销、变更、确认违法、确认无效 or 责令履行; indirect correction is a case closed by mediation or by the applicant's
// withdrawal after a settlement (the respondent's own correction) — core `correctionKind` (settlement.ts).
import { LAW } from '../calendar/rules/define';

const law = LAW.reconsideration;

export const reconsiderationStatisticKeys = [
  'received',
  'acceptance_rate',
  'concluded',
  'correction_rate',
  'on_time_rate',
  'publication_rate',
] as const;
export type ReconsiderationStatisticKey = (typeof reconsiderationStatisticKeys)[number];

export const reconsiderationStatisticGroupLabels = { reconsideration: '行政复议' } as const;

interface Definition {
  key: ReconsiderationStatisticKey;
  label: string;
  group: keyof typeof reconsiderationStatisticGroupLabels;
  unit: '件' | '%';
  definition: string;
  basis: string;
  countedDate: string;
  numerator?: string;
  denominator?: string;
}

export const reconsiderationStatisticDefinitions: readonly Definition[] = [
  {
    key: 'received',
    label: '收到行政复议申请',
    group: 'reconsideration',
    unit: '件',
    definition: '期间内收到的行政复议申请件数（网上、邮寄、当面递交和口头申请）',
    basis: `${law}第二十二条`,
    countedDate: '收到申请日期',
  },
  {
    key: 'acceptance_rate',
    label: '受理率',
    group: 'reconsideration',
    unit: '%',
    definition:
      '期间内审查终结的申请中予以受理（含视为受理）的比例：受理 ÷（受理 + 不予受理）；补正中、视为放弃的不计入',
    basis: `${law}第三十条`,
    countedDate: '受理或者不予受理日期',
    numerator: '受理',
    denominator: '审查终结',
  },
  {
    key: 'concluded',
    label: '审结案件',
    group: 'reconsideration',
    unit: '件',
    definition: '期间内作出行政复议决定、调解结案或者终止行政复议的案件件数',
    basis: `${law}第四十一条、第六十二条`,
    countedDate: '决定或者终止日期',
  },
  {
    key: 'correction_rate',
    label: '纠错率',
    group: 'reconsideration',
    unit: '%',
    definition:
      '审结案件中直接纠错（撤销、变更、确认违法、确认无效、责令履行）和间接纠错（调解结案，和解后申请人撤回申请、终止行政复议）的比例',
    basis: `${law}第六十三条至第六十七条、第七十三条、第七十四条；纠错口径见广西壮族自治区人大常委会依法行政调研报告（seed 001）`,
    countedDate: '决定或者终止日期',
    numerator: '纠错',
    denominator: '审结',
  },
  {
    key: 'on_time_rate',
    label: '法定期限内结案率',
    group: 'reconsideration',
    unit: '%',
    definition: '审结案件中在法定审理期限（含依法延长、中止不计入的期间）届满前结案的比例',
    basis: `${law}第六十二条`,
    countedDate: '决定或者终止日期',
    numerator: '期限内结案',
    denominator: '审结',
  },
  {
    key: 'publication_rate',
    label: '决定书公开率',
    group: 'reconsideration',
    unit: '%',
    definition: '期间内作出的行政复议决定书中已在门户网站公开的比例（截至今天）',
    basis: `${law}第七十九条；《法治政府建设实施纲要（2021—2025年）》（22）`,
    countedDate: '决定日期',
    numerator: '已公开',
    denominator: '作出决定',
  },
];

export const reconsiderationStatisticDefinition = (key: ReconsiderationStatisticKey) =>
  reconsiderationStatisticDefinitions.find((d) => d.key === key)!;
