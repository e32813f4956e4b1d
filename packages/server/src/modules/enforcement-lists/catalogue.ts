// The enforcement-lists module's catalogue: the audit actions it writes, with the Chinese names the audit page shows.
export const enforcementListAuditActions = {
  'enforcement_list.published': '公布执法事前公示清单',
  'enforcement_list.imported': '导入执法事前公示清单',
} as const;

/** The audit subject of a list version. */
export const LIST_SUBJECT = 'enforcement_list';
