// 规范性文件统计: what each figure of the annual report counts, as data. The reports the platform must be able to
// produce state figures such as "报备规范性文件309件，予以备案288件，通知自行纠正10件，不予审查11件" (seed 001,
// 篇一 (四)) and "行政规范性文件审结率、备案率、及时率均达100%" (seed 003). Neither says which date puts a record in a
// period, so each definition below fixes it and says why; the server computes every figure straight from the records
// with exactly these rules, and can list the records behind each figure.
import { filingOutcomeLabels } from './workflow';

import type { StatisticUnit } from '../statistics';

export type { StatisticUnit };
export type StatisticGroup = 'drafting' | 'filing' | 'stock' | 'cleanup';

export interface StatisticDefinition {
  key: string;
  label: string;
  group: StatisticGroup;
  unit: StatisticUnit;
  /** what is counted and which date puts a record in the period (shown to the user next to the figure) */
  definition: string;
  /** where the figure comes from */
  basis: string;
  /** the date shown for each record behind the figure */
  countedDate: string;
  /** rates: what the numerator and the denominator count */
  numerator?: string;
  denominator?: string;
}

// The basis shown next to a figure is the national source that requires what is counted — never an internal label
// nor a report the figures happen to appear in (the seed reports only show which figures officials publish). A
// region's own periods (e.g. a shorter filing period) are cited by name on each record's deadline, not here.
const COUNTY = '《国务院关于加强市县政府依法行政的决定》（国发〔2008〕17号）';
const REVIEW_RULE =
  '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）：合法性审核全覆盖';
const FILING_REVIEW = `${COUNTY}第（十四）项：规范性文件报送备案，备案机关审查，发现问题的予以纠正`;
const FILING_RULE = `${COUNTY}第（十四）项：自发布之日起15日内报送备案（本地区规定期限的，按本地区规定）`;
const CLEANUP_RULE = `${COUNTY}第（十五）项：清理后公布继续有效、废止和失效的文件目录`;
const STOCK_RULE = `${COUNTY}第（十五）项：未列入继续有效目录的规范性文件不得作为行政管理依据`;

export const statisticDefinitions = [
  // ── 制定 (drafting and legality review) ──
  {
    key: 'drafted',
    label: '起草件数',
    group: 'drafting',
    unit: '件',
    definition: '起草日期在统计期内的规范性文件（以起草登记的日期为准）。',
    basis:
      '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）：规范性文件制定程序自起草开始',
    countedDate: '起草日期',
  },
  {
    key: 'review_submitted',
    label: '报送合法性审核件次',
    group: 'drafting',
    unit: '件',
    definition: '报送日期在统计期内的合法性审核（同一文件退回修改后再次报送的，按次计）。',
    basis: REVIEW_RULE,
    countedDate: '报送审核日期',
  },
  {
    key: 'reviewed',
    label: '审核办结件次',
    group: 'drafting',
    unit: '件',
    definition: '合法性审核意见作出日期在统计期内的审核（不论何时报送）。',
    basis: REVIEW_RULE,
    countedDate: '审核意见日期',
  },
  {
    key: 'review_completion_rate',
    label: '审结率',
    group: 'drafting',
    unit: '%',
    // Ambiguous in the seed: "审结" is read as "of the reviews submitted in the period, those concluded by its last
    // day", so the numerator is a subset of the denominator and the rate never exceeds 100%.
    definition: '统计期内报送的合法性审核中，至统计期末已作出审核意见的比例。',
    basis: REVIEW_RULE,
    countedDate: '报送审核日期',
    numerator: '统计期内报送且至期末已审结的审核件次',
    denominator: '统计期内报送的审核件次',
  },
  {
    key: 'published',
    label: '发布件数',
    group: 'drafting',
    unit: '件',
    // A renewal after post-evaluation is registered, numbered and published again, so it is a publication too.
    definition: '统一登记、编号、发布的日期在统计期内的登记（后评估后重新登记发布的，按次计）。',
    basis:
      '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）：统一登记、统一编号、统一印发',
    countedDate: '发布日期',
  },
  // ── 备案 (filing and filing review) ──
  {
    key: 'filed',
    label: '报备件数',
    group: 'filing',
    unit: '件',
    definition: '报送备案日期在统计期内的备案。',
    basis: FILING_RULE,
    countedDate: '报送备案日期',
  },
  {
    key: 'filing_rate',
    label: '备案率',
    group: 'filing',
    unit: '%',
    // The denominator is what had to be filed in the period: publications whose stored filing deadline (computed by
    // the calendar engine at publication) falls in it; the numerator, those among them filed by the period end.
    definition: '报送备案期限届满日在统计期内的已发布文件中，至统计期末已报送备案的比例。',
    basis: FILING_RULE,
    countedDate: '备案期限届满日',
    numerator: '应报备文件中至期末已报送备案的件数',
    denominator: '备案期限届满日在统计期内的件数',
  },
  {
    key: 'filing_on_time_rate',
    label: '及时率',
    group: 'filing',
    unit: '%',
    // statutes.md §4.3 divides by "issued"; the task brief divides by "filed". We divide by the filings of the period
    // so that the rate speaks only of filings made (a missing filing already lowers 备案率).
    definition: '统计期内报送的备案中，报送日期不晚于登记的备案期限届满日的比例。',
    basis: FILING_RULE,
    countedDate: '报送备案日期',
    numerator: '按期报送的备案件数',
    denominator: '统计期内报送的备案件数',
  },
  {
    key: 'filing_accepted',
    label: '予以备案',
    group: 'filing',
    unit: '件',
    definition: '备案审查结论为“予以备案”且审查日期在统计期内的备案。',
    basis: FILING_REVIEW,
    countedDate: '备案审查日期',
  },
  {
    key: 'filing_correction_ordered',
    label: filingOutcomeLabels.correction_ordered,
    group: 'filing',
    unit: '件',
    definition: '备案审查发现违法内容、通知制定机关自行纠正，且审查日期在统计期内的备案。',
    basis: FILING_REVIEW,
    countedDate: '备案审查日期',
  },
  {
    key: 'filing_not_reviewable',
    label: '不予审查',
    group: 'filing',
    unit: '件',
    definition: '备案审查认定不属于规范性文件、不予审查，且审查日期在统计期内的备案。',
    basis: FILING_REVIEW,
    countedDate: '备案审查日期',
  },
  {
    key: 'corrections_confirmed',
    label: '纠正完成',
    group: 'filing',
    unit: '件',
    definition: '司法局确认已纠正、确认日期在统计期内的纠正。',
    basis: FILING_REVIEW,
    countedDate: '确认纠正日期',
  },
  // ── 存量 (documents in force at the period end) ──
  {
    key: 'valid',
    label: '现行有效',
    group: 'stock',
    unit: '件',
    // "待修改" (amendment pending after a cleanup or evaluation) documents still apply until amended; a document
    // whose 施行日期 falls after the period end is published but not yet in force (catalogue.ts shownStatus).
    definition:
      '统计期末状态为“已发布”或“待修改”、且施行日期不晚于期末的文件（按期末以前最后一次状态变更确定；已公布但期末尚未施行的不计入）。',
    basis: STOCK_RULE,
    // the last act recorded by the period end (publication, filing, a review …), not necessarily the publication
    countedDate: '期末前最近一次办理日期',
  },
  {
    key: 'not_yet_effective',
    label: '已公布、尚未施行',
    group: 'stock',
    unit: '件',
    definition: '统计期末已公布（状态为“已发布”）、但施行日期在期末之后的文件。',
    basis: STOCK_RULE,
    countedDate: '期末前最近一次办理日期',
  },
  {
    key: 'repealed',
    label: '已废止',
    group: 'stock',
    unit: '件',
    definition: '统计期末状态为“已废止”的文件（含被新文件替代的）。',
    basis: STOCK_RULE,
    countedDate: '废止日期',
  },
  {
    key: 'lapsed',
    label: '已失效',
    group: 'stock',
    unit: '件',
    definition: '统计期末状态为“已失效”的文件（有效期届满的，自届满次日起计为失效；或经清理宣布失效）。',
    basis: STOCK_RULE,
    countedDate: '失效日期',
  },
  // ── 清理 (cleanup campaigns whose results were published in the period) ──
  {
    key: 'cleanup_campaigns',
    label: '完成清理次数',
    group: 'cleanup',
    unit: '件',
    definition: '清理结果公布日期在统计期内、且涉及统计范围内文件的清理（单位只计涉及本单位文件的清理）。',
    basis: CLEANUP_RULE,
    countedDate: '结果公布日期',
  },
  {
    key: 'cleanup_documents',
    label: '清理文件数',
    group: 'cleanup',
    unit: '件',
    definition: '统计期内公布结果的清理所涉及的文件（一次清理中每件文件计一次）。',
    basis: CLEANUP_RULE,
    countedDate: '结果公布日期',
  },
  {
    key: 'cleanup_remains_valid',
    label: '清理：继续有效',
    group: 'cleanup',
    unit: '件',
    definition: '统计期内公布结果的清理中，清理意见为“继续有效”的文件。',
    basis: CLEANUP_RULE,
    countedDate: '结果公布日期',
  },
  {
    key: 'cleanup_amend',
    label: '清理：修改',
    group: 'cleanup',
    unit: '件',
    definition: '统计期内公布结果的清理中，清理意见为“修改”的文件。',
    basis: CLEANUP_RULE,
    countedDate: '结果公布日期',
  },
  {
    key: 'cleanup_repeal',
    label: '清理：废止',
    group: 'cleanup',
    unit: '件',
    definition: '统计期内公布结果的清理中，清理意见为“废止”的文件。',
    basis: CLEANUP_RULE,
    countedDate: '结果公布日期',
  },
  {
    key: 'cleanup_lapse',
    label: '清理：宣布失效',
    group: 'cleanup',
    unit: '件',
    definition: '统计期内公布结果的清理中，清理意见为“宣布失效”的文件。',
    basis: CLEANUP_RULE,
    countedDate: '结果公布日期',
  },
] as const satisfies readonly StatisticDefinition[];

export type StatisticKey = (typeof statisticDefinitions)[number]['key'];

export const statisticKeys = statisticDefinitions.map((d) => d.key) as StatisticKey[];

export const statisticGroupLabels: Record<StatisticGroup, string> = {
  drafting: '制定与合法性审核',
  filing: '备案与备案审查',
  stock: '期末文件状态',
  cleanup: '文件清理',
};

export function isStatisticKey(key: string): key is StatisticKey {
  return (statisticKeys as string[]).includes(key);
}

export function statisticDefinition(key: StatisticKey): StatisticDefinition {
  return statisticDefinitions.find((d) => d.key === key) as StatisticDefinition;
}

export function isRateKey(key: StatisticKey): boolean {
  return statisticDefinition(key).unit === '%';
}

// the period and rate helpers are every module's statistics' (core statistics/): re-exported for this module's users
export { checkPeriod, formatPeriod, formatRate, ratePercent, yearToDate } from '../statistics';
export type { Period, PeriodProblem } from '../statistics';
