// The region settings of the reconsideration module. The periods are rules of the statute catalogue
// (reconsideration.*, calendar/rules/reconsideration.ts), not settings.
import { defineSettings, wholeNumber } from '../../platform/settings';

export const reconsiderationSettings = defineSettings({
  // 第四十五条第二款: 调查取证时，行政复议人员不得少于两人; a region may ask more (seed 000 (十七): 一般案件至少2人承办)
  'reconsideration.handlers.minimum': wholeNumber({
    label: '行政复议案件最少承办人数',
    default: 2,
    basis: '《中华人民共和国行政复议法》第四十五条第二款（调查取证时行政复议人员不得少于两人）；地方规定从其规定',
    regionMayChange: true,
    min: 2,
    max: 9,
  }),
  // seed 000 (十七): 重大案件3人承办 — a local rule, so a region sets its own
  'reconsideration.handlers.major-minimum': wholeNumber({
    label: '重大行政复议案件最少承办人数',
    default: 3,
    basis: '《区落实法治建设试行意见》第（十七）项：保证一般案件至少2人承办，重大案件3人承办（地方规定）',
    regionMayChange: true,
    min: 2,
    max: 9,
  }),
  // no statute fixes this: it guards the portal's application form against flooding
  'reconsideration.application.rate-limit-per-hour': wholeNumber({
    label: '同一地址每小时可网上提交的行政复议申请数',
    default: 5,
    basis: '平台防滥用设置，非法律规定（行政复议法第八十七条：不得收取任何费用，故不设其他门槛）',
    regionMayChange: true,
    min: 1,
    max: 100,
  }),
});
