// 行政裁量权基准: the facts and conditions, the benchmark and its checks, the versions, 行政处罚法 第三十条至第三十三条
// as data, the penalty suggestion and the statistics' figures.
export * from './facts';
export * from './benchmark';
export * from './versions';
export * from './statutory';
export * from './suggest';
export * from './lenient-lists';
export * from './statistics';
