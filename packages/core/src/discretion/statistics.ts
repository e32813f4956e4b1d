// 裁量基准统计 (issue 16 item 7, this module's part): what each figure counts, the date that puts a record in the
// period, and its article. The benchmarks and their circumstances are counted as they stand in force on the period's
// last day; versions published and revisions by the day they were published; drafts as they are when read (a draft
// keeps no history of its own, so no earlier day can be asked of it). The penalty items of the powers list without a
// benchmark join the powers list's version in force on the last day by item code and implementing body.
import { circumstanceKinds, circumstanceLabels, type CircumstanceKind } from './benchmark';

const law = '《中华人民共和国行政处罚法》';
const article34 = `${law}第三十四条：行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权。行政处罚裁量基准应当向社会公布`;

export type CircumstanceFigureKey = `circumstances_${CircumstanceKind}`;
export const discretionStatisticKeys = [
  'in_force',
  'published',
  'revised',
  ...circumstanceKinds.map((k): CircumstanceFigureKey => `circumstances_${k}`),
  'drafts',
  'uncovered',
] as const;
export type DiscretionStatisticKey = (typeof discretionStatisticKeys)[number];

export const discretionStatisticGroupLabels = {
  benchmarks: '裁量基准',
  circumstances: '现行裁量基准的裁量情形',
} as const;

export interface DiscretionStatisticDefinition {
  key: DiscretionStatisticKey;
  label: string;
  group: keyof typeof discretionStatisticGroupLabels;
  unit: '件';
  definition: string;
  basis: string;
  countedDate: string;
}

/** The article a kind of circumstance rests on besides 第三十四条 (the lenient ones are the law's own). */
const circumstanceArticle: Record<CircumstanceKind, string> = {
  no_penalty: `；${law}第三十三条（不予行政处罚的情形）`,
  reduced: `；${law}第三十二条（从轻或者减轻行政处罚的情形）`,
  lighter: `；${law}第三十二条（从轻或者减轻行政处罚的情形）`,
  general: '',
  heavier: '',
};

export const discretionStatisticDefinitions: readonly DiscretionStatisticDefinition[] = [
  {
    key: 'in_force',
    label: '现行有效的裁量基准',
    group: 'benchmarks',
    unit: '件',
    definition:
      '统计期间最后一日现行有效的裁量基准件数，每个实施机关的每个处罚事项计一件（已公布且施行日期已到的最新版本）',
    basis: article34,
    countedDate: '施行日期（统计期间最后一日现行有效）',
  },
  {
    key: 'published',
    label: '公布的裁量基准版本',
    group: 'benchmarks',
    unit: '件',
    definition: '统计期间内公布的裁量基准版本数，首次制定和修订后公布的版本均计入',
    basis: article34,
    countedDate: '公布日期',
  },
  {
    key: 'revised',
    label: '修订公布的裁量基准',
    group: 'benchmarks',
    unit: '件',
    definition: '统计期间内修订后公布的裁量基准版本数（第二版及以后的版本，附修订理由）',
    basis: article34,
    countedDate: '公布日期',
  },
  ...circumstanceKinds.map((k): DiscretionStatisticDefinition => ({
    key: `circumstances_${k}`,
    label: `“${circumstanceLabels[k]}”情形`,
    group: 'circumstances',
    unit: '件',
    definition: `统计期间最后一日现行有效的裁量基准中，“${circumstanceLabels[k]}”裁量情形的条数`,
    basis: `${article34}${circumstanceArticle[k]}`,
    countedDate: '所属裁量基准的施行日期（统计期间最后一日现行有效）',
  })),
  {
    key: 'drafts',
    label: '起草中的裁量基准版本',
    group: 'benchmarks',
    unit: '件',
    definition: '查询时尚在起草、未公布的裁量基准版本数（草稿不保留历史状态，不按统计期间筛选）',
    basis: article34,
    countedDate: '起草日期',
  },
  {
    key: 'uncovered',
    label: '尚无裁量基准的行政处罚事项',
    group: 'benchmarks',
    unit: '件',
    definition:
      '统计期间最后一日权责清单现行版本中的行政处罚事项，其实施主体对该事项（按事项编码对应）尚无现行有效裁量基准的件数',
    basis: article34,
    countedDate: '统计期间最后一日（权责清单现行版本）',
  },
];

export const discretionStatisticDefinition = (key: DiscretionStatisticKey) =>
  discretionStatisticDefinitions.find((d) => d.key === key)!;
