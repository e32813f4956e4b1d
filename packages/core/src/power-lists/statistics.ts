// The lists' statistics (issue 16 item 7): what a list holds at the end of a period — by kind and by body — and how
// it changed over the period, between the version in force on its first day and the one in force on its last
// (seed 001: 梳理出现有权力事项2751项，取消、下放、转移和整合1467项，精简比例达53.3%). Each figure is counted from
// the items themselves, the records behind it listed by the statistics routes.

export const powerListStatisticKeys = ['in_force', 'added', 'reduced', 'reduction_rate'] as const;
export type PowerListStatisticKey = (typeof powerListStatisticKeys)[number];

export const powerListStatisticGroupLabels = { list: '清单事项' } as const;

const basis = '中办发〔2015〕21号：权力清单实行动态调整，向社会公布；精简比例按取消、下放、转移和整合的事项计算';

export const powerListStatisticDefinitions = {
  in_force: {
    label: '期末现行事项',
    group: 'list',
    unit: '件',
    definition: '统计期末日施行的清单版本中的事项（按实施主体在统计范围内计）',
    basis,
    countedDate: '期末施行版本的施行日期',
  },
  added: {
    label: '期间新增事项',
    group: 'list',
    unit: '件',
    definition: '期末施行版本中有、期初施行版本中没有的事项编码',
    basis,
    countedDate: '期末施行版本的施行日期',
  },
  reduced: {
    label: '期间精简事项',
    group: 'list',
    unit: '件',
    definition: '期初施行版本中的事项，到期末已取消、合并或下放（原实施主体不再实施）',
    basis,
    countedDate: '期末施行版本的施行日期',
  },
  reduction_rate: {
    label: '精简比例',
    group: 'list',
    unit: '%',
    definition: '期间精简事项占期初施行版本事项的比例',
    basis,
    countedDate: '期末施行版本的施行日期',
    numerator: '期间精简事项',
    denominator: '期初现行事项',
  },
} as const satisfies Record<
  PowerListStatisticKey,
  {
    label: string;
    group: keyof typeof powerListStatisticGroupLabels;
    unit: '件' | '%';
    definition: string;
    basis: string;
    countedDate: string;
    numerator?: string;
    denominator?: string;
  }
>;
