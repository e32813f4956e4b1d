// The commitments module's catalogue: the audit actions it writes, with the Chinese names the audit page shows.
export const commitmentAuditActions = {
  'commitment_item.added': '确定告知承诺事项',
  'commitment_matter.recorded': '记录告知承诺办理事项',
  'commitment_matter.checked': '记录告知承诺核查结果',
} as const;

export const ITEM_SUBJECT = 'commitment_item';
export const MATTER_SUBJECT = 'commitment_matter';
