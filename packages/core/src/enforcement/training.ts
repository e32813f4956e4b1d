// Training (培训): hours per officer per year against the region's annual minimum (《法治政府建设实施纲要
// （2021－2025年）》§(34): 每人每年接受不少于60学时的业务知识和法律法规培训), and the legal reviewers' ratio
// (国办发〔2018〕118号 §(十一): 原则上不少于本单位执法人员总数的5%).

export const TRAINING_HOURS_BASIS =
  '《法治政府建设实施纲要（2021－2025年）》第（34）项：每人每年接受不少于60学时的业务知识和法律法规培训';
export const REVIEWER_RATIO_BASIS = '国办发〔2018〕118号第（十一）项：法制审核人员原则上不少于本单位执法人员总数的5%';

/** Hours are kept in tenths so that 1.5 学时 adds exactly. */
export function hoursShort(hoursTenths: number, minimumHours: number): number {
  return Math.max(0, minimumHours * 10 - hoursTenths) / 10;
}

export function fallsShort(hoursTenths: number, minimumHours: number): boolean {
  return hoursTenths < minimumHours * 10;
}

/** Whether a body's legal reviewers fall under the ratio of its enforcement officers (percent, whole number). */
export function reviewersBelowRatio(reviewers: number, officers: number, minimumPercent: number): boolean {
  if (officers === 0) return false;
  return reviewers * 100 < officers * minimumPercent;
}

/** How many reviewers the ratio asks of a body with so many officers (rounded up: a fraction of a person is one). */
export function reviewersRequired(officers: number, minimumPercent: number): number {
  return Math.ceil((officers * minimumPercent) / 100);
}
