// The region settings of the legal-advisers module. The review periods are not here: they are rules of the statute
// catalogue (legal-review.*, each the region's own and overridable as `deadline.rule.<id>.amount`).
import { defineSettings, flag, wholeNumber } from '../../platform/settings';

export const legalAdviserSettings = defineSettings({
  // no statute fixes the warning: it gives the unit time to renew or re-tender the adviser's contract
  'legal-advisers.contract.warn-days': wholeNumber({
    label: '法律顾问聘用合同到期前提醒天数',
    default: 30,
    basis: '平台工作提醒，非法律规定',
    regionMayChange: true,
    min: 1,
    max: 365,
  }),
  // 《重大行政决策程序暂行条例》第二十五条 bars an unreviewed or unlawful decision draft from the meeting; for other
  // topics the rule is local (seed 003: 未经合法性审查或经审查不合法的，不得提交会议研究决策)
  'legal-review.meeting-topic.review-required': flag({
    label: '常务会议议题须经合法性审查通过方可提交会议',
    default: true,
    basis: '本地区规定（参照《重大行政决策程序暂行条例》第二十五条）',
    regionMayChange: true,
  }),
});
