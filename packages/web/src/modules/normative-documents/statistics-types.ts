// The statistics API's answers (mirrors packages/server/src/modules/normative-documents/queries/statistics.ts).
export type StatisticGroup = 'drafting' | 'filing' | 'stock' | 'cleanup';

export interface StatisticFigure {
  key: string;
  label: string;
  group: StatisticGroup;
  unit: '件' | '%';
  definition: string;
  basis: string;
  countedDate: string;
  numeratorLabel?: string;
  denominatorLabel?: string;
  /** a count, or a rate in percent (one decimal); null for a rate with nothing due */
  value: number | null;
  display: string;
  numerator?: number;
  denominator?: number;
}

export interface StatisticsScope {
  regionCode: string;
  regionName: string;
  orgId: string | null;
  orgName: string | null;
  units: { id: string; name: string }[];
}

export interface NormativeStatistics {
  period: { from: string; to: string };
  scope: StatisticsScope;
  figures: StatisticFigure[];
}

export interface StatisticRecord {
  id: string;
  recordId: string;
  kind: 'document' | 'campaign';
  title: string;
  docNumber: string | null;
  unitName: string | null;
  countedOn: string;
  note: string;
  inNumerator?: boolean;
  link: string;
}

export interface StatisticRecords {
  figure: Omit<StatisticFigure, 'value' | 'display' | 'numerator' | 'denominator'>;
  total: number;
  page: number;
  pageSize: number;
  items: StatisticRecord[];
}

export const statisticGroupLabels: Record<StatisticGroup, string> = {
  drafting: '制定与合法性审核',
  filing: '备案与备案审查',
  stock: '期末文件状态',
  cleanup: '文件清理',
};
