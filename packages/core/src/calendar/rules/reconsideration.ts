// 行政复议 deadlines (《中华人民共和国行政复议法》, 2023年修订, 2024-01-01 施行).
// 第八十八条第二款: "三日""五日""七日""十日" are working days, excluding statutory holidays; every other period
// (15日, 30日, 60日, 1年 …) is a calendar period counted under the 民事诉讼法 rules (第八十八条第一款).
import type { StatuteRule } from '../types';
import { LAW, days, defineRule, workingDays, years } from './define';

const law = LAW.reconsideration;

export const reconsiderationRules: readonly StatuteRule[] = [
  // 第二十条第一款: 自知道或者应当知道该行政行为之日起六十日内提出行政复议申请.
  // 第二十条第二款: 因不可抗力或者其他正当理由耽误的，申请期限自障碍消除之日起继续计算 → pausable.
  defineRule({
    id: 'reconsideration.application',
    title: '申请行政复议期限',
    law,
    article: '第二十条',
    ...days(60),
    pausable: true,
    note: '法律规定的申请期限超过六十日的，从其规定',
  }),
  // 第二十条第三款: 未告知复议权利等的，自知道或者应当知道行政行为内容之日起最长不得超过一年.
  defineRule({
    id: 'reconsideration.application-uninformed',
    title: '未告知申请复议权利时的最长申请期限',
    law,
    article: '第二十条',
    ...years(1),
  }),
  // 第二十一条: 因不动产提出的申请自行政行为作出之日起超过二十年 … 不予受理.
  defineRule({
    id: 'reconsideration.absolute-limit-real-property',
    title: '不动产行政复议申请最长期限',
    law,
    article: '第二十一条',
    ...years(20),
  }),
  // 第二十一条: 其他行政复议申请自行政行为作出之日起超过五年的，不予受理.
  defineRule({
    id: 'reconsideration.absolute-limit-other',
    title: '其他行政复议申请最长期限',
    law,
    article: '第二十一条',
    ...years(5),
  }),
  // 第三十条: 收到行政复议申请后，应当在五日内进行审查; 期满未作出不予受理决定的，视为受理.
  defineRule({
    id: 'reconsideration.acceptance-review',
    title: '行政复议申请受理审查',
    law,
    article: '第三十条',
    ...workingDays(5),
  }),
  // 第三十一条第一款: 自收到申请之日起五日内书面通知申请人补正.
  defineRule({
    id: 'reconsideration.correction-notice',
    title: '书面通知申请人补正',
    law,
    article: '第三十一条',
    ...workingDays(5),
  }),
  // 第三十一条第二款: 申请人应当自收到补正通知之日起十日内提交补正材料.
  defineRule({
    id: 'reconsideration.applicant-correction',
    title: '申请人提交补正材料',
    law,
    article: '第三十一条',
    ...workingDays(10),
    note: '有正当理由不能按期补正的，行政复议机关可以延长合理的补正期限',
  }),
  // 第三十二条: 认为需要维持行政处罚决定的，应当自收到行政复议申请之日起五日内转送行政复议机关.
  defineRule({
    id: 'reconsideration.forward-by-penalising-agency',
    title: '作出处罚的机关转送行政复议申请',
    law,
    article: '第三十二条',
    ...workingDays(5),
  }),
  // 第三十四条: 复议前置案件不予受理、驳回申请或者逾期不答复的，可以自收到决定书之日起或者期限届满之日起十五日内起诉.
  defineRule({
    id: 'reconsideration.suit-after-rejection',
    title: '复议前置案件不予受理等情形下提起行政诉讼',
    law,
    article: '第三十四条',
    ...days(15),
  }),
  // 第四十一条第五项: 依照第三十九条第一款第一项、第二项、第四项中止行政复议满六十日，原因仍未消除的，终止.
  defineRule({
    id: 'reconsideration.suspension-termination',
    title: '中止满六十日可决定终止行政复议',
    law,
    article: '第四十一条',
    ...days(60),
    limit: 'at_least',
  }),
  // 第四十八条: 自行政复议申请受理之日起七日内，将申请书副本发送被申请人.
  defineRule({
    id: 'reconsideration.copy-to-respondent',
    title: '向被申请人发送申请书副本（普通程序）',
    law,
    article: '第四十八条',
    ...workingDays(7),
  }),
  // 第四十八条: 被申请人应当自收到申请书副本之日起十日内，提出书面答复并提交证据、依据.
  defineRule({
    id: 'reconsideration.respondent-answer',
    title: '被申请人书面答复（普通程序）',
    law,
    article: '第四十八条',
    ...workingDays(10),
  }),
  // 第五十一条第一款: 应当于举行听证的五日前将听证的时间、地点和拟听证事项书面通知当事人.
  defineRule({
    id: 'reconsideration.hearing-notice',
    title: '行政复议听证书面通知',
    law,
    article: '第五十一条',
    ...workingDays(5),
    direction: 'before',
  }),
  // 第五十四条: 简易程序自受理之日起三日内发送申请书副本.
  defineRule({
    id: 'reconsideration.simple-copy-to-respondent',
    title: '向被申请人发送申请书副本（简易程序）',
    law,
    article: '第五十四条',
    ...workingDays(3),
  }),
  // 第五十四条: 简易程序被申请人自收到副本之日起五日内答复.
  defineRule({
    id: 'reconsideration.simple-respondent-answer',
    title: '被申请人书面答复（简易程序）',
    law,
    article: '第五十四条',
    ...workingDays(5),
  }),
  // 第五十六条、第五十七条: 有权处理的，应当在三十日内依法处理.
  defineRule({
    id: 'reconsideration.normative-review-handle',
    title: '附带审查规范性文件（有权处理）',
    law,
    article: '第五十六条、第五十七条',
    ...days(30),
  }),
  // 第五十六条、第五十七条: 无权处理的，应当在七日内转送有权处理的机关.
  defineRule({
    id: 'reconsideration.normative-review-forward',
    title: '附带审查规范性文件转送（无权处理）',
    law,
    article: '第五十六条、第五十七条',
    ...workingDays(7),
  }),
  // 第五十八条: 自行政复议中止之日起三日内，书面通知制定机关.
  defineRule({
    id: 'reconsideration.normative-review-notify-issuer',
    title: '通知规范性文件制定机关书面答复',
    law,
    article: '第五十八条',
    ...workingDays(3),
  }),
  // 第五十八条: 制定机关应当自收到书面通知之日起十日内提交书面答复.
  defineRule({
    id: 'reconsideration.normative-review-issuer-reply',
    title: '规范性文件制定机关书面答复',
    law,
    article: '第五十八条',
    ...workingDays(10),
  }),
  // 第六十条: 接受转送的机关应当自收到转送之日起六十日内回复处理意见.
  defineRule({
    id: 'reconsideration.normative-review-forwarded-reply',
    title: '接受转送机关回复规范性文件处理意见',
    law,
    article: '第六十条',
    ...days(60),
  }),
  // 第六十二条第一款: 普通程序自受理申请之日起六十日内作出决定; 情况复杂的，经批准可以延长，最多不超过三十日.
  // 第三十九条: 中止期间（中止原因消除后恢复审理）不计入审理期限 → pausable.
  defineRule({
    id: 'reconsideration.decision',
    title: '作出行政复议决定（普通程序）',
    law,
    article: '第六十二条',
    ...days(60),
    extension: { amount: 30, unit: 'days' },
    pausable: true,
    note: '法律规定的行政复议期限少于六十日的除外；延长须经行政复议机构负责人批准并书面告知当事人',
  }),
  // 第六十二条第二款: 简易程序自受理申请之日起三十日内作出决定.
  defineRule({
    id: 'reconsideration.decision-simple',
    title: '作出行政复议决定（简易程序）',
    law,
    article: '第六十二条',
    ...days(30),
    pausable: true,
  }),
  // 第七十六条: 有关机关应当自收到行政复议意见书之日起六十日内报送纠正情况.
  defineRule({
    id: 'reconsideration.opinion-letter-report',
    title: '报送行政复议意见书纠正情况',
    law,
    article: '第七十六条',
    ...days(60),
  }),
];
