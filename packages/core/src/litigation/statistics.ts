// 行政应诉统计: the figures leaders are judged by (seed 001: 败诉率; seed 002 task 18: 出庭应诉率 100%, 月通报; seed 003:
// 新收行政诉讼案件, 负责人出庭应诉), each with what it counts, the date that puts a record in a period and its source;
// the server has one SQL source per figure and a figure is the count of its records.
import { headAppearanceRule } from './appearance';
import { litigationLaw, lostDefinition } from './suits';

export const litigationStatisticKeys = [
  'filed',
  'concluded',
  'lost',
  'lost_rate',
  'heard',
  'appearance_rate',
  'recommendations_received',
  'recommendations_answered',
] as const;
export type LitigationStatisticKey = (typeof litigationStatisticKeys)[number];

export const litigationStatisticGroupLabels = {
  suits: '行政诉讼案件',
  appearance: '负责人出庭应诉',
  recommendations: '司法建议和检察建议',
} as const;
type Group = keyof typeof litigationStatisticGroupLabels;

export interface LitigationStatisticDefinition {
  key: LitigationStatisticKey;
  label: string;
  group: Group;
  unit: '件' | '%';
  definition: string;
  basis: string;
  countedDate: string;
  numerator?: string;
  denominator?: string;
  required?: number;
}

const monthlyNotice =
  '《包头市东河区2021年度法治政府建设工作计划》第18项（严格实行月通报制度，出庭应诉率达到100%，地方规定）';

export const litigationStatisticDefinitions: readonly LitigationStatisticDefinition[] = [
  {
    key: 'filed',
    label: '新收行政诉讼案件',
    group: 'suits',
    unit: '件',
    definition: '本地区行政机关作为被告、人民法院在统计期内立案的行政诉讼案件（一审、二审、再审分别计算）',
    basis: `${litigationLaw}第五十一条（立案）`,
    countedDate: '立案日期',
  },
  {
    key: 'concluded',
    label: '审结行政诉讼案件',
    group: 'suits',
    unit: '件',
    definition: '统计期内人民法院作出判决、裁定或者制作调解书结案的案件',
    basis: `${litigationLaw}第六十条、第六十二条、第六十九条至第七十七条`,
    countedDate: '裁判日期',
  },
  {
    key: 'lost',
    label: '败诉案件',
    group: 'suits',
    unit: '件',
    definition: lostDefinition,
    basis: `${litigationLaw}第七十条、第七十二条至第七十五条、第七十七条`,
    countedDate: '裁判日期',
  },
  {
    key: 'lost_rate',
    label: '败诉率',
    group: 'suits',
    unit: '%',
    definition: `败诉案件数除以审结案件数。${lostDefinition}`,
    basis: `${litigationLaw}第七十条、第七十二条至第七十五条、第七十七条`,
    countedDate: '裁判日期',
    numerator: '败诉案件',
    denominator: '审结案件',
  },
  {
    key: 'heard',
    label: '开庭审理的案件',
    group: 'appearance',
    unit: '件',
    definition: '统计期内开庭审理并记录了出庭应诉情况的案件（一个审级多次开庭的计为一件）',
    basis: `${headAppearanceRule}第七条`,
    countedDate: '首次开庭日期',
  },
  {
    key: 'appearance_rate',
    label: '负责人出庭应诉率',
    group: 'appearance',
    unit: '%',
    definition:
      '行政机关负责人（正职、副职及分管负责人）出庭应诉的案件数除以开庭审理的案件数；同一审级出庭一次即计为出庭，委托工作人员出庭的不计',
    basis: `${litigationLaw}第三条第三款；${headAppearanceRule}第二条、第七条；${monthlyNotice}`,
    countedDate: '首次开庭日期',
    numerator: '负责人出庭应诉的案件',
    denominator: '开庭审理的案件',
    required: 100,
  },
  {
    key: 'recommendations_received',
    label: '收到的司法建议、检察建议',
    group: 'recommendations',
    unit: '件',
    definition: '统计期内行政机关收到的人民法院司法建议和人民检察院检察建议',
    basis: `${litigationLaw}第二十五条第四款、第六十六条第二款、第九十六条`,
    countedDate: '收到日期',
  },
  {
    key: 'recommendations_answered',
    label: '已回复的司法建议、检察建议',
    group: 'recommendations',
    unit: '件',
    definition: '统计期内行政机关书面回复的司法建议和检察建议（逾期回复的在说明中注明）',
    basis: `${litigationLaw}第二十五条第四款、第六十六条第二款、第九十六条`,
    countedDate: '回复日期',
  },
];

export const litigationStatisticDefinition = (key: LitigationStatisticKey) =>
  litigationStatisticDefinitions.find((d) => d.key === key)!;
