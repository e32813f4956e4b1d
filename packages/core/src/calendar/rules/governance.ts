// Deadlines of major decisions (《重大行政决策程序暂行条例》), normative documents and the filing of
// regulations and rules. Several normative-document numbers are local or unverified (statutes.md §4 ⚠): they are
// marked `verified: false` and `overridable: true` so that each jurisdiction sets its own value.
import type { StatuteRule } from '../types';
import { LAW, days, defineRule, months, workingDays, years } from './define';

export const governanceRules: readonly StatuteRule[] = [
  // 重大行政决策程序暂行条例 第十五条: 公开征求意见的期限一般不少于30日（紧急情况缩短的应当说明）.
  defineRule({
    id: 'decision.public-comment',
    title: '重大行政决策公开征求意见期限',
    law: LAW.majorDecision,
    article: '第十五条',
    ...days(30),
    limit: 'at_least',
    note: '因情况紧急等原因需要缩短期限的，公开征求意见时应当予以说明',
  }),
  // 第十六条第三款: 听证会材料应当于召开听证会7日前送达听证参加人.
  defineRule({
    id: 'decision.hearing-materials',
    title: '送达重大行政决策听证会材料',
    law: LAW.majorDecision,
    article: '第十六条',
    ...days(7),
    direction: 'before',
  }),
  // 第二十六条第二款: 送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日.
  defineRule({
    id: 'decision.legality-review',
    title: '重大行政决策合法性审查时间',
    law: LAW.majorDecision,
    article: '第二十六条',
    ...workingDays(7),
    limit: 'at_least',
  }),
  // No national article sets the filing of a major decision: it is each locality's own rule (seed 002 task 11:
  // 公布之日起30日内向上一级人民政府备案). The 30 days are the default a region overrides with its own rule
  // (region_settings deadline.rule.decision.filing.amount, whose source is then cited); until it does, the basis is
  // named as the local rule, never another locality's document.
  defineRule({
    id: 'decision.filing',
    title: '重大行政决策备案',
    law: '本地区关于重大行政决策备案的规定',
    article: '',
    ...days(30),
    overridable: true,
    verified: false,
    note: '各地规定不一，默认为公布之日起30日内，按本地规定设置',
  }),
  // 第三十四条: 决策执行单位 … 向决策机关报告决策执行情况 — the regulation sets no period. Quarterly by default, a
  // region sets its own (overridable): the next report is due this long after the assignment or the last report.
  defineRule({
    id: 'decision.progress-report',
    title: '报告重大行政决策执行情况',
    law: LAW.majorDecision,
    article: '第三十四条',
    ...months(3),
    overridable: true,
    note: '条例未规定报告周期，默认每季度报告一次，按本地规定设置',
  }),
  // 国发〔2008〕17号 (十四): 市县政府及其部门的规范性文件自发布之日起15日内报送备案 (a department's document with
  // its own government) → overridable (local variation). "15日" counts calendar days (自然日); a period of working
  // days says 工作日.
  defineRule({
    id: 'normative.filing',
    title: '行政规范性文件报送备案',
    law: LAW.countyGovernment,
    article: '第（十四）项',
    ...days(15),
    overridable: true,
    note: '按自然日计算；部分地区规定为3个或10个工作日，按本地规定设置',
  }),
  // A document issued in the name of the government or its office: the drafting department hands the filing
  // materials to the government's legal office, which files it onward. Nationally within the same 15 days of
  // (十四); some districts set a shorter period for this step (seed 000 (五): 区政府部门以区政府或区政府办公室名义
  // 的规范性文件自发布之日起5日内向区政府法制办报送) → its own overridable rule, so departments keep the general one.
  defineRule({
    id: 'normative.filing-government-name',
    title: '以本级人民政府或其办公室名义制发的行政规范性文件报送备案材料',
    law: LAW.countyGovernment,
    article: '第（十四）项',
    ...days(15),
    overridable: true,
    note: '按自然日计算；本地区对以政府或政府办公室名义制发的文件另有期限的，按本地规定设置',
  }),
  // 国发〔2008〕17号 (十四): 市县政府的规范性文件自发布之日起15日内报上一级政府备案; the same office files it with the
  // standing committee of the people's congress at the same time (seed 000 (五): 统一报送市政府和区人大常委会备案).
  defineRule({
    id: 'normative.onward-filing',
    title: '行政规范性文件报上一级人民政府和本级人大常委会备案',
    law: LAW.countyGovernment,
    article: '第（十四）项',
    ...days(15),
    overridable: true,
    note: '按自然日计算，自发布之日起算',
  }),
  // 国办发〔2018〕115号: 合法性审核时间一般不少于5个工作日 (⚠ not verified from an official text).
  defineRule({
    id: 'normative.legality-review-min',
    title: '行政规范性文件合法性审核最短时间',
    law: LAW.normativeReview,
    article: '',
    ...workingDays(5),
    limit: 'at_least',
    overridable: true,
    verified: false,
    note: '常见引述为“一般不少于5个工作日，最长不超过15个工作日”，紧急情况等除外',
  }),
  // 国办发〔2018〕115号: 合法性审核时间最长不超过15个工作日 (⚠ not verified from an official text).
  defineRule({
    id: 'normative.legality-review-max',
    title: '行政规范性文件合法性审核最长时间',
    law: LAW.normativeReview,
    article: '',
    ...workingDays(15),
    overridable: true,
    verified: false,
    note: '常见引述为“一般不少于5个工作日，最长不超过15个工作日”，紧急情况等除外',
  }),
  // Review requests: 国发〔2008〕17号 (十四) requires the channel (公民、法人或者其他组织认为规范性文件违法的，可以建议
  // 审查) but sets no period. The amounts are a common local value (内蒙古 2013 办法: 收到后5日内形式审查, superseded by
  // 内蒙古令第262号, whose numbers were not read); the basis shown is the national source, or the region's own rule
  // once it sets its period (region_settings source) — never another province's rule.
  defineRule({
    id: 'normative.review-request-acceptance',
    title: '公民建议审查规范性文件的受理审查',
    law: LAW.countyGovernment,
    article: '第（十四）项',
    ...days(5),
    overridable: true,
    verified: false,
    note: '全国性规定未规定具体期限，此为地方规定的常见期限；本地区有规定的，由本地区在地区设置中设定期限及其规定名称',
  }),
  // Same (内蒙古 2013 办法: 受理后60日内审查完毕, same caveat).
  defineRule({
    id: 'normative.review-request-reply',
    title: '公民建议审查规范性文件的审查办结',
    law: LAW.countyGovernment,
    article: '第（十四）项',
    ...days(60),
    overridable: true,
    verified: false,
    note: '全国性规定未规定具体期限，此为地方规定的常见期限；本地区有规定的，由本地区在地区设置中设定期限及其规定名称',
  }),
  // Provincial practice (e.g. 山东省司法厅规范性文件制定管理办法): 有效期届满前6个月内开展评估; the national source
  // is 37号's 动态清理 and validity management, which sets no period.
  defineRule({
    id: 'normative.post-evaluation',
    title: '行政规范性文件有效期届满前评估',
    law: LAW.normativeSupervision,
    article: '',
    ...months(6),
    direction: 'before',
    overridable: true,
    verified: false,
    note: '以有效期届满日为事件日倒推，得出最迟开始评估的日期',
  }),
  // Validity: 国办发〔2018〕37号 asks for validity and dynamic-cleanup management of normative documents (国发〔2008〕17号
  // (十五) for the periodic cleanup) but sets no number; the years are the region's own rule (commonly 一般不超过5年,
  // 暂行、试行 2年, statutes §4.2), so the basis shown is the national source and the amount a region setting.
  defineRule({
    id: 'normative.validity-max',
    title: '行政规范性文件最长有效期',
    law: LAW.normativeSupervision,
    article: '',
    ...years(5),
    overridable: true,
    verified: false,
    note: '自实施之日起计算；年限由本地区规定，可在区域设置中调整',
  }),
  // same source as above; 暂行、试行 documents commonly 不超过2年 in local rules (a region setting)
  defineRule({
    id: 'normative.validity-provisional-max',
    title: '暂行、试行规范性文件最长有效期',
    law: LAW.normativeSupervision,
    article: '',
    ...years(2),
    overridable: true,
    verified: false,
    note: '自实施之日起计算；年限由本地区规定，可在区域设置中调整',
  }),
  // 公开征求意见期限: 37号 requires consultation but its numeric passage was not read (statutes §4.1 (a)); local rules
  // commonly say 一般不少于30日, as 重大行政决策程序暂行条例 第十五条 does for major decisions → overridable, unverified.
  defineRule({
    id: 'normative.public-comment',
    title: '行政规范性文件公开征求意见期限',
    law: LAW.normativeSupervision,
    article: '',
    ...days(30),
    limit: 'at_least',
    overridable: true,
    verified: false,
    note: '参照《重大行政决策程序暂行条例》第十五条“一般不少于30日”；因情况紧急缩短的，应当说明理由',
  }),
  // A provincial filing rule (statutes §4.2, fsou.net.cn …/17001878_3.html, 第二十三条): 备案审查自收到之日起30日内办结，
  // 情况复杂的可延长20日 → overridable, unverified (secondary copy). The national source of the review is (十四).
  defineRule({
    id: 'normative.filing-review',
    title: '行政规范性文件备案审查',
    law: LAW.countyGovernment,
    article: '第（十四）项',
    ...days(30),
    extension: { amount: 20, unit: 'days' },
    overridable: true,
    verified: false,
    note: '全国性规定未规定具体期限，此为地方规定的常见期限（收到之日起30日内审查完毕，可延长20日）；本地区有规定的，由本地区在地区设置中设定期限及其规定名称',
  }),
  // Same provincial rule (第二十四条): 制定机关自收到审查意见之日起30日内自行纠正 → overridable, unverified.
  defineRule({
    id: 'normative.correction',
    title: '行政规范性文件备案审查意见的纠正',
    law: LAW.countyGovernment,
    article: '第（十四）项',
    ...days(30),
    overridable: true,
    verified: false,
    note: '全国性规定未规定具体期限，此为地方规定的常见期限（收到审查意见之日起30日内纠正）；本地区有规定的，由本地区在地区设置中设定期限及其规定名称',
  }),
  // 国发〔2008〕17号 (十五): 规范性文件每隔两年清理一次.
  defineRule({
    id: 'normative.cleanup',
    title: '行政规范性文件定期清理',
    law: LAW.countyGovernment,
    article: '第（十五）项',
    ...years(2),
    overridable: true,
  }),
  // 立法法: 行政法规、地方性法规、自治条例和单行条例、规章应当在公布后的三十日内报有关机关备案.
  defineRule({
    id: 'regulation.filing',
    title: '法规、规章报送备案',
    law: LAW.legislation,
    article: '第九十八条',
    ...days(30),
    note: '条号为2015年文本；2023年修正后的条号未核实',
  }),
];
