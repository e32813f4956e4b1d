// The enforcement module's catalogue: the audit actions it writes, with the Chinese names the audit page shows,
// and the audit subjects they name.
export const enforcementAuditActions = {
  'enforcement_body.registered': '确认行政执法主体',
  'enforcement_body.changed': '修改行政执法主体信息',
  'enforcement_body.announced': '公告行政执法主体名单',
  'enforcement_officer.added': '登记执法人员和证件',
  'enforcement_officer.roster_imported': '导入执法人员名册',
  'enforcement_officer.certificate_status_changed': '变更执法证件状态',
  'enforcement_officer.registered_annually': '执法证件年度注册',
  'enforcement_officer.certificate_renewed': '换发执法证件',
  'enforcement_officer.exam_passed': '记录行政执法资格考试合格',
} as const;

export const BODY_SUBJECT = 'enforcement_body';
export const ANNOUNCEMENT_SUBJECT = 'enforcement_body_announcement';
export const OFFICER_SUBJECT = 'enforcement_officer';
