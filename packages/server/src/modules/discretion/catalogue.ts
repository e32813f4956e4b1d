// The audit actions of the discretion module and the kind of record they name.
export const BENCHMARK_SUBJECT = 'discretion_benchmark';

export const discretionAuditActions = {
  'discretion_benchmark.drafted': '起草行政裁量权基准',
  'discretion_benchmark.changed': '修改行政裁量权基准草稿',
  'discretion_benchmark.published': '公布行政裁量权基准',
} as const;
