// @fazhi/core/reconsideration: 行政复议 (《中华人民共和国行政复议法》, 2023年修订, 2024-01-01 施行) as rules — the
// application and its time limits (第二十条至第二十二条), the acceptance review and the 补正 (第三十条、第三十一条), the
// procedures and their handlers (第三十六条、第四十五条、第五十三条至第五十五条), the hearing (第五十条、第五十一条), mediation and settlement (第七十三条、第七十四条), the incidental review of normative documents (第五十六条至第六十条), suspension and termination (第三十九条、
// 第四十一条), the decision types (第六十三条至第六十九条、第三十三条) and the case's state machine. Its periods are rules of
// the statute catalogue (calendar/rules/reconsideration.ts).
export * from './application';
export * from './acceptance';
export * from './procedure';
export * from './hearing';
export * from './settlement';
export * from './normative-review';
export * from './workflow';
export * from './publication';
export * from './papers';
export * from './statistics';
