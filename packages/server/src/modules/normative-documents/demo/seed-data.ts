// The demo district's normative documents (fictional; every title names 示范区 and the text says 演示). `start` is
// the drafting day relative to today; `state` is how far the procedure has gone.
import type { CleanupOutcome, CommentAnswer, DocumentKind } from '@fazhi/core/normative-documents';

export type DemoState =
  | 'drafting'
  | 'consultation'
  | 'legality_review'
  | 'deliberation'
  | 'approved'
  | 'withdrawn'
  | 'published'
  | 'filed'
  | 'accepted'
  | 'not_reviewable'
  | 'correction_ordered'
  | 'correction_reported'
  | 'corrected';

export interface DemoComment {
  body: string;
  name?: string;
  article?: number;
  answer: CommentAnswer;
  reason?: string;
  spam?: boolean;
}

export interface DemoDocument {
  key: string;
  title: string;
  drafter: string;
  issuer?: string;
  kind: DocumentKind;
  bases: string[];
  market?: boolean;
  exemptReason?: string;
  articles: string[];
  comments: DemoComment[];
  start: number;
  state: DemoState;
  reviewChanges?: string;
  /** 修改后通过: the article (index) the drafting unit rewrote by the opinion, and its 修改情况说明 */
  revision?: { article: number; body: string; statement: string };
  /** validity in days after the effective date (otherwise the longest allowed) */
  validityDays?: number;
  lateFiling?: boolean;
  cleanup?: { outcome: CleanupOutcome; reason: string };
  /** while the consultation is still open, how many of the first comments the unit has already approved and answered */
  answeredWhileOpen?: number;
}

const body = (topic: string, duty: string, unit: string) => [
  `为了规范${topic}，保障公民、法人和其他组织的合法权益，根据有关法律、法规、规章的规定，结合本区实际，制定本办法。（演示）`,
  `本办法适用于本区行政区域内${topic}及其监督管理活动。`,
  `${unit}负责本办法的组织实施，区有关部门按照各自职责做好相关工作。`,
  duty,
  '对违反本办法的行为，由有关部门依照相关法律、法规、规章的规定处理。',
  `本办法由${unit}负责解释。`,
];

const comments = (topic: string): DemoComment[] => [
  {
    body: `建议进一步明确${topic}的办理时限，方便群众办事。`,
    name: '示范·市民甲（演示）',
    article: 3,
    answer: 'adopted',
  },
  {
    body: `第三条中“有关部门”的职责分工不够清晰，建议列明具体部门。`,
    name: '示范·律师乙（演示）',
    article: 2,
    answer: 'partly_adopted',
    reason: '已在第三条补充牵头部门，具体分工由配套文件明确。',
  },
  {
    body: '建议取消对外地企业的额外备案要求。',
    article: 3,
    answer: 'not_adopted',
    reason: '草案未设置针对外地企业的额外要求，该意见所指内容不存在。',
  },
  { body: '低价代办各类证件，联系电话略。', answer: 'not_adopted', spam: true },
];

export const DEMO_DOCUMENTS: readonly DemoDocument[] = [
  // ---- about two years ago: in force, filed, reviewed, and decided in the 2025 cleanup -----------------------
  {
    key: 'smb',
    title: '示范区人民政府关于促进中小企业发展的若干措施',
    drafter: '示范区发展和改革委员会',
    issuer: '示范区人民政府',
    kind: 'ordinary',
    bases: ['《中华人民共和国中小企业促进法》', '《优化营商环境条例》'],
    market: true,
    articles: body(
      '中小企业发展扶持工作',
      '区财政每年安排中小企业发展专项资金，按照公开、公平、公正的原则使用。',
      '区发展和改革委员会',
    ),
    comments: comments('中小企业扶持资金申报'),
    start: -720,
    state: 'accepted',
    cleanup: { outcome: 'amend', reason: '部分扶持条款与新修订的上位法不一致，需修改。' },
  },
  {
    key: 'greening',
    title: '示范区人民政府关于加强城市绿化管理的规定',
    drafter: '示范区住房和城乡建设局',
    issuer: '示范区人民政府',
    kind: 'ordinary',
    bases: ['《城市绿化条例》'],
    articles: body('城市绿化建设和管理', '任何单位和个人不得擅自占用城市绿化用地。', '区住房和城乡建设局'),
    comments: comments('绿化用地审批'),
    start: -700,
    state: 'accepted',
    cleanup: { outcome: 'repeal', reason: '已被市级新规定覆盖，不再需要本级文件。' },
  },
  {
    key: 'property',
    title: '示范区住房和城乡建设局物业服务企业信用评价管理暂行办法',
    drafter: '示范区住房和城乡建设局',
    kind: 'interim',
    bases: ['《物业管理条例》'],
    market: true,
    articles: body('物业服务企业信用评价', '信用评价结果向社会公开，并作为物业项目招标的参考。', '区住房和城乡建设局'),
    comments: comments('信用评价结果公开'),
    start: -660,
    state: 'accepted',
  },
  {
    // an interim document drafted by demo.legal's unit (issued by the district government) whose two years run out
    // within six months: its post-evaluation task is open (后评估, statutes §4.2), so the console's start and
    // conclusion can be tried with the demo users
    key: 'workshop',
    title: '示范区食品生产加工小作坊登记管理暂行办法',
    drafter: '示范区市场监督管理局',
    issuer: '示范区人民政府',
    kind: 'interim',
    bases: ['《中华人民共和国食品安全法》', '《内蒙古自治区食品生产加工小作坊和食品摊贩管理条例》'],
    articles: body(
      '食品生产加工小作坊登记管理',
      '小作坊应当在生产加工场所醒目位置公示登记证、从业人员持有健康证明情况和主要原料信息。',
      '区市场监督管理局',
    ),
    comments: [
      {
        body: '建议对登记证到期换证设置提前提醒，避免小作坊因逾期被处理。',
        name: '示范·小作坊经营者（演示）',
        article: 3,
        answer: 'adopted',
      },
      {
        body: '公示从业人员健康证明可能泄露个人信息，建议只公示是否持证。',
        name: '示范·律师丙（演示）',
        article: 3,
        answer: 'partly_adopted',
        reason: '已修改为公示持证情况和有效期，不公示证明原件。',
      },
    ],
    start: -650,
    state: 'accepted',
  },
  {
    key: 'employment',
    title: '示范区人力资源和社会保障局就业困难人员认定办法',
    drafter: '示范区人力资源和社会保障局',
    kind: 'ordinary',
    bases: ['《中华人民共和国就业促进法》'],
    articles: body('就业困难人员认定', '认定申请材料齐全的，应当在十个工作日内作出认定。', '区人力资源和社会保障局'),
    comments: comments('就业困难人员认定'),
    start: -640,
    state: 'corrected',
  },
  {
    key: 'farm',
    title: '示范区农牧水利局农村集体经济组织财务管理办法（试行）',
    drafter: '示范区农牧水利局',
    kind: 'trial',
    bases: ['《中华人民共和国农村集体经济组织法》'],
    articles: body('农村集体经济组织财务管理', '集体经济组织的财务收支情况每季度公开一次。', '区农牧水利局'),
    comments: comments('集体财务公开'),
    start: -610,
    state: 'accepted',
    validityDays: 300,
  },
  {
    key: 'minimum',
    title: '示范区民政局最低生活保障审核确认实施细则',
    drafter: '示范区民政局',
    kind: 'ordinary',
    bases: ['《社会救助暂行办法》'],
    articles: body('最低生活保障审核确认', '审核确认应当自受理之日起三十日内完成。', '区民政局'),
    comments: comments('低保审核时限'),
    start: -580,
    state: 'not_reviewable',
    cleanup: { outcome: 'lapse', reason: '上级已出台统一实施细则，本细则宣布失效。' },
  },
  {
    key: 'health',
    title: '示范区卫生健康委员会医疗机构依法执业信用评价办法',
    drafter: '示范区卫生健康委员会',
    kind: 'ordinary',
    bases: ['《医疗机构管理条例》'],
    exemptReason: '本文件仅规范医疗机构内部执业评价，涉及行政机关内部管理事项，依法不公开征求意见。（演示）',
    articles: body('医疗机构依法执业信用评价', '评价结果分为A、B、C三级，每年评定一次。', '区卫生健康委员会'),
    comments: [],
    start: -540,
    state: 'accepted',
  },
  {
    key: 'commerce',
    title: '示范区商务局促进夜间经济发展的实施意见',
    drafter: '示范区商务局',
    kind: 'ordinary',
    bases: ['《优化营商环境条例》'],
    market: true,
    articles: body('夜间经济发展促进工作', '对夜间经营活动实行包容审慎监管。', '区商务局'),
    comments: comments('夜间经营'),
    start: -470,
    state: 'accepted',
    reviewChanges: '第四条“包容审慎监管”应明确不得降低安全标准。',
    revision: {
      article: 3,
      body: '对夜间经营活动实行包容审慎监管，但不得降低安全生产、消防安全和食品安全标准。',
      statement: '采纳审核意见：第四条增加“不得降低安全生产、消防安全和食品安全标准”的规定。（演示）',
    },
  },
  // ---- the last year: filed with each outcome, under correction, published awaiting filing, and drafts --------
  {
    key: 'individual',
    title: '示范区市场监督管理局关于规范个体工商户登记管理的若干规定',
    drafter: '示范区市场监督管理局',
    kind: 'ordinary',
    bases: ['《促进个体工商户发展条例》', '《中华人民共和国市场主体登记管理条例》'],
    market: true,
    articles: body(
      '个体工商户登记管理',
      '登记机关应当当场办结登记申请，不能当场办结的，应当在三个工作日内办结。',
      '区市场监督管理局',
    ),
    comments: comments('个体工商户登记'),
    start: -330,
    state: 'correction_ordered',
  },
  {
    key: 'food',
    title: '示范区市场监督管理局小餐饮店登记管理办法',
    drafter: '示范区市场监督管理局',
    kind: 'ordinary',
    bases: ['《中华人民共和国食品安全法》'],
    articles: body('小餐饮店登记', '小餐饮店应当在经营场所醒目位置公示登记证。', '区市场监督管理局'),
    comments: comments('小餐饮登记'),
    start: -280,
    state: 'correction_reported',
    lateFiling: true,
  },
  {
    key: 'training',
    title: '示范区教育局校外培训机构监督管理办法（试行）',
    drafter: '示范区教育局',
    kind: 'trial',
    bases: ['《中华人民共和国民办教育促进法》'],
    articles: body('校外培训机构监督管理', '培训机构收费项目和标准应当向社会公示。', '区教育局'),
    comments: comments('培训收费公示'),
    start: -250,
    state: 'accepted',
  },
  {
    key: 'taxi',
    title: '示范区交通运输局网络预约出租汽车经营服务管理暂行办法',
    drafter: '示范区交通运输局',
    kind: 'interim',
    bases: ['《网络预约出租汽车经营服务管理暂行办法》'],
    market: true,
    articles: body('网络预约出租汽车经营服务', '网约车平台公司应当依法纳税，为乘客购买承运人责任险。', '区交通运输局'),
    comments: comments('网约车管理'),
    start: -160,
    state: 'filed',
  },
  {
    key: 'parking',
    title: '示范区人民政府关于加强公共停车场管理的规定',
    drafter: '示范区住房和城乡建设局',
    issuer: '示范区人民政府',
    kind: 'ordinary',
    bases: ['《中华人民共和国道路交通安全法》'],
    articles: body('公共停车场建设和管理', '公共停车场收费标准应当在入口处明码标价。', '区住房和城乡建设局'),
    comments: comments('停车收费'),
    start: -62,
    state: 'published',
  },
  {
    // consultation closed with every approved comment answered (adopted / partly / not, with reasons), published a
    // few days ago and awaiting filing: its 意见采纳情况说明 and filing package can be produced, and demo.legal files it
    key: 'ebike',
    title: '示范区市场监督管理局电动自行车销售和维修经营规范管理办法',
    drafter: '示范区市场监督管理局',
    kind: 'ordinary',
    bases: ['《中华人民共和国产品质量法》', '《中华人民共和国消费者权益保护法》'],
    articles: body(
      '电动自行车销售和维修经营活动',
      '销售者应当查验电动自行车产品强制性认证证书，不得销售、改装不符合强制性国家标准的电动自行车及蓄电池。',
      '区市场监督管理局',
    ),
    comments: [
      {
        body: '建议在第四条中明确禁止为消费者私自拆除限速装置、加装蓄电池。',
        name: '示范·社区网格员（演示）',
        article: 3,
        answer: 'adopted',
      },
      {
        body: '维修点多为个体经营，建议对小型维修点给予过渡期，过渡期内以指导为主。',
        name: '示范·个体维修户（演示）',
        article: 3,
        answer: 'partly_adopted',
        reason: '采纳设置过渡期的意见，过渡期定为三个月；改装蓄电池等涉及安全的行为不设过渡期。',
      },
      {
        body: '建议要求所有销售门店统一安装区市场监管局指定的电子台账系统。',
        name: '示范·销售商户（演示）',
        article: 3,
        answer: 'not_adopted',
        reason: '指定使用特定系统可能排除、限制竞争，且无上位法依据；台账可以采用纸质或任何电子形式。',
      },
      {
        body: '希望增加以旧换新补贴的具体标准。',
        name: '示范·市民丁（演示）',
        article: 0,
        answer: 'not_adopted',
        reason: '以旧换新补贴由区商务局另行制定实施方案，不在本办法规定范围内。',
      },
      { body: '专业代办各类资质，价格优惠，详询。', answer: 'not_adopted', spam: true },
    ],
    start: -61,
    state: 'published',
  },
  {
    key: 'elderly',
    title: '示范区民政局居家养老服务补贴管理办法',
    drafter: '示范区民政局',
    kind: 'ordinary',
    bases: ['《中华人民共和国老年人权益保障法》'],
    articles: body('居家养老服务补贴', '补贴对象每年复核一次。', '区民政局'),
    comments: comments('养老补贴'),
    start: -58,
    state: 'approved',
  },
  {
    key: 'market-stall',
    title: '示范区市场监督管理局农贸市场摊位管理暂行规定',
    drafter: '示范区市场监督管理局',
    kind: 'interim',
    bases: ['《中华人民共和国产品质量法》'],
    articles: body('农贸市场摊位管理', '市场开办者应当建立摊位经营者档案。', '区市场监督管理局'),
    comments: comments('摊位管理'),
    start: -75,
    state: 'withdrawn',
  },
  {
    key: 'school-bus',
    title: '示范区教育局校车安全管理实施办法',
    drafter: '示范区教育局',
    kind: 'ordinary',
    bases: ['《校车安全管理条例》'],
    articles: body('校车安全管理', '校车驾驶人应当每年参加安全培训。', '区教育局'),
    comments: comments('校车安全'),
    start: -55,
    state: 'deliberation',
  },
  {
    key: 'advert',
    title: '示范区市场监督管理局户外广告设置管理办法',
    drafter: '示范区市场监督管理局',
    kind: 'ordinary',
    bases: ['《中华人民共和国广告法》'],
    market: true,
    articles: body('户外广告设置', '户外广告设施应当安全牢固，定期检查。', '区市场监督管理局'),
    comments: comments('户外广告'),
    start: -42,
    state: 'legality_review',
  },
  {
    key: 'pets',
    title: '示范区市场监督管理局宠物经营场所管理规定（征求意见稿）',
    drafter: '示范区市场监督管理局',
    kind: 'ordinary',
    bases: ['《中华人民共和国动物防疫法》'],
    articles: body('宠物经营场所管理', '宠物经营场所应当具备相应的防疫条件。', '区市场监督管理局'),
    // the first two comments are already approved and answered while the consultation runs (shown on the portal with
    // their answers); the others wait in the moderation queue
    comments: [
      {
        body: '第三条只写了“区有关部门按照各自职责”，建议写明农牧水利局负责动物防疫条件审查、市场监管局负责经营主体登记。',
        name: '示范·宠物店经营者（演示）',
        article: 2,
        answer: 'partly_adopted',
        reason: '拟在第三条列明农牧水利局和市场监督管理局的职责，其他部门职责以区政府“三定”规定为准。',
      },
      {
        body: '建议第五条对初次轻微违反规定并及时改正的经营场所，先行提醒教育。',
        name: '示范·律师戊（演示）',
        article: 4,
        answer: 'adopted',
      },
      {
        body: '建议将宠物美容、寄养场所一并纳入本规定的适用范围。',
        name: '示范·市民己（演示）',
        article: 1,
        answer: 'adopted',
      },
      { body: '宠物用品批发，全网最低价，详询客服。', answer: 'not_adopted', spam: true },
    ],
    start: -15,
    state: 'consultation',
    answeredWhileOpen: 2,
  },
  {
    key: 'heating',
    title: '示范区住房和城乡建设局供热服务质量管理办法',
    drafter: '示范区住房和城乡建设局',
    kind: 'ordinary',
    bases: ['《内蒙古自治区城镇供热条例》'],
    articles: body('供热服务质量管理', '供热单位应当保证居民室内温度不低于十八摄氏度。', '区住房和城乡建设局'),
    comments: [],
    start: -3,
    state: 'drafting',
  },
];
