// 法治学习培训与考试: the question bank's rules, the paper's seeded draw by blueprint, the marking and the exam's
// purposes. Training hours' minimum and basis stay in core `enforcement/training.ts`, where the roster reads them.
export * from './questions';
export * from './draw';
export * from './marking';
export * from './exams';
export * from './study';
