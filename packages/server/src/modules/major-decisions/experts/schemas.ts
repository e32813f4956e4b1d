// Request schemas of the expert pool (zod; OpenAPI comes from them).
import { z } from 'zod';
import { isoDate } from '../../../platform/http/iso-date';
import { text } from '../../../platform/http/text';

const regionCode = z.string().regex(/^\d{6}(\d{3})?$/, '行政区划代码格式不正确');
const declared = z.array(text('申报的利害关系', 200)).max(50, '申报的利害关系最多50项');

export const expertBody = z.object({
  regionCode,
  name: text('专家姓名', 50),
  field: text('专业领域', 50),
  employer: text('工作单位', 200),
  termFrom: isoDate('聘期开始日期'),
  termTo: isoDate('聘期结束日期'),
  conflicts: declared,
});
export type ExpertBody = z.infer<typeof expertBody>;

export const expertChangeBody = expertBody.omit({ regionCode: true });
export type ExpertChangeBody = z.infer<typeof expertChangeBody>;

export const drawBody = z.object({
  regionCode,
  matter: text('论证的决策事项', 200),
  field: text('专业领域', 50),
  count: z.coerce
    .number({ error: '抽取人数应为数字' })
    .int('抽取人数应为整数')
    .min(1, '至少抽取1名专家')
    .max(20, '一次最多抽取20名专家'),
  interests: z.array(text('利害关系方', 200)).max(50, '利害关系方最多50项'),
  /** 第二十条: the decision the experts are drawn for; a draw redone for it states why */
  decisionId: z.uuid('标识格式不正确').optional(),
  redrawReason: text('重新抽取的理由', 2000, true).optional(),
});
export type DrawBody = z.infer<typeof drawBody>;

export const idParams = z.object({ id: z.uuid('标识格式不正确') });
