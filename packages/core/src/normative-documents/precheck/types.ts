// Types of the automatic legality pre-check (智能辅助审查). A finding points the reviewer at a clause that may breach
// one of the prohibitions on 行政规范性文件; it assists the 合法性审核 of 国办发〔2018〕115号 and never decides.
import type { ValiditySettings } from '../validity';

export type PrecheckCategory =
  | 'licensing'
  | 'penalty'
  | 'coercion'
  | 'fee'
  | 'obligation'
  | 'competition'
  | 'certificate'
  | 'validity'
  | 'issuer'
  | 'retroactivity';

export type PrecheckSeverity = 'high' | 'medium' | 'low';

export const precheckCategories = [
  'licensing',
  'penalty',
  'coercion',
  'fee',
  'obligation',
  'competition',
  'certificate',
  'validity',
  'issuer',
  'retroactivity',
] as const satisfies readonly PrecheckCategory[];

export const precheckCategoryLabels = {
  licensing: '违法设定行政许可或增设许可条件',
  penalty: '违法设定行政处罚',
  coercion: '违法设定行政强制措施',
  fee: '违法设定收费、保证金或征收',
  obligation: '无依据增加义务或减损权利',
  competition: '排除、限制公平竞争',
  certificate: '要求循环证明、重复证明、无谓证明',
  validity: '有效期未载明或超过上限',
  issuer: '以内设机构名义制发',
  retroactivity: '溯及既往',
} as const satisfies Record<PrecheckCategory, string>;

export const precheckSeverityLabels = {
  high: '高',
  medium: '中',
  low: '低',
} as const satisfies Record<PrecheckSeverity, string>;

export interface PrecheckFinding {
  category: PrecheckCategory;
  severity: PrecheckSeverity;
  /**
   * The clause, exactly `input.text.slice(start, end)`. A document-level finding with nothing in the text to point
   * at (an issuer given only as a parameter, a missing validity in a text without an effective-date clause) has
   * `start === end === 0` and `text === ''`.
   */
  text: string;
  /** Character offsets (UTF-16 code units, as JavaScript strings count) into the input text. */
  start: number;
  end: number;
  /** The statute and article the clause touches. */
  basis: string;
  /** What the reviewer might ask the drafting unit to do. */
  advice: string;
}

export interface PrecheckInput {
  text: string;
  title?: string;
  issuer?: string;
  /** YYYY-MM-DD. Used to detect an effective date before publication. */
  publicationDate?: string;
  /** Validity in years when the form states it outside the text; overrides what the text says. */
  validityYears?: number;
  /**
   * The region's own rule on 行政规范性文件, by name ("某省行政规范性文件管理办法") or as a citation with its article
   * ("《某省行政规范性文件管理办法》第二十条", a region setting's source), cited as the validity
   * finding's basis. Without it the finding cites the national sources and the limits in `validitySettings`.
   */
  regionRule?: string;
  /** Per-jurisdiction limits; defaults to `defaultValiditySettings`. */
  validitySettings?: Partial<ValiditySettings>;
}

export interface PrecheckResult {
  findings: PrecheckFinding[];
}
