// The Chinese names of the discretion module's own request fields (the manifest's `fieldLabels`); the facts'
// names are core's (factKinds), so the form, the reasons and a refusal name a fact alike.
import { factKinds } from '@fazhi/core/discretion';

export const discretionFieldLabels = {
  implementingOrgId: '实施主体',
  itemCode: '事项编码',
  itemName: '事项名称',
  legalBasis: '法律依据',
  circumstances: '裁量情形',
  description: '情形描述',
  conditions: '适用条件',
  fact: '案件事实',
  op: '比较方式',
  value: '比较值',
  fine: '罚款幅度',
  minYuan: '罚款下限（元）',
  maxYuan: '罚款上限（元）',
  of: '倍数的计算基数',
  minTimes: '倍数下限',
  maxTimes: '倍数上限',
  otherPenalties: '其他处罚种类',
  effectiveOn: '施行日期',
  facts: '案件事实',
  on: '适用日期',
  ...Object.fromEntries(Object.entries(factKinds).map(([k, v]) => [k, v.label])),
} as Readonly<Record<string, string>>;
