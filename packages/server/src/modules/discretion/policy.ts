// Who may read, draft, publish and apply a body's discretion benchmarks. The benchmark is located at its
// implementing body: the body's legal staff and head draft and publish it (行政处罚法第三十四条: 行政机关可以依法
// 制定); every reader in scope, enforcement officers included, reads it and asks it for a penalty suggestion.
import type { ScopeTarget } from '@fazhi/core/access';
import type { BenchmarkAction } from '@fazhi/core/discretion';
import { definePolicy } from '../../platform/access/policy';

export interface BenchmarkRecord extends ScopeTarget {
  bodyName: string;
  itemName: string;
}

const manage = 'discretion.manage';

export const benchmarkPolicy = definePolicy<BenchmarkRecord, BenchmarkAction>(
  'discretion_benchmark',
  {
    read: (p, r) => p.can('discretion.read', r),
    edit: (p, r) => p.can(manage, r),
    publish: (p, r) => p.can(manage, r),
    newVersion: (p, r) => p.can(manage, r),
    suggest: (p, r) => p.can('discretion.read', r),
  },
  {
    read: (r) => `查看${r.bodyName}“${r.itemName}”的裁量基准`,
    edit: (r) => `起草、修改${r.bodyName}“${r.itemName}”的裁量基准`,
    publish: (r) => `公布${r.bodyName}“${r.itemName}”的裁量基准`,
    newVersion: (r) => `修订${r.bodyName}“${r.itemName}”的裁量基准`,
    suggest: (r) => `按${r.bodyName}“${r.itemName}”的裁量基准测算处罚`,
  },
);

/** Statistics over the benchmarks, refused before anything is read to someone who reads no body's benchmarks. */
export const discretionRegisterPolicy = definePolicy<null, 'readStatistics'>(
  'discretion_register',
  { readStatistics: (p) => p.holds('discretion.read') },
  { readStatistics: '查看裁量基准统计' },
);
