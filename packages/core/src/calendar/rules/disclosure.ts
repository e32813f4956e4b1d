// 政府信息公开 deadlines (《中华人民共和国政府信息公开条例》, 2019年修订) and the annual reports with fixed dates
// (条例 第四十九条; 《法治政府建设与责任落实督察工作规定》第二十三条、第二十四条). The 条例 writes its periods
// as "N个工作日" itself.
import type { StatuteRule } from '../types';
import { LAW, defineRule, workingDays } from './define';

const law = LAW.disclosure;

export const disclosureRules: readonly StatuteRule[] = [
  // 第二十六条: 属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开.
  defineRule({
    id: 'disclosure.proactive',
    title: '主动公开政府信息',
    law,
    article: '第二十六条',
    ...workingDays(20),
    note: '法律、法规对公开期限另有规定的，从其规定',
  }),
  // 第三十条: 申请内容不明确的，应当自收到申请之日起7个工作日内一次性告知申请人补正.
  // The reply period then restarts from receipt of the corrected request (use restartFrom on disclosure.reply).
  defineRule({
    id: 'disclosure.correction-notice',
    title: '一次性告知申请人补正',
    law,
    article: '第三十条',
    ...workingDays(7),
  }),
  // 第三十条: 说明需要补正的事项和合理的补正期限 — the 条例 names no number of days: the body gives the period in its
  // 补正告知书 (stored as the announced day), and this default only proposes one; a region sets its own.
  defineRule({
    id: 'disclosure.applicant-correction',
    title: '申请人补正政府信息公开申请',
    law,
    article: '第三十条',
    ...workingDays(15),
    overridable: true,
    verified: false,
    note: '条例只规定“合理的补正期限”，未规定天数；以补正告知书载明的期限为准，本默认值可由本地区设定',
  }),
  // 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号): the payment deadline of the fee notice was not verified
  // against the 办法's text (statutes §6.2), so it is a region's own value; an unpaid fee ends the request (表三（六）2).
  defineRule({
    id: 'disclosure.fee-payment',
    title: '申请人缴纳信息处理费',
    law: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    article: '',
    ...workingDays(20),
    overridable: true,
    verified: false,
    note: '缴费期限未经官方文本核实，默认20个工作日，由本地区按其规定设定',
  }),
  // 第三十二条: 第三方应当自收到征求意见书之日起15个工作日内提出意见.
  defineRule({
    id: 'disclosure.third-party-reply',
    title: '第三方提出意见',
    law,
    article: '第三十二条',
    ...workingDays(15),
  }),
  // 第三十三条第二款: 不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长的，经负责人同意并告知
  // 申请人，延长的期限最长不得超过20个工作日. 第三十三条第三款: 征求第三方和其他机关意见所需时间不计算在内 → pausable.
  defineRule({
    id: 'disclosure.reply',
    title: '答复政府信息公开申请',
    law,
    article: '第三十三条',
    ...workingDays(20),
    extension: { amount: 20, unit: 'working_days' },
    pausable: true,
  }),
  // 第三十四条: 共同制作的信息，被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见.
  defineRule({
    id: 'disclosure.joint-consultation-reply',
    title: '共同制作机关提出意见',
    law,
    article: '第三十四条',
    ...workingDays(15),
    note: '逾期未提出意见的视为同意公开',
  }),
  // 第四十九条: 各级人民政府部门应当于每年1月31日前向本级政府信息公开工作主管部门提交上一年度年度报告并向社会公布.
  defineRule({
    id: 'report.disclosure-annual.department',
    title: '部门政府信息公开工作年度报告',
    law,
    article: '第四十九条',
    unit: 'fixed_date',
    amount: 0,
    fixed: { month: 1, day: 31, yearOffset: 1, inclusive: true },
  }),
  // 第四十九条: 县级以上地方人民政府的政府信息公开工作主管部门应当于每年3月31日前公布本级政府上一年度年度报告.
  defineRule({
    id: 'report.disclosure-annual.government',
    title: '本级政府政府信息公开工作年度报告',
    law,
    article: '第四十九条',
    unit: 'fixed_date',
    amount: 0,
    fixed: { month: 3, day: 31, yearOffset: 1, inclusive: true },
  }),
  // 督察工作规定 第二十三条第二款: 县级以上政府部门、县级以上地方政府等每年3月1日前报送上一年度法治政府建设情况.
  defineRule({
    id: 'report.annual-rule-of-law.submit',
    title: '报送上一年度法治政府建设情况报告',
    law: LAW.inspection,
    article: '第二十三条',
    unit: 'fixed_date',
    amount: 0,
    fixed: { month: 3, day: 1, yearOffset: 1, inclusive: false },
  }),
  // 督察工作规定 第二十三条第一款: 省级党委和政府、国务院各部门每年4月1日前向党中央、国务院报告.
  defineRule({
    id: 'report.annual-rule-of-law.provincial-submit',
    title: '省级及国务院部门报送法治政府建设年度报告',
    law: LAW.inspection,
    article: '第二十三条',
    unit: 'fixed_date',
    amount: 0,
    fixed: { month: 4, day: 1, yearOffset: 1, inclusive: false },
  }),
  // 督察工作规定 第二十四条: 年度报告于每年4月1日前通过报刊、网站等向社会公开.
  defineRule({
    id: 'report.annual-rule-of-law.publish',
    title: '向社会公开法治政府建设年度报告',
    law: LAW.inspection,
    article: '第二十四条',
    unit: 'fixed_date',
    amount: 0,
    fixed: { month: 4, day: 1, yearOffset: 1, inclusive: false },
  }),
];
