// The Chinese names of the enforcement-lists module's own request fields (the manifest's `fieldLabels`).
export const enforcementListFieldLabels = {
  enforcementBodyId: '执法主体',
  effectiveFrom: '生效日期',
  adjustmentReason: '调整理由',
  rows: '清单事项',
  itemCode: '事项编码',
  itemName: '事项名称',
  legalBasis: '法律依据',
  details: '事项内容',
  method: '抽查方式',
  step: '执法环节',
  reviewCategory: '重大执法决定类别',
  reviewLevel: '层级',
  enforcementField: '执法领域',
  amountFrom: '涉案金额标准（元）',
  amount: '涉案金额（元）',
  on: '适用日期',
};
