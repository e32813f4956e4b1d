// The Chinese names of the major-decisions module's own request fields (the manifest's `fieldLabels`); the names
// it shares with the platform and other modules are in platform/http/field-labels.ts.
export const decisionFieldLabels = {
  itemId: '决策事项标识',
  bodyOrgId: '决策机关',
  sponsorOrgId: '承办单位',
  legalBasis: '法律依据',
  policyBasis: '政策依据',
  plannedStart: '计划启动时间',
  plannedFinish: '计划完成时间',
  applicableSteps: '适用程序',
  consentedOn: '党委同意日期',
  record: '党委同意的文件或会议',
  field: '专业领域',
  employer: '工作单位',
  termFrom: '聘期开始日期',
  termTo: '聘期结束日期',
  conflicts: '申报的利害关系',
  matter: '论证的决策事项',
  count: '抽取人数',
  interests: '利害关系方',
} as const;
