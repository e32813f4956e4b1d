// 题库: the kinds of question an exam asks (单项选择、多项选择、判断) and what makes a question fit to be asked — its
// options and its answer, every problem at once so that an Excel import can report a row whole.

export const questionKinds = ['single', 'multiple', 'true_false'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const questionKindLabels = {
  single: '单项选择题',
  multiple: '多项选择题',
  true_false: '判断题',
} as const satisfies Record<QuestionKind, string>;

/** Option letters as printed on a paper: A to H. A true/false question's two options are fixed. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export const TRUE_FALSE_OPTIONS = ['正确', '错误'] as const;

export interface QuestionDraft {
  kind: QuestionKind;
  stem: string;
  /** the options' texts in order; a true/false question has none of its own (正确 / 错误) */
  options: readonly string[];
  /** the correct options' letters (A, B …), one for single choice and true/false, two or more for multiple */
  answer: readonly string[];
}

export interface QuestionProblem {
  field: 'kind' | 'stem' | 'options' | 'answer';
  message: string;
}

export function optionsOf(q: Pick<QuestionDraft, 'kind' | 'options'>): readonly string[] {
  return q.kind === 'true_false' ? TRUE_FALSE_OPTIONS : q.options;
}

/** Every problem of a question at once; none means it may enter the bank. */
export function questionProblems(q: QuestionDraft): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  if (q.stem.trim().length === 0) problems.push({ field: 'stem', message: '请填写题干' });
  const options = optionsOf(q);
  if (q.kind !== 'true_false') {
    if (options.length < 2 || options.length > OPTION_LETTERS.length)
      problems.push({ field: 'options', message: `选择题应有2至${OPTION_LETTERS.length}个选项` });
    else if (options.some((o) => o.trim().length === 0))
      problems.push({ field: 'options', message: '选项内容不能为空' });
    else if (new Set(options.map((o) => o.trim())).size !== options.length)
      problems.push({ field: 'options', message: '选项内容不能重复' });
  }
  const letters = OPTION_LETTERS.slice(0, options.length) as readonly string[];
  const answer = [...new Set(q.answer)];
  if (answer.length === 0) problems.push({ field: 'answer', message: '请填写正确答案' });
  else if (answer.some((a) => !letters.includes(a)))
    problems.push({ field: 'answer', message: `正确答案应为选项${letters.join('、')}中的字母` });
  else if (q.kind === 'multiple' && answer.length < 2)
    problems.push({ field: 'answer', message: '多项选择题的正确答案应至少两项' });
  else if (q.kind !== 'multiple' && answer.length !== 1)
    problems.push({ field: 'answer', message: `${questionKindLabels[q.kind]}的正确答案只能有一项` });
  return problems;
}

/** An answer as typed in a cell or a form: "A C", "A,C", "AC", "正确", "对" → sorted letters. */
export function readAnswer(kind: QuestionKind, typed: string): string[] {
  const t = typed.trim().toUpperCase();
  if (kind === 'true_false') {
    if (['正确', '对', '是', '√', 'T', 'TRUE', 'A'].includes(t)) return ['A'];
    if (['错误', '错', '否', '×', 'F', 'FALSE', 'B'].includes(t)) return ['B'];
    return t ? [t] : [];
  }
  return [...new Set(t.replace(/[\s,，、;；]/g, '').split(''))].sort();
}
