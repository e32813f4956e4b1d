// The major-decisions module's catalogue: the audit actions it writes, with the Chinese names the audit page shows.
export const decisionAuditActions = {
  'decision_catalogue.drafted': '编制决策事项目录',
  'decision_catalogue.item_added': '目录增加决策事项',
  'decision_catalogue.item_changed': '修改目录中的决策事项',
  'decision_catalogue.item_removed': '目录移出决策事项',
  'decision_catalogue.party_consent_recorded': '记录同级党委同意决策事项目录',
  'decision_catalogue.published': '公布决策事项目录',
  'decision_catalogue.adjustment_opened': '调整决策事项目录',
  'decision_expert.added': '专家入库',
  'decision_expert.changed': '修改专家信息',
  'decision_expert.drawn': '抽取论证专家',
} as const;

/** The audit subject of a catalogue version. */
export const CATALOGUE_SUBJECT = 'decision_catalogue';

/** The audit subjects of an expert and of a draw. */
export const EXPERT_SUBJECT = 'decision_expert';
export const DRAW_SUBJECT = 'decision_expert_draw';
