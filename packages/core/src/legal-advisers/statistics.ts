// The legal-advisers statistics (issue 21 item 3; seed 003: 审核行政合同55件、常务会议议题34件、提出法制审核意见300余条;
// seed 004: 52个行政村、48个社区, 67件次): what each figure counts and the day that puts a record in the period. Every
// figure is counted from the records by one SQL source (server modules/legal-advisers/statistics/sources.ts).
import { adviserLevelLabels, engagementKindLabels, type AdviserLevel, type EngagementKind } from './rules';

export const legalAdviserStatisticGroupLabels = {
  advisers: '法律顾问、公职律师',
  engagements: '参与事项',
  reviews: '合同、议题和文件合法性审查',
} as const;
type Group = keyof typeof legalAdviserStatisticGroupLabels;

const levelKeys = ['government', 'department', 'township', 'village', 'community'] as const satisfies AdviserLevel[];
const engagementKeys = [
  'major_decision',
  'normative_document',
  'contract',
  'litigation',
  'petition',
  'meeting',
  'other',
] as const satisfies EngagementKind[];

export const legalAdviserStatisticKeys = [
  ...levelKeys.map((l) => `advisers_${l}` as const),
  'advisers_external',
  'advisers_public_lawyer',
  'engagements',
  ...engagementKeys.map((k) => `engagements_${k}` as const),
  'reviews_contract',
  'reviews_meeting_topic',
  'reviews_document',
  'reviews_passed',
  'reviews_passed_with_changes',
  'reviews_failed',
  'review_opinions',
  'reviews_within_period',
] as const;
export type LegalAdviserStatisticKey = (typeof legalAdviserStatisticKeys)[number];

const noStatute = '国家未规定统计口径，按法治政府建设年度报告（《法治政府建设与责任落实督察工作规定》第二十五条）填报';
const serving = '统计期间内在聘（聘期与统计期间有重叠）的外聘法律顾问，及统计期间结束前登记的公职律师';

type Definition = {
  key: LegalAdviserStatisticKey;
  label: string;
  group: Group;
  unit: '件';
  definition: string;
  basis: string;
  countedDate: string;
};

export const legalAdviserStatisticDefinitions: readonly Definition[] = [
  ...levelKeys.map((l): Definition => ({
    key: `advisers_${l}`,
    label: `${adviserLevelLabels[l]}的法律顾问、公职律师`,
    group: 'advisers',
    unit: '件',
    definition: `${serving}中，服务于${adviserLevelLabels[l]}的人数`,
    basis: noStatute,
    countedDate: '聘期开始日期或登记日期（早于统计期间的，计为统计期间首日）',
  })),
  {
    key: 'advisers_external',
    label: '外聘法律顾问',
    group: 'advisers',
    unit: '件',
    definition: '统计期间内在聘的外聘法律顾问人数',
    basis: noStatute,
    countedDate: '聘期开始日期（早于统计期间的，计为统计期间首日）',
  },
  {
    key: 'advisers_public_lawyer',
    label: '公职律师',
    group: 'advisers',
    unit: '件',
    definition: '统计期间结束前登记的公职律师人数',
    basis: noStatute,
    countedDate: '登记日期（早于统计期间的，计为统计期间首日）',
  },
  {
    key: 'engagements',
    label: '法律顾问、公职律师参与事项',
    group: 'engagements',
    unit: '件',
    definition: '法律顾问、公职律师参与处理并出具法律意见的事项件次（含合法性审查中记录的参与）',
    basis: noStatute,
    countedDate: '参与日期',
  },
  ...engagementKeys.map((k): Definition => ({
    key: `engagements_${k}`,
    label: `参与${engagementKindLabels[k]}事项`,
    group: 'engagements',
    unit: '件',
    definition: `法律顾问、公职律师参与${engagementKindLabels[k]}事项的件次`,
    basis: noStatute,
    countedDate: '参与日期',
  })),
  ...(
    [
      ['reviews_contract', '审核行政协议和其他合同', '审查办结的行政协议和其他合同（每次报送计一次）'],
      ['reviews_meeting_topic', '审核常务会议议题', '审查办结的常务会议议题（每次报送计一次）'],
      ['reviews_document', '审核其他文件', '审查办结的其他文件（每次报送计一次）'],
      ['reviews_passed', '审核通过', '审查结果为审核通过的'],
      ['reviews_passed_with_changes', '修改后通过', '审查结果为修改后通过的'],
      ['reviews_failed', '审核不通过', '审查结果为审核不通过的'],
      ['review_opinions', '提出法制审核意见', '审查意见中逐条计数的审核意见条数（每条计一件）'],
      ['reviews_within_period', '在审查期限内办结', '在本地区规定的审查期限内办结的审查'],
    ] as const
  ).map(([key, label, definition]): Definition => ({
    key,
    label,
    group: 'reviews',
    unit: '件',
    definition,
    basis: `审查期限按本地区的规定；${noStatute}`,
    countedDate: '审查办结日期',
  })),
];

export const legalAdviserStatisticDefinition = (key: LegalAdviserStatisticKey) =>
  legalAdviserStatisticDefinitions.find((d) => d.key === key)!;
