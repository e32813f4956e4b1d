// 重大行政决策 (major administrative decisions): the steps of 《重大行政决策程序暂行条例》 with their articles, the
// procedure's state machine and gates, the periods and step rules, and the year's decision catalogue.
export * from './steps';
export * from './workflow';
export * from './rules';
export * from './catalogue';
export * from './experts';
export * from './record';
export * from './after';
export * from './public-stage';
export * from './step-records';
export * from './statistics';
export * from './papers';
