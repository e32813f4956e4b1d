// The one request field for a calendar day: YYYY-MM-DD, a real date, named in Chinese when it is missing or wrong.
import { isIsoDate } from '@fazhi/core/calendar';
import { z } from 'zod';

export const isoDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isIsoDate, `${label}应为 YYYY-MM-DD 格式的有效日期`);
