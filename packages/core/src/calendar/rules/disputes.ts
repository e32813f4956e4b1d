// Litigation deadlines (《中华人民共和国行政诉讼法》, 2017年修正; 法释〔2020〕3号) and case-file review
// (《广东省行政执法案卷评查办法》). 行政诉讼法 defines no working days: its periods are calendar periods counted
// under the 民事诉讼法 rules (行政诉讼法 第一百零一条).
import type { StatuteRule } from '../types';
import { LAW, days, defineRule, months, workingDays } from './define';

const law = LAW.litigation;

export const disputeRules: readonly StatuteRule[] = [
  // 行政诉讼法 第四十五条: 对复议决定不服的，可以在收到复议决定书之日起十五日内起诉.
  defineRule({
    id: 'litigation.sue-after-reconsideration',
    title: '经复议后提起行政诉讼',
    law,
    article: '第四十五条',
    ...days(15),
  }),
  // 行政诉讼法 第四十六条: 直接起诉的，应当自知道或者应当知道作出行政行为之日起六个月内提出.
  defineRule({
    id: 'litigation.sue-direct',
    title: '直接提起行政诉讼',
    law,
    article: '第四十六条',
    ...months(6),
  }),
  // 行政诉讼法 第四十七条: 行政机关在接到申请之日起两个月内不履行的，可以起诉.
  defineRule({
    id: 'litigation.failure-to-act',
    title: '不履行法定职责可起诉的等待期',
    law,
    article: '第四十七条',
    ...months(2),
    limit: 'at_least',
  }),
  // 行政诉讼法 第六十七条: 人民法院应当在立案之日起五日内，将起诉状副本发送被告.
  defineRule({
    id: 'litigation.complaint-copy',
    title: '法院发送起诉状副本',
    law,
    article: '第六十七条',
    ...days(5),
  }),
  // 行政诉讼法 第六十七条: 被告应当在收到起诉状副本之日起十五日内提交证据、规范性文件和答辩状.
  defineRule({
    id: 'litigation.defence',
    title: '行政应诉提交答辩状和证据',
    law,
    article: '第六十七条',
    ...days(15),
    note: '逾期不提供证据的，视为没有相应证据（第三十四条）',
  }),
  // 行政诉讼法 第八十一条: 应当在立案之日起六个月内作出第一审判决.
  defineRule({
    id: 'litigation.first-instance',
    title: '第一审审理期限',
    law,
    article: '第八十一条',
    ...months(6),
  }),
  // 行政诉讼法 第八十五条: 不服判决的，有权在判决书送达之日起十五日内上诉.
  defineRule({
    id: 'litigation.appeal-judgment',
    title: '不服一审判决提起上诉',
    law,
    article: '第八十五条',
    ...days(15),
  }),
  // 行政诉讼法 第八十五条: 不服裁定的，有权在裁定书送达之日起十日内上诉.
  defineRule({
    id: 'litigation.appeal-ruling',
    title: '不服一审裁定提起上诉',
    law,
    article: '第八十五条',
    ...days(10),
  }),
  // 法释〔2020〕3号 第五条: 通知负责人出庭的，应当在开庭三日前送达出庭通知书.
  defineRule({
    id: 'litigation.appearance-notice',
    title: '送达负责人出庭应诉通知书',
    law: LAW.headAppearance,
    article: '第五条',
    ...days(3),
    direction: 'before',
  }),
  // 法释〔2020〕3号 第六条: 行政机关负责人出庭应诉的，应当于开庭前向人民法院提交出庭应诉负责人的身份证明. The
  // article says only "开庭前": the workbench counts one whole day before the hearing (the engine's "at least N days
  // before"), which leaves the court a day to check it — a certificate not put right before the hearing counts as the
  // head not appearing.
  defineRule({
    id: 'litigation.head-identity-certificate',
    title: '提交出庭应诉负责人的身份证明',
    law: LAW.headAppearance,
    article: '第六条',
    ...days(1),
    direction: 'before',
    note: '第六条规定于开庭前提交；平台按开庭前至少一日提示，留出人民法院审查的时间，身份证明不能在开庭前补正的视为负责人未出庭',
  }),
  // No statute in the reference fixes when an agency answers a 司法建议 or a 检察建议 (行政诉讼法 第六十六条第二款、
  // 第九十六条 only allow the court to send one): the period is the region's own rule (deadline.rule.<id>.amount),
  // two months by default, and the basis shown names it as such, never another locality's document.
  defineRule({
    id: 'litigation.recommendation-reply',
    title: '回复司法建议、检察建议',
    law: '本地区关于司法建议、检察建议回复期限的规定',
    article: '',
    ...months(2),
    overridable: true,
    verified: false,
    note: '法律未规定行政机关回复司法建议、检察建议的期限，默认为收到之日起两个月，按本地规定设置',
  }),
  // 广东省令第231号 第十二条: 被评查单位对评查结果有异议的，可以在10个工作日内申请复核.
  defineRule({
    id: 'casefile-review.objection',
    title: '对案卷评查结果申请复核',
    law: LAW.gdCaseFiles,
    article: '第十二条',
    ...workingDays(10),
  }),
  // 广东省令第231号 第十二条: 复核机关在10个工作日内作出答复.
  defineRule({
    id: 'casefile-review.objection-reply',
    title: '答复案卷评查复核申请',
    law: LAW.gdCaseFiles,
    article: '第十二条',
    ...workingDays(10),
  }),
  // 广东省令第231号 第二十条至第二十二条: 收到《行政执法督察建议书》后30日内整改.
  defineRule({
    id: 'casefile-review.rectification',
    title: '按督察建议书整改并报告',
    law: LAW.gdCaseFiles,
    article: '第二十条至第二十二条',
    ...days(30),
  }),
  // 同上: 对督察建议书有异议的，在15日内向上一级申请复查.
  defineRule({
    id: 'casefile-review.supervision-objection',
    title: '对督察建议书申请复查',
    law: LAW.gdCaseFiles,
    article: '第二十条至第二十二条',
    ...days(15),
  }),
  // 同上: 上一级在15日内作出复查决定.
  defineRule({
    id: 'casefile-review.supervision-objection-review',
    title: '作出督察建议书复查决定',
    law: LAW.gdCaseFiles,
    article: '第二十条至第二十二条',
    ...days(15),
  }),
  // 同上: 《行政执法督察决定书》应当立即执行，并在30日内报告执行情况.
  defineRule({
    id: 'casefile-review.supervision-decision-report',
    title: '报告督察决定书执行情况',
    law: LAW.gdCaseFiles,
    article: '第二十条至第二十二条',
    ...days(30),
  }),
];
