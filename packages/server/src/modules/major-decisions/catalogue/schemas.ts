// Request schemas of the decision catalogue (zod; OpenAPI comes from them). Text refuses invisible characters
// (platform/http/text.ts); dates are YYYY-MM-DD.
import { optionalSteps } from '@fazhi/core/major-decisions';
import { z } from 'zod';
import { isoDate } from '../../../platform/http/iso-date';
import { text } from '../../../platform/http/text';

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });
export const itemParams = z.object({ id: uuid, itemId: uuid });

export const year = z.coerce
  .number({ error: '年度应为四位数字' })
  .int('年度应为四位数字')
  .min(2019, '年度不能早于2019年（《重大行政决策程序暂行条例》自2019年9月1日起施行）')
  .max(2200, '年度不正确');

export const draftCatalogueBody = z.object({ bodyOrgId: uuid, year });

export const catalogueItemBody = z.object({
  title: text('决策事项名称', 200),
  sponsorOrgId: uuid,
  legalBasis: text('法律依据', 2000, true),
  policyBasis: text('政策依据', 2000, true).optional(),
  plannedStart: isoDate('计划启动时间'),
  plannedFinish: isoDate('计划完成时间'),
  applicableSteps: z.array(z.enum(optionalSteps, { error: '适用程序应为听证会、专家论证、风险评估或公平竞争审查' })),
});
export type CatalogueItemBody = z.infer<typeof catalogueItemBody>;

export const partyConsentBody = z.object({
  consentedOn: isoDate('党委同意日期'),
  record: text('党委同意的文件或会议', 200),
});

export const publishCatalogueBody = z.object({ publishedOn: isoDate('公布日期').optional() });

export const adjustCatalogueBody = z.object({ reason: text('调整理由', 2000, true) });

export const publicCatalogueQuery = z.object({ year: year.optional() });
