// The Chinese names of the commitments module's own request fields (the manifest's `fieldLabels`); idNumber, mobile
// and uscc carry the organisations module's names, itemCode and legalBasis the enforcement lists'.
export const commitmentFieldLabels = {
  handlingBodyId: '办理机关',
  itemCode: '事项编码',
  itemName: '事项名称',
  legalBasis: '法律依据',
  list: '所属清单',
  commitmentContent: '承诺内容',
  allowedFrom: '实行告知承诺制的日期',
  commitmentItemId: '告知承诺事项',
  applicantKind: '申请人类型',
  applicantName: '申请人名称',
  idNumber: '身份证号码',
  mobile: '手机号码',
  uscc: '统一社会信用代码',
  handledOn: '办理日期',
  commitment: '申请人的承诺',
  checkedOn: '核查日期',
  checkResult: '核查结果',
  checkNote: '核查情况',
  consequences: '处理结果',
  consequenceNote: '处理情况说明',
};
