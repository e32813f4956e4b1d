// The lists a region publishes and keeps current (seed 002 task 2: 健全完善权责清单、公共服务事项清单、行政许可事项清单、
// 涉企经营许可事项清单、行政备案事项清单、证明事项清单), held by one design: every list is items with a code, a name, sub-items,
// legal bases, an implementing body, responsibilities and accountability cases; what differs between the kinds of
// list is declared here — which kinds of item a list holds and its own columns — not written six times.
// Zod-free and browser-safe: the web shows these labels through contracts/power-lists/pages.ts.

/** The ten kinds of power (issue 16 item 3; seed 004 (五): 对全区行政处罚、行政强制等10类行政权力进行了全面清理). */
export const powerItemKinds = [
  'licensing',
  'penalty',
  'coercion',
  'levy',
  'benefit',
  'inspection',
  'confirmation',
  'reward',
  'adjudication',
  'other',
] as const;
export type PowerItemKind = (typeof powerItemKinds)[number];

export const powerItemKindLabels = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  levy: '行政征收',
  benefit: '行政给付',
  inspection: '行政检查',
  confirmation: '行政确认',
  reward: '行政奖励',
  adjudication: '行政裁决',
  other: '其他行政权力',
} as const satisfies Record<PowerItemKind, string>;

export const listKinds = [
  'powers',
  'licensing',
  'business_licensing',
  'filing',
  'certification',
  'public_service',
] as const;
export type ListKind = (typeof listKinds)[number];

/** A column a kind of list has beyond the common ones (the 涉企经营许可 list's 改革方式, a 证明事项's 开具单位). */
export interface ListColumn {
  key: string;
  label: string;
  required: boolean;
  /** the values it accepts, when it is an enumeration */
  options?: readonly string[];
}

export interface ListKindDef {
  label: string;
  /** the policy document that requires the list */
  basis: string;
  /** the kinds of item the list holds; a list of one kind fills it in itself */
  itemKinds: readonly PowerItemKind[];
  columns: readonly ListColumn[];
}

// 《国务院办公厅关于全面实行行政许可事项清单管理的通知》(国办发〔2022〕2号) 四: 涉企经营许可的四种改革方式
export const businessReformModes = ['直接取消审批', '审批改为备案', '实行告知承诺', '优化审批服务'] as const;

export const listKindDefs = {
  powers: {
    label: '权责清单',
    basis: '《中共中央办公厅 国务院办公厅关于推行地方各级政府工作部门权力清单制度的指导意见》（中办发〔2015〕21号）',
    itemKinds: powerItemKinds,
    columns: [],
  },
  licensing: {
    label: '行政许可事项清单',
    basis: '《国务院办公厅关于全面实行行政许可事项清单管理的通知》（国办发〔2022〕2号）',
    itemKinds: ['licensing'],
    columns: [{ key: 'licenceName', label: '许可证件名称', required: false }],
  },
  business_licensing: {
    label: '涉企经营许可事项清单',
    basis: '《国务院关于深化“证照分离”改革进一步激发市场主体发展活力的通知》（国发〔2021〕7号）',
    itemKinds: ['licensing'],
    // required: the list exists to sort every licence into one of the four modes (优化营商环境条例 第十九条 第二款:
    // 对所有涉企经营许可事项进行分类管理); an item without one is not yet on the list as its format has it
    columns: [
      { key: 'reformMode', label: '改革方式', required: true, options: businessReformModes },
      { key: 'licenceName', label: '许可证件名称', required: false },
    ],
  },
  filing: {
    label: '行政备案事项清单',
    basis: '《法治政府建设实施纲要（2021－2025年）》：全面推行行政备案事项清单管理',
    itemKinds: ['other'],
    columns: [{ key: 'filingParty', label: '备案主体', required: true }],
  },
  certification: {
    label: '证明事项清单',
    basis: '《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）',
    itemKinds: ['other'],
    // 开具单位 optional: a 证明 the applicant draws up or holds itself (民办教育促进法 第十三条: 资产来源、资金数额及
    // 有效证明文件; 兽药管理条例 第二十二条: 符合条件的证明材料) has no unit that issues it, and the law names none
    columns: [
      { key: 'certificateName', label: '证明材料名称', required: true },
      { key: 'issuingUnit', label: '开具单位', required: false },
    ],
  },
  public_service: {
    label: '公共服务事项清单',
    basis: '《国务院关于加快推进全国一体化在线政务服务平台建设的指导意见》（国发〔2018〕27号）',
    itemKinds: ['other'],
    // 服务对象 optional: where the article names who is served it is filled from it; a service to all (安全生产法
    // 第七十三条: 受理有关安全生产的举报; 医师法 第二十一条: 医师注册信息查询服务) names no one, and none is invented
    columns: [{ key: 'serviceTarget', label: '服务对象', required: false }],
  },
} as const satisfies Record<ListKind, ListKindDef>;

export const listKindLabels = Object.fromEntries(listKinds.map((k) => [k, listKindDefs[k].label])) as Record<
  ListKind,
  string
>;

/**
 * How a list changes (seed 004: 《区级行政权力清单和责任清单动态调整管理办法》; seed 001: 取消、下放、转移和整合部门权力
 * 事项). Every version after the first is one adjustment with its reason, approval and effective date.
 */
export const adjustmentKinds = ['initial', 'add', 'remove', 'merge', 'delegate', 'change', 'import'] as const;
export type AdjustmentKind = (typeof adjustmentKinds)[number];

export const adjustmentKindLabels = {
  initial: '首次公布',
  add: '新增',
  remove: '取消',
  merge: '合并',
  delegate: '下放',
  change: '变更',
  import: '整体导入',
} as const satisfies Record<AdjustmentKind, string>;

/** The acts on a list (its policy's actions, the abilities a list answers). */
export const powerListActions = ['read', 'adjust', 'import'] as const;
export type PowerListAction = (typeof powerListActions)[number];
