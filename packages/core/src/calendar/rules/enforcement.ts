// 行政执法 deadlines: 《中华人民共和国行政处罚法》(2021), the 三项制度 guidance (国办发〔2018〕118号) and the Inner
// Mongolia implementing rules (内蒙古自治区人民政府令第244号, 内蒙古自治区行政执法监督条例).
// 行政处罚法 第八十五条: "二日""三日""五日""七日" are working days, excluding statutory holidays; 15日, 90日,
// 2年, 5年 are calendar periods.
import type { StatuteRule } from '../types';
import { LAW, days, defineRule, workingDays, years } from './define';

export const enforcementRules: readonly StatuteRule[] = [
  // 行政处罚法 第三十六条: 违法行为在二年内未被发现的，不再给予行政处罚.
  defineRule({
    id: 'enforcement.limitation',
    title: '行政处罚追责时效',
    law: LAW.penalty,
    article: '第三十六条',
    ...years(2),
    note: '自违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算',
  }),
  // 行政处罚法 第三十六条: 涉及公民生命健康安全、金融安全且有危害后果的，延长至五年.
  defineRule({
    id: 'enforcement.limitation-serious',
    title: '行政处罚追责时效（涉及生命健康、金融安全且有危害后果）',
    law: LAW.penalty,
    article: '第三十六条',
    ...years(5),
  }),
  // 行政处罚法 第四十八条第二款: 公开的处罚决定被变更、撤销、确认违法或者无效的，应当在三日内撤回并公开说明理由.
  defineRule({
    id: 'enforcement.publicity-withdrawal',
    title: '撤回已公开的行政处罚决定信息',
    law: LAW.penalty,
    article: '第四十八条',
    ...workingDays(3),
  }),
  // 行政处罚法 第五十六条: 先行登记保存的，应当在七日内及时作出处理决定.
  defineRule({
    id: 'enforcement.evidence-preservation',
    title: '先行登记保存证据处理决定',
    law: LAW.penalty,
    article: '第五十六条',
    ...workingDays(7),
  }),
  // 行政处罚法 第六十条: 自立案之日起九十日内作出处罚决定；法律、法规、规章另有规定的，从其规定 → overridable.
  // Departmental rules commonly exclude hearing, testing and appraisal time from the 90 days → pausable.
  defineRule({
    id: 'enforcement.penalty-case',
    title: '作出行政处罚决定（办案期限）',
    law: LAW.penalty,
    article: '第六十条',
    ...days(90),
    pausable: true,
    overridable: true,
    note: '法律、法规、规章另有规定的，从其规定',
  }),
  // 行政处罚法 第六十一条: 当事人不在场的，应当在七日内送达行政处罚决定书.
  defineRule({
    id: 'enforcement.service',
    title: '送达行政处罚决定书（当事人不在场）',
    law: LAW.penalty,
    article: '第六十一条',
    ...workingDays(7),
  }),
  // 行政处罚法 第六十四条第一项: 当事人要求听证的，应当在行政机关告知后五日内提出.
  defineRule({
    id: 'enforcement.hearing-request',
    title: '当事人提出听证要求',
    law: LAW.penalty,
    article: '第六十四条',
    ...workingDays(5),
  }),
  // 行政处罚法 第六十四条第二项: 应当在举行听证的七日前通知当事人及有关人员听证的时间、地点.
  defineRule({
    id: 'enforcement.hearing-notice',
    title: '行政处罚听证通知',
    law: LAW.penalty,
    article: '第六十四条',
    ...workingDays(7),
    direction: 'before',
  }),
  // 行政处罚法 第六十七条第三款: 当事人应当自收到行政处罚决定书之日起十五日内缴纳罚款.
  defineRule({
    id: 'enforcement.fine-payment',
    title: '缴纳罚款',
    law: LAW.penalty,
    article: '第六十七条',
    ...days(15),
  }),
  // 行政处罚法 第七十一条: 当场收缴的罚款，应当自收缴之日起二日内交至行政机关（水上自抵岸之日起）.
  defineRule({
    id: 'enforcement.fine-handover',
    title: '当场收缴的罚款交至行政机关',
    law: LAW.penalty,
    article: '第七十一条',
    ...workingDays(2),
  }),
  // 行政处罚法 第七十一条: 行政机关应当在二日内将罚款缴付指定的银行.
  defineRule({
    id: 'enforcement.fine-deposit',
    title: '行政机关将罚款缴付指定银行',
    law: LAW.penalty,
    article: '第七十一条',
    ...workingDays(2),
  }),
  // 国办发〔2018〕118号 (六) / 内蒙古令第244号 第十二条: 行政许可、行政处罚决定自作出之日起7个工作日内公开.
  defineRule({
    id: 'enforcement.publicity-decision',
    title: '公开行政许可、行政处罚决定',
    law: LAW.threeSystems,
    article: '第二部分第（六）项',
    ...workingDays(7),
    note: '内蒙古自治区人民政府令第244号第十二条规定相同；法律、行政法规另有规定的除外',
  }),
  // 国办发〔2018〕118号 (六): 其他行政执法决定应当在20个工作日内公开.
  defineRule({
    id: 'enforcement.publicity-other',
    title: '公开其他行政执法决定',
    law: LAW.threeSystems,
    article: '第二部分第（六）项',
    ...workingDays(20),
    note: '内蒙古自治区人民政府令第244号第十二条规定相同',
  }),
  // 国办发〔2018〕118号 (六) / 内蒙古令第244号 第十四条: 每年1月31日前公开本机关上年度行政执法总体情况和有关统计数据.
  defineRule({
    id: 'enforcement.statistics-annual',
    title: '公开上年度行政执法统计年报',
    law: LAW.threeSystems,
    article: '第二部分第（六）项',
    unit: 'fixed_date',
    amount: 0,
    fixed: { month: 1, day: 31, yearOffset: 1, inclusive: true },
    note: '内蒙古自治区人民政府令第244号第十四条：1月31日前报送本级司法行政部门',
  }),
  // 内蒙古令第244号 第二十条: 音像记录应当在24小时内上传至执法办案系统.
  defineRule({
    id: 'enforcement.video-upload',
    title: '上传执法音像记录',
    law: LAW.nmgThreeSystems,
    article: '第二十条',
    unit: 'hours',
    amount: 24,
    note: '连续执法、异地执法或者在边远地区执法的，应当在返回后尽快上传',
  }),
  // 内蒙古令第244号 第三十一条: 法制审核自收到材料之日起5个工作日内完成；情况复杂的，经批准可延长5个工作日；
  // 补充材料的时间不计入审核期限 → pausable. 118号 sets no number, so other regions may set their own → overridable.
  defineRule({
    id: 'enforcement.legal-review',
    title: '重大执法决定法制审核',
    law: LAW.nmgThreeSystems,
    article: '第三十一条',
    ...workingDays(5),
    extension: { amount: 5, unit: 'working_days' },
    pausable: true,
    overridable: true,
  }),
  // 行政执法证件有效期: no national source fixes a term (statutes §10: "not found … Do not hard-code"); 内蒙古行政执法
  // 监督条例 第十四条 has the certificate issued by the regional government without a term. So the amount is the
  // region's setting `enforcement.certificate.validity-years`, passed as an override citing that setting; a region
  // without one has no lapse (the engine refuses the rule without the region's amount).
  defineRule({
    id: 'enforcement.certificate-validity',
    title: '行政执法证件有效期',
    law: LAW.nmgSupervision,
    article: '第十四条',
    unit: 'years',
    amount: 0,
    overridable: true,
    validity: true,
    note: '国家层面未规定证件有效期，由省级人民政府规定；本条例规定证件由自治区人民政府统一核发，有效期以本地区设定为准',
  }),
  // 内蒙古行政执法监督条例 第十八条: 依法行政报告每年12月20日前报送.
  defineRule({
    id: 'supervision.annual-report',
    title: '报送年度依法行政报告',
    law: LAW.nmgSupervision,
    article: '第十八条',
    unit: 'fixed_date',
    amount: 0,
    fixed: { month: 12, day: 20, yearOffset: 0, inclusive: true },
  }),
  // 内蒙古行政执法监督条例 第二十六条: 接受移送的机关自作出处理决定之日起二十日内报告.
  defineRule({
    id: 'supervision.transfer-report',
    title: '报告移送事项处理结果',
    law: LAW.nmgSupervision,
    article: '第二十六条',
    ...days(20),
  }),
  // 内蒙古行政执法监督条例 第二十八条: 收到行政执法监督文书之日起三十日内报告办理情况.
  defineRule({
    id: 'supervision.handling-report',
    title: '报告行政执法监督文书办理情况',
    law: LAW.nmgSupervision,
    article: '第二十八条',
    ...days(30),
  }),
  // 内蒙古行政执法监督条例 第三十五条: 对监督决定有异议的，可以在三十日内申请复查.
  defineRule({
    id: 'supervision.objection',
    title: '对行政执法监督决定申请复查',
    law: LAW.nmgSupervision,
    article: '第三十五条',
    ...days(30),
  }),
  // 内蒙古行政执法监督条例 第三十五条: 复查决定在十日内作出.
  defineRule({
    id: 'supervision.objection-review',
    title: '作出复查决定',
    law: LAW.nmgSupervision,
    article: '第三十五条',
    ...days(10),
  }),
];
