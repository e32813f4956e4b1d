// The Chinese names of the fields and parameters a request can carry, so that a refused input is named the way the
// user knows it ("查询编号") and never by its identifier ("trackingNumber"). Keyed by the last segment of the path.
// These are the fields the platform and several modules share; a module declares its own fields' names in its
// manifest (`fieldLabels`), and the registry merges both, refusing one name given two labels.
export type FieldLabels = ReadonlyMap<string, string>;

export const platformFieldLabels: Readonly<Record<string, string>> = {
  id: '记录标识',
  commentId: '意见标识',
  articleId: '条款标识',
  orgId: '单位',
  parentId: '上级单位',
  page: '页码',
  pageSize: '每页条数',
  q: '检索内容',
  status: '状态',
  validity: '效力状态',
  year: '年份',
  kind: '类型',
  regionCode: '行政区划代码',
  from: '开始日期',
  to: '结束日期',
  username: '用户名',
  password: '密码',
  currentPassword: '原密码',
  newPassword: '新密码',
  confirmPassword: '确认新密码',
  displayName: '姓名',
  role: '角色',
  scope: '管辖范围',
  assignments: '任职角色',
  name: '名称',
  title: '标题',
  heading: '条款序号',
  body: '内容',
  articles: '条款',
  docNumber: '文号',
  opensOn: '征求意见开始日期',
  closesOn: '征求意见截止日期',
  closedOn: '征求意见结束日期',
  submittedOn: '报送日期',
  shortenedReason: '缩短征求意见期限的理由',
  publishedOn: '发布日期',
  decision: '审议结果',
  result: '审核结论',
  concludedOn: '办结日期',
  earlyReason: '提前办结的理由',
  finding: '审查意见',
  item: '审查事项',
  opinion: '意见',
  outcome: '处理结果',
  report: '纠正情况',
  answer: '答复',
  reason: '理由',
  reasons: '理由',
  note: '说明',
  contact: '联系方式',
  source: '来源',
  rule: '期限规则',
  seq: '序号',
  unread: '是否只看未读',
  // the legality review's checklist, of normative documents (审核) and decisions (审查) alike
  checklist: '审查事项清单',
};

/** The Chinese name of the field at `path` (a.b.0.c) among `labels` (the registry's), or null when it has none. */
export function fieldLabel(labels: FieldLabels, path: string): string | null {
  const last = path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .pop();
  return (last && labels.get(last)) ?? null;
}
