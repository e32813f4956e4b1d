// The region settings of the litigation module. Its periods are rules of the statute catalogue (litigation.*,
// core calendar/rules/disputes.ts); the reply to a recommendation is an overridable rule there (no statute fixes it).
import { localHeadRules, type LocalHeadRule } from '@fazhi/core/litigation';
import { defineSettings, type SettingDef } from '../../platform/settings';

const isRuleList = (v: unknown): v is LocalHeadRule[] =>
  Array.isArray(v) && v.every((x) => (localHeadRules as readonly unknown[]).includes(x));

export const LOCAL_HEAD_RULE = 'litigation.head-appearance.local-rule';
export const localHeadRuleBasis = '《区落实法治建设试行意见》第（十八）项（地方规定）';

const localRule: SettingDef<LocalHeadRule[]> = {
  label: '行政机关负责人应当出庭应诉的案件（地方规定）',
  // seed 000 (十八): 每年度行政机关涉案的第一起行政诉讼案件、本辖区重大、群体性行政诉讼案件，涉及行政赔偿的行政诉讼
  // 案件，行政机关主要负责人应出庭应诉
  default: [...localHeadRules],
  basis: `${localHeadRuleBasis}；法释〔2020〕3号第四条第二款第三项（上级行政机关规范性文件要求负责人出庭应诉）`,
  regionMayChange: true,
  accepts: isRuleList,
};

export const litigationSettings = defineSettings({ [LOCAL_HEAD_RULE]: localRule });
