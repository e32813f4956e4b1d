// Word lists the features are built from. Subjects and modal verbs are matched on jieba tokens; the domain words are
// also loaded into jieba so that "责令停产停业", "行政机关" or "外地企业" stay one token instead of being cut apart.

export type SubjectKind = 'private' | 'administrative';
export type ModalKind = 'must' | 'prohibit' | 'may' | 'encourage';

/** Those the 37号 protects: 公民、法人和其他组织 and the people and firms a draft usually names. */
const PRIVATE_WORDS = [
  '公民',
  '法人',
  '其他组织',
  '个人',
  '企业',
  '经营者',
  '申请人',
  '当事人',
  '市场主体',
  '个体工商户',
  '商户',
  '商家',
  '从业人员',
  '居民',
  '村民',
  '业主',
  '承租人',
  '出租人',
  '房东',
  '租户',
  '投标人',
  '供应商',
  '中介机构',
  '开发商',
  '开发企业',
  '房地产开发企业',
  '物业服务企业',
  '用人单位',
  '建设单位',
  '施工单位',
  '监理单位',
  '生产经营单位',
  '生产者',
  '销售者',
  '经销商',
  '运营者',
  '举办者',
  '驾驶人',
  '车主',
  '消费者',
  '养殖户',
  '社会组织',
  '行业协会',
  '外地企业',
  '本地企业',
  '外来人员',
  '流动人口',
  '学生',
  '家长',
  '劳动者',
  '务工人员',
  '求职者',
  '个人独资企业',
  '合伙企业',
  '民办学校',
  '培训机构',
  '医疗机构',
  '检测机构',
];

/** Bodies that exercise public power: a duty on them is the government binding itself. */
const ADMINISTRATIVE_WORDS = [
  '行政机关',
  '人民政府',
  '政府',
  '部门',
  '主管部门',
  '有关部门',
  '相关部门',
  '职能部门',
  '监管部门',
  '执法部门',
  '执法机关',
  '执法人员',
  '工作人员',
  '办事处',
  '街道办事处',
  '管委会',
  '机关',
  '派出所',
  '司法所',
  '执法大队',
  '执法中队',
  '行政执法机关',
  '审批机关',
  '登记机关',
  '备案机关',
  // Roles inside the administration's own procedure: a duty on them binds the agency, not the public.
  '主持人',
  '听证主持人',
  '听证员',
  '调查人员',
  '案件调查人员',
  '承办人员',
  '审核人员',
  '法制机构',
  '法制工作机构',
  '法制审核机构',
  '复议机构',
  '执法机构',
  '经办机构',
  '承办单位',
  '牵头单位',
  '责任单位',
  '配合单位',
  '发证机关',
  '制定机关',
];

/** Suffixes of organ names as jieba cuts them ("管理局", "监管局", "卫健委", "法制办"). */
const ADMINISTRATIVE_SUFFIXES = ['局', '厅', '委', '政府', '部门', '机关', '办事处', '管委会', '大队', '中队'];

const PRIVATE_SUFFIXES = [
  '企业',
  '公司',
  '经营者',
  '申请人',
  '投标人',
  '承租人',
  '个体户',
  '业主',
  '商户',
  '居民',
  '村民',
];

const MODALS: Record<ModalKind, readonly string[]> = {
  must: ['应当', '应', '必须', '须', '需', '均应', '务必', '一律', '需要', '应予', '须经', '需经', '应经'],
  prohibit: ['不得', '禁止', '严禁', '不准', '不允许', '不许', '一律不得', '杜绝', '不能'],
  may: ['可以', '可'],
  encourage: ['鼓励', '支持', '引导', '倡导', '提倡', '欢迎', '自愿'],
};

const PRIVATE = new Set(PRIVATE_WORDS);
const ADMINISTRATIVE = new Set(ADMINISTRATIVE_WORDS);
const MODAL_OF = new Map<string, ModalKind>();
for (const [kind, words] of Object.entries(MODALS) as [ModalKind, readonly string[]][]) {
  for (const w of words) MODAL_OF.set(w, kind);
}

/** Staff of the administration; any other "…员" (驾驶员, 快递员, 安全员) works for a private party. */
const PUBLIC_STAFF = new Set(['公务员', '检查人员', '监管人员', '审查人员', '网格员', '调解员']);

const subjectCache = new Map<string, SubjectKind | null>();

/** Who a token names, if it names a party at all (memoised: a draft repeats the same few hundred words). */
export function subjectKindOf(word: string): SubjectKind | null {
  let kind = subjectCache.get(word);
  if (kind === undefined) {
    kind = classifySubject(word);
    subjectCache.set(word, kind);
  }
  return kind;
}

function classifySubject(word: string): SubjectKind | null {
  if (PRIVATE.has(word)) return 'private';
  if (ADMINISTRATIVE.has(word) || PUBLIC_STAFF.has(word)) return 'administrative';
  if (word.length >= 3 && word.endsWith('员')) return 'private';
  if (word.length >= 2) {
    if (ADMINISTRATIVE_SUFFIXES.some((s) => word.endsWith(s) && word !== s)) return 'administrative';
    if (PRIVATE_SUFFIXES.some((s) => word.endsWith(s))) return 'private';
  }
  return null;
}

export function modalKindOf(word: string): ModalKind | null {
  return MODAL_OF.get(word) ?? null;
}

/**
 * Words before a party that make it the object rather than the subject: "对企业", "向申请人", "督促建设单位",
 * "鼓励企业", "经区政府批准". The duty in "区住建局应当督促建设单位…" binds the 住建局.
 */
export const OBJECT_MARKERS = new Set([
  '对',
  '经',
  '须经',
  '需经',
  '应经',
  '报经',
  '报请',
  '委托',
  '向',
  '为',
  '给',
  '与',
  '同',
  '帮助',
  '协助',
  '督促',
  '要求',
  '责令',
  '组织',
  '引导',
  '鼓励',
  '支持',
  '指导',
  '服务',
  '告知',
  '通知',
  '提醒',
  '约谈',
  '允许',
  '同意',
  '吸引',
  '扶持',
  '奖励',
  '补贴',
]);

/** What private parties do: a ban or an approval on these binds them even when no party is named. */
export const PRIVATE_ACTIVITY =
  /(饲养|养殖|种植|燃放|焚烧|摆摊|设摊|从事|经营|开业|营业|开工|施工|销售|生产|进入|设立|举办|开展|运营|上岗|入驻|出租|占用|设置|建设|搭建|停放|张贴|投入使用|上市|摆放|投放|发布)/;

/** Extra jieba entries: "word frequency tag" lines appended to the default dictionary. */
export const DOMAIN_DICTIONARY = [
  ...PRIVATE_WORDS,
  ...ADMINISTRATIVE_WORDS,
  '卫健委',
  '发改委',
  '住建局',
  '市场监管局',
  '城管局',
  '综合执法局',
  '法制办',
  '行政许可',
  '行政处罚',
  '行政强制',
  '强制措施',
  '强制执行',
  '强制拆除',
  '限制人身自由',
  '责令停产停业',
  '责令关闭',
  '违法所得',
  '非法财物',
  '保证金',
  '押金',
  '循环证明',
  '重复证明',
  '无谓证明',
  '证明材料',
  '地方财政贡献',
  '公平竞争审查',
  '上位法',
  '方可',
  '不得',
  '一律不得',
  '告知承诺',
]
  .map((w) => `${w} 50000 n`)
  .join('\n');
