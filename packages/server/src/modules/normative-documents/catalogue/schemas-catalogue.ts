// Query schemas of the public catalogue (现行有效的行政规范性文件统一公开查询): what anyone may type, with the
// Chinese message naming the field when it is wrong.
import { documentKinds } from '@fazhi/core/normative-documents';
import { z } from 'zod';

export const catalogueQuery = z.object({
  q: z.string().trim().max(50, '检索内容不能超过50个字').optional(),
  issuerOrgId: z.uuid('制定机关标识格式不正确').optional(),
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int('年份应为整数')
    .min(1949, '年份不能早于1949年')
    .max(2100, '年份不能晚于2100年')
    .optional(),
  kind: z.enum(documentKinds, { error: '文件类型应为一般、暂行或试行' }).optional(),
  // 效力状态: in force today, or published with a 施行日期 still ahead (core catalogue.ts shownStatus)
  validity: z.enum(['in_force', 'not_yet_effective'], { error: '效力状态应为现行有效或已公布、尚未施行' }).optional(),
  page: z.coerce
    .number({ error: '页码应为数字' })
    .int('页码应为整数')
    .min(1, '页码须从 1 开始')
    .max(10000, '页码过大')
    .default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int('每页条数应为整数')
    .min(1, '每页至少 1 条')
    .max(50, '每页最多 50 条')
    .default(20),
});
export type CatalogueQuery = z.infer<typeof catalogueQuery>;
