// Request schemas of the enforcement lists (zod; OpenAPI comes from them). Text refuses invisible characters
// (platform/http/text.ts); dates are YYYY-MM-DD.
import { listKinds, recordingSteps, reviewCategories } from '@fazhi/core/enforcement-lists';
import { z } from 'zod';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';
import { itemCode } from '../../platform/http/item-code';

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });

const kind = z.enum(listKinds, {
  error: '清单类型应为随机抽查事项清单、音像记录事项清单或重大执法决定法制审核目录清单',
});
const step = z.enum(recordingSteps, { error: '执法环节不在国办发〔2018〕118号列明的环节之内' });
const reviewCategory = z.enum(reviewCategories, { error: '重大执法决定类别不在国办发〔2018〕118号列明的类别之内' });
const amount = (label: string) =>
  z.coerce
    .number({ error: `${label}应为数字` })
    .positive(`${label}应当大于零`)
    .max(1e13, `${label}过大`);

export const listRowBody = z.object({
  itemCode,
  itemName: text('事项名称', 200),
  legalBasis: text('法律依据', 2000, true),
  details: text('事项内容', 2000, true).optional(),
  method: text('抽查方式', 200).optional(),
  step: step.optional(),
  reviewCategory: reviewCategory.optional(),
  reviewLevel: text('层级', 50).optional(),
  enforcementField: text('执法领域', 50).optional(),
  amountFrom: amount('涉案金额标准（元）').optional(),
});
export type ListRowBody = z.infer<typeof listRowBody>;

export const listTarget = z.object({
  enforcementBodyId: uuid,
  kind,
  effectiveFrom: isoDate('生效日期'),
  adjustmentReason: text('调整理由', 2000, true).optional(),
});

export const publishListBody = listTarget.extend({
  rows: z.array(listRowBody, { error: '请填写清单事项' }).max(5000, '一次最多公布5000个事项，请使用导入'),
});
export type PublishListBody = z.infer<typeof publishListBody>;

/** The import's target travels in the query: the body is the workbook itself. */
export const importListQuery = listTarget;

export const listsQuery = z.object({ enforcementBodyId: uuid.optional(), kind: kind.optional() });

export const publicListsQuery = z.object({
  enforcementBodyId: uuid.optional(),
  kind: kind.optional(),
  q: text('检索内容', 50).optional(),
});

export const requirementQuery = z.object({
  enforcementBodyId: uuid,
  itemCode,
  on: isoDate('适用日期').optional(),
  step: step.optional(),
  amount: amount('涉案金额（元）').optional(),
  reviewCategory: reviewCategory.optional(),
});
