// Request input of the lists (zod). Text fields refuse invisible characters (platform/http/text.ts); an item's
// rules that depend on the kind of list (its item kinds, its own columns) are core's itemProblems.
import { adjustmentKinds, listKinds, powerItemKinds } from '@fazhi/core/power-lists';
import { isValidRegionCode } from '@fazhi/core/identifiers';
import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';
import { text } from '../../platform/http/text';
import { isoDate } from '../../platform/http/iso-date';

const regionCode = z
  .string()
  .trim()
  .refine(isValidRegionCode, '行政区划代码格式不正确（应为6位或9位数字，符合GB/T 2260）');

export const listParams = z.object({
  listKind: z.enum(listKinds, { error: '清单类型不存在' }),
});

export const itemParams = listParams.extend({ itemCode: text('事项编码', 40) });

export const regionQuery = z.object({ regionCode: regionCode.optional() });

const versionNo = (label: string) =>
  z.coerce
    .number({ error: `${label}应为整数` })
    .int(`${label}应为整数`)
    .min(1)
    .max(100000);

export const itemsQuery = regionQuery.extend({
  ...pageFields,
  version: versionNo('版本号').optional(),
  q: text('关键词', 100).optional(),
  itemKind: z.enum(powerItemKinds, { error: '事项类型不存在' }).optional(),
  implementingOrgId: z.uuid('实施主体不存在').optional(),
});

export const versionQuery = regionQuery.extend({ version: versionNo('版本号').optional() });

export const compareQuery = regionQuery.extend({
  fromVersion: versionNo('比较的早版本'),
  toVersion: versionNo('比较的新版本'),
});

export const itemBody = z.object({
  itemCode: text('事项编码', 40),
  name: text('事项名称', 200),
  itemKind: z.enum(powerItemKinds, { error: '事项类型不存在' }),
  subItems: z.array(text('子项', 200)).max(50, '子项不能超过50个').default([]),
  bases: z
    .array(z.object({ law: text('法律法规名称', 100), article: text('条款', 50), clause: text('款项', 50).optional() }))
    .max(20, '依据不能超过20项'),
  implementingOrgId: z.uuid('实施主体不存在'),
  responsibilities: z
    .array(text('责任事项', 500, true))
    .max(30, '责任事项不能超过30项')
    .default([]),
  accountability: z
    .array(text('追责情形', 500, true))
    .max(30, '追责情形不能超过30项')
    .default([]),
  extra: z.record(z.string(), text('其他信息', 200)).default({}),
});
export type ItemBody = z.infer<typeof itemBody>;

export const adjustmentBody = z.object({
  kind: z.enum(
    adjustmentKinds.filter((k) => k !== 'initial' && k !== 'import') as [
      'add',
      'remove',
      'merge',
      'delegate',
      'change',
    ],
    {
      error: '调整类型应为新增、取消、合并、下放或变更',
    },
  ),
  reason: text('调整理由', 500, true),
  approvedBy: text('批准机关及文件', 200),
  approvedOn: isoDate('批准日期'),
  effectiveOn: isoDate('施行日期'),
  items: z.array(itemBody).max(200, '一次调整最多200个事项').default([]),
  itemCodes: z.array(text('事项编码', 40)).max(200, '一次调整最多200个事项').default([]),
  toOrgId: z.uuid('承接单位不存在').nullable().default(null),
  regionCode: regionCode.optional(),
});
export type AdjustmentBody = z.infer<typeof adjustmentBody>;

export const importQuery = regionQuery.extend({
  reason: text('调整理由', 500, true),
  approvedBy: text('批准机关及文件', 200),
  approvedOn: isoDate('批准日期'),
  effectiveOn: isoDate('施行日期'),
});
export type ImportQuery = z.infer<typeof importQuery>;

export const publicItemsQuery = z.object({
  ...pageFields,
  q: text('关键词', 100).optional(),
  itemKind: z.enum(powerItemKinds, { error: '事项类型不存在' }).optional(),
  implementingOrgId: z.uuid('实施主体不存在').optional(),
});
