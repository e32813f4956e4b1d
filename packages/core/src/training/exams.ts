// 考试: what an exam is for, each with the rule that asks for it, and a sitting's states.

export const examPurposes = ['study', 'pre_appointment', 'enforcement_qualification'] as const;
export type ExamPurpose = (typeof examPurposes)[number];

export const examPurposeLabels = {
  study: '学法考试',
  pre_appointment: '任前法律知识考试',
  enforcement_qualification: '行政执法资格考试',
} as const satisfies Record<ExamPurpose, string>;

export const examPurposeBases = {
  study: '《法治政府建设实施纲要（2021－2025年）》第（34）项：健全领导干部学法用法机制',
  pre_appointment: '拟任领导职务干部的法律知识测试，考查和测试结果作为任职的依据（示范区依法行政工作方案一（二））',
  enforcement_qualification:
    '国发〔2008〕17号第（十九）项：对拟上岗行政执法的人员要进行相关法律知识考试，经考试合格的才能授予其行政执法资格',
} as const satisfies Record<ExamPurpose, string>;

export const sittingStatuses = ['in_progress', 'submitted'] as const;
export type SittingStatus = (typeof sittingStatuses)[number];
export const sittingStatusLabels = { in_progress: '作答中', submitted: '已交卷' } as const satisfies Record<
  SittingStatus,
  string
>;

/** Whether a candidate may start another sitting: none running, attempts left, the exam open on the day. */
export function startRefusal(s: {
  running: boolean;
  attemptsUsed: number;
  attemptsAllowed: number;
  opensOn: string;
  closesOn: string;
  today: string;
  passed: boolean;
}): string | null {
  if (s.today < s.opensOn) return '考试尚未开始';
  if (s.today > s.closesOn) return '考试已经结束';
  if (s.running) return '已有一场作答尚未交卷，请先完成';
  if (s.passed) return '已通过本次考试';
  if (s.attemptsUsed >= s.attemptsAllowed) return `已用完${s.attemptsAllowed}次考试机会`;
  return null;
}
