// Password rules for a 等保2.0 三级 system (GB/T 22239-2019 8.1.4.1 身份鉴别: "口令应有复杂度要求并定期更换";
// 登录失败处理: 限制非法登录次数、自动退出). Lengths and counts are settings; these are the defaults.

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
  maxFailedAttempts: number;
  lockMinutes: number;
  idleTimeoutMinutes: number;
}

export const defaultPasswordPolicy: PasswordPolicy = {
  minLength: 8,
  minClasses: 3,
  maxFailedAttempts: 5,
  lockMinutes: 15,
  idleTimeoutMinutes: 30,
};

export type PasswordProblem = 'too_short' | 'too_few_classes' | 'contains_username';

export const passwordProblemLabels = {
  too_short: '密码长度不足',
  too_few_classes: '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类',
  contains_username: '密码不得包含用户名',
} as const satisfies Record<PasswordProblem, string>;

export function characterClasses(pw: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
}

export function checkPassword(pw: string, username: string, policy: PasswordPolicy = defaultPasswordPolicy) {
  const problems: PasswordProblem[] = [];
  if (pw.length < policy.minLength) problems.push('too_short');
  if (characterClasses(pw) < policy.minClasses) problems.push('too_few_classes');
  if (username.length >= 3 && pw.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  return problems;
}

export function describePasswordProblems(problems: readonly PasswordProblem[], policy = defaultPasswordPolicy) {
  return problems
    .map((p) =>
      p === 'too_short' ? `${passwordProblemLabels.too_short}（至少${policy.minLength}位）` : passwordProblemLabels[p],
    )
    .join('；');
}
