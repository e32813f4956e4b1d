// The region settings of the enforcement module. Certificate validity and annual registration differ by province
// and no national source fixes them (statutes §10), so each is a region setting; the training minimum and the
// reviewers' ratio are national figures a province may raise.
import { REVIEWER_RATIO_BASIS, TRAINING_HOURS_BASIS } from '@fazhi/core/enforcement';
import { defineSettings, flag, wholeNumber } from '../../platform/settings';

export const enforcementSettings = defineSettings({
  // a lapse is a deadline on the deadline service (officers/certificate-lapse.ts) and noticed warning-days ahead
  'enforcement.certificate.validity-years': wholeNumber({
    label: '行政执法证件有效期（年，0为不设固定期限）',
    default: 0,
    basis:
      '国家层面未规定证件有效期，由省级人民政府规定（如内蒙古自治区行政执法监督条例第十四条：自治区人民政府统一核发）',
    regionMayChange: true,
    min: 0,
    max: 20,
  }),
  'enforcement.certificate.annual-registration': flag({
    label: '行政执法证件实行年度注册（年审）',
    default: false,
    basis: '国家层面未规定，由省级人民政府规定；部分地区以培训考试结果作为年度注册依据',
    regionMayChange: true,
  }),
  'enforcement.certificate.warning-days': wholeNumber({
    label: '执法证件有效期届满前提醒天数',
    default: 30,
    basis: '平台提醒设置，非法律规定',
    regionMayChange: true,
    min: 1,
    max: 180,
  }),
  'enforcement.training.minimum-hours': wholeNumber({
    label: '行政执法人员每人每年法律法规培训最低学时',
    default: 60,
    basis: TRAINING_HOURS_BASIS,
    regionMayChange: true,
    min: 1,
    max: 500,
  }),
  'enforcement.reviewers.minimum-percent': wholeNumber({
    label: '法制审核人员占本单位执法人员的最低比例（%）',
    default: 5,
    basis: REVIEWER_RATIO_BASIS,
    regionMayChange: true,
    min: 1,
    max: 100,
  }),
});
