// The region settings of the training module. No national rule fixes an online exam's time, attempts or pass mark;
// the one example read (statutes §10, 内蒙古 2016 on 法宣在线: 120 minutes an attempt, 5 attempts) is the default,
// and each region sets its own.
import { LECTURE_MINIMUM_BASIS } from '@fazhi/core/training';
import { defineSettings, wholeNumber } from '../../platform/settings';

const EXAMPLE = '国家层面未规定，由各地规定；示例：内蒙古自治区2016年国家工作人员网上学法考试每次120分钟、可考5次';

export const trainingSettings = defineSettings({
  'training.lectures.minimum-per-year': wholeNumber({
    label: '政府和政府部门每年法治专题讲座最少期数',
    default: 2,
    basis: LECTURE_MINIMUM_BASIS,
    regionMayChange: true,
    min: 1,
    max: 24,
  }),
  'training.exam.minutes': wholeNumber({
    label: '网上考试每次作答时限（分钟）',
    default: 120,
    basis: EXAMPLE,
    regionMayChange: true,
    min: 10,
    max: 600,
  }),
  'training.exam.attempts': wholeNumber({
    label: '网上考试可作答次数',
    default: 5,
    basis: EXAMPLE,
    regionMayChange: true,
    min: 1,
    max: 20,
  }),
  'training.exam.pass-percent': wholeNumber({
    label: '考试合格分数占总分的比例（%）',
    default: 60,
    basis: '国家层面未规定，由各地规定；百分制考试通常以60分为合格',
    regionMayChange: true,
    min: 1,
    max: 100,
  }),
});
