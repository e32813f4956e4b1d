// Request schemas of the discretion benchmarks (zod; OpenAPI comes from them). The structure is checked here; what
// makes a benchmark unfit (a range upside down, a circumstance twice, a fine where no penalty) is core's
// `benchmarkProblems`, answered 422 naming the field.
import {
  circumstanceKinds,
  conditionOps,
  factKeys,
  factKinds,
  factLevels,
  type LevelFact,
} from '@fazhi/core/discretion';
import { z } from 'zod';
import { isoDate } from '../../platform/http/iso-date';
import { text } from '../../platform/http/text';
import { statisticsQueryFields } from '../../platform/statistics';

export const uuid = z.uuid('标识格式不正确');
export const idParams = z.object({ id: uuid });

const yuan = (label: string) =>
  z
    .number({ error: `${label}应为整数元` })
    .int(`${label}应为整数元`)
    .min(0, `${label}不能为负数`)
    .max(100_000_000_000, `${label}过大`);
const times = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .min(0, `${label}不能为负数`)
    .max(100, `${label}不能超过100倍`)
    .refine((n) => Number.isInteger(n * 100), `${label}最多保留两位小数`);

const condition = z.object({
  fact: z.enum(factKeys, { error: '案件事实不在可选范围内' }),
  op: z.enum(conditionOps, { error: '比较方式应为等于、低于、不超过、超过或不低于' }),
  value: z.union([z.boolean(), z.number().min(0).max(100_000_000_000), z.string().max(20)], {
    error: '比较值应为是否、数值或等级',
  }),
});

const fine = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('amount'), minYuan: yuan('罚款下限'), maxYuan: yuan('罚款上限') }),
    z.object({
      kind: z.literal('multiple'),
      of: z.enum(['illegalGainsYuan', 'goodsValueYuan'], { error: '倍数的计算基数应为违法所得或货值金额' }),
      minTimes: times('倍数下限'),
      maxTimes: times('倍数上限'),
    }),
  ],
  { error: '罚款幅度应为金额区间或倍数区间' },
);

export const circumstance = z.object({
  kind: z.enum(circumstanceKinds, { error: '裁量情形应为不予处罚、减轻、从轻、一般或从重' }),
  description: text('情形描述', 1000, true),
  conditions: z.array(condition, { error: '适用条件应为列表' }).max(10, '一个情形最多10个适用条件'),
  fine: fine.nullable(),
  otherPenalties: z.string().trim().max(500, '其他处罚种类不能超过500个字符').default(''),
});

const content = {
  itemName: text('事项名称', 300),
  legalBasis: text('法律依据', 4000, true),
  circumstances: z
    .array(circumstance, { error: '裁量情形应为列表' })
    .min(1, '请填写裁量情形')
    .max(circumstanceKinds.length, `裁量情形最多${circumstanceKinds.length}种`),
};

export const itemCode = text('事项编码', 64).refine(
  (s) => /^[0-9A-Za-z-]+$/.test(s),
  '事项编码只能由字母、数字和连字符组成',
);

export const draftBenchmarkBody = z.object({
  implementingOrgId: uuid,
  itemCode,
  ...content,
  /** required from the second version on */
  reason: text('修订理由', 2000, true).optional(),
});
export type DraftBenchmarkBody = z.infer<typeof draftBenchmarkBody>;

export const changeBenchmarkBody = z.object(content);
export type ChangeBenchmarkBody = z.infer<typeof changeBenchmarkBody>;

export const publishBenchmarkBody = z.object({
  publishedOn: isoDate('发布日期').optional(),
  effectiveOn: isoDate('施行日期'),
});

const factsShape = Object.fromEntries(
  factKeys.map((k) => {
    const type = factKinds[k].type;
    const label = factKinds[k].label;
    const schema =
      type === 'boolean'
        ? z.boolean({ error: `${label}应为是或否` })
        : type === 'number'
          ? z
              .number({ error: `${label}应为数字` })
              .min(0, `${label}不能为负数`)
              .max(100_000_000_000, `${label}过大`)
          : z.enum(Object.keys(factLevels[k as LevelFact]) as [string, ...string[]], { error: `${label}的取值不正确` });
    return [k, schema.optional()];
  }),
);
export const suggestionBody = z.object({ facts: z.object(factsShape).strict() });

export const inForceQuery = z.object({ implementingOrgId: uuid, itemCode, on: isoDate('适用日期').optional() });

const q = z.string().trim().max(100, '检索内容不能超过100个字符').optional();
export const listQuery = z.object({ q, implementingOrgId: uuid.optional() });
export const publicListQuery = z.object({ q });

/** The statistics' query: the platform's period and region, and one implementing body. */
export const statisticsQuery = z.object({ ...statisticsQueryFields, implementingOrgId: uuid.optional() });
