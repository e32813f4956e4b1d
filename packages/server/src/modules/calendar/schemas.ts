import { isIsoDate } from '@fazhi/core/calendar';
import { isValidRegionCode } from '@fazhi/core/identifiers';
import { z } from 'zod';
import { pageFields } from '../../platform/db/paginate';
import { text } from '../../platform/http/text';
import { isoDate } from '../../platform/http/iso-date';

// Text fields refuse invisible characters (platform/http/text.ts).

export { isoDate };

export const regionCode = z
  .string()
  .trim()
  .refine(isValidRegionCode, '行政区划代码格式不正确（应为6位或9位数字，符合GB/T 2260）');

export const yearParams = z.object({
  year: z.coerce
    .number({ error: '年份应为四位数字' })
    .int('年份应为四位数字')
    .min(1949, '年份不在可载入的范围内')
    .max(2200, '年份不在可载入的范围内'),
});

export const noticeSource = z.object({
  title: text('通知标题', 200),
  docNumber: text('文号', 60).optional(),
  issuedOn: isoDate('发布日期').optional(),
  note: text('备注', 500).optional(),
});

export const holidayEntry = z.object({
  name: text('节日名称', 30),
  from: isoDate('放假开始日期'),
  to: isoDate('放假结束日期'),
  makeUpWorkdays: z.array(isoDate('调休上班日期')).max(10, '调休上班日不能超过10天').default([]),
  note: text('备注', 500).optional(),
});

export const putYearBody = z.object({
  source: noticeSource,
  holidays: z.array(holidayEntry).min(1, '至少应有一个节假日安排').max(30, '节假日安排不能超过30项'),
});

export const localHolidayBody = z.object({
  regionCode,
  name: text('节日名称', 30),
  from: isoDate('放假开始日期'),
  to: isoDate('放假结束日期'),
  makeUpWorkdays: z.array(isoDate('调休上班日期')).max(10, '调休上班日不能超过10天').default([]),
  source: text('设定依据（地方规定或通知）', 200),
});

export const localHolidaysQuery = z.object({ regionCode: regionCode.optional() });
export const idParams = z.object({ id: z.uuid('标识格式不正确') });
export const changesQuery = z.object({ ...pageFields });
export const daysQuery = z.object({
  from: isoDate('开始日期'),
  to: isoDate('结束日期'),
  regionCode: regionCode.optional(),
});

// ---- public deadline calculator ----

/** `pause` may be given once or repeated in the query string. */
export function pauseList(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const datePattern = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
export const publicDeadlineQuery = z.object({
  rule: z.string({ error: '请填写期限规则' }).trim().min(1, '请填写期限规则').max(100, '期限规则编号过长'),
  from: z
    .string({ error: '请填写起算日期' })
    .trim()
    .refine(
      (v) => datePattern.test(v) && isIsoDate(v.slice(0, 10)),
      '起算日期应为 YYYY-MM-DD 格式的有效日期（按小时计算的期限可写 YYYY-MM-DDTHH:mm）',
    ),
  extended: z.enum(['true', 'false'], { error: '只能为 true 或 false' }).optional(),
  pause: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .refine((v) => {
      const list = pauseList(v);
      return (
        list.length <= 20 &&
        list.every((p) => {
          const [a, b, extra] = p.split('..');
          return extra === undefined && a !== undefined && isIsoDate(a) && (b === undefined || isIsoDate(b));
        })
      );
    }, '中止期间应为 YYYY-MM-DD..YYYY-MM-DD 格式的有效日期（最多20段）'),
  region: regionCode.optional(),
});
