// The demo region's benchmarks (labelled demo): the 示范区's common penalty items of market regulation (明码标价,
// 产品质量, 食品进货查验) and ecology and environment (超标排放水污染物), each with its real legal basis — the offence and the statutory range as the law states them —
// and the circumstances the region would set within that range (the ranges are the demo's, not a published
// benchmark's). The items and bases are those published regions list, e.g. 滕州市's powers list item 3704810200403
// 违反明码标价规定的处罚 (价格法第四十二条、价格违法行为行政处罚规定第十三条, zt.tengzhou.gov.cn, 2015), and the text of
// 食品安全法第一百二十六条 (2021年修正), 产品质量法第五十条, 水污染防治法第八十三条. The price-tag item has two versions: last year's, and this year's revision, in force today. Built
// through the same commands as the API, so each carries its audit events; dated from today's clock. Each item is
// named by the code the demo powers list gives the same article (power-lists `demo/statute-items.json`).
import type { Circumstance } from '@fazhi/core/discretion';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn } from '../../../platform/write';
import { draftBenchmarkOn } from '../commands/draft-benchmark';
import { publishBenchmarkOn } from '../commands/publish-benchmark';

interface DemoBenchmark {
  org: string;
  itemCode: string;
  itemName: string;
  legalBasis: string;
  circumstances: Circumstance[];
}

const firstMinorCorrected: Circumstance = {
  kind: 'no_penalty',
  description: '初次违法且危害后果轻微并及时改正的（首违不罚）',
  conditions: [
    { fact: 'firstOffence', op: 'is', value: true },
    { fact: 'harm', op: 'lte', value: 'minor' },
    { fact: 'correctedPromptly', op: 'is', value: true },
  ],
  fine: null,
  otherPenalties: '',
};

const priceTags = (revised: boolean): DemoBenchmark => ({
  org: '示范区市场监督管理局',
  itemCode: '159901-01-CF-0009',
  itemName: '经营者违反明码标价规定',
  legalBasis:
    '《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条：经营者违反明码标价规定的，责令改正，没收违法所得，可以并处5000元以下的罚款',
  circumstances: [
    ...(revised ? [firstMinorCorrected] : []),
    {
      kind: 'lighter',
      description: '主动消除或者减轻违法行为危害后果的',
      conditions: [{ fact: 'eliminatedHarm', op: 'is', value: true }],
      fine: { kind: 'amount', minYuan: 0, maxYuan: revised ? 1000 : 1500 },
      otherPenalties: '责令改正，没收违法所得',
    },
    {
      kind: 'general',
      description: '不具有从轻、从重情形的',
      conditions: [],
      fine: { kind: 'amount', minYuan: revised ? 1000 : 1500, maxYuan: 3000 },
      otherPenalties: '责令改正，没收违法所得',
    },
    {
      kind: 'heavier',
      description: '一年内因同一违法行为受过行政处罚的',
      conditions: [{ fact: 'repeatOffence', op: 'is', value: true }],
      fine: { kind: 'amount', minYuan: 3000, maxYuan: 5000 },
      otherPenalties: '责令改正，没收违法所得',
    },
  ],
});

const others: DemoBenchmark[] = [
  {
    org: '示范区市场监督管理局',
    itemCode: '159901-01-CF-0054',
    itemName: '食品经营者进货时未查验许可证和相关证明文件，或者未按规定建立并遵守进货查验记录制度',
    legalBasis:
      '《中华人民共和国食品安全法》第一百二十六条第一款第三项：责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证',
    circumstances: [
      firstMinorCorrected,
      {
        kind: 'general',
        description: '责令改正后及时改正的',
        conditions: [],
        fine: null,
        otherPenalties: '责令改正，给予警告',
      },
      {
        kind: 'heavier',
        description: '经责令改正拒不改正的',
        conditions: [{ fact: 'refusedToCorrect', op: 'is', value: true }],
        fine: { kind: 'amount', minYuan: 5000, maxYuan: 50000 },
        otherPenalties: '给予警告；情节严重的，责令停产停业，直至吊销许可证',
      },
    ],
  },
  {
    org: '示范区市场监督管理局',
    itemCode: '159901-01-CF-0014',
    itemName: '在产品中掺杂、掺假，以假充真，以次充好',
    legalBasis:
      '《中华人民共和国产品质量法》第五十条：责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得',
    circumstances: [
      {
        kind: 'reduced',
        description: '受他人胁迫或者诱骗实施违法行为的',
        conditions: [{ fact: 'coercedOrDeceived', op: 'is', value: true }],
        fine: { kind: 'multiple', of: 'goodsValueYuan', minTimes: 0.2, maxTimes: 0.5 },
        otherPenalties: '责令停止生产、销售，没收违法生产、销售的产品和违法所得',
      },
      {
        kind: 'lighter',
        description: '货值金额不超过5000元并及时改正的',
        conditions: [
          { fact: 'goodsValueYuan', op: 'lte', value: 5000 },
          { fact: 'correctedPromptly', op: 'is', value: true },
        ],
        fine: { kind: 'multiple', of: 'goodsValueYuan', minTimes: 0.5, maxTimes: 1 },
        otherPenalties: '责令停止生产、销售，没收违法生产、销售的产品和违法所得',
      },
      {
        kind: 'general',
        description: '不具有减轻、从轻、从重情形的',
        conditions: [],
        fine: { kind: 'multiple', of: 'goodsValueYuan', minTimes: 1, maxTimes: 2 },
        otherPenalties: '责令停止生产、销售，没收违法生产、销售的产品和违法所得',
      },
      {
        kind: 'heavier',
        description: '侵害对象涉及未成年人的',
        conditions: [{ fact: 'minorsInvolved', op: 'is', value: true }],
        fine: { kind: 'multiple', of: 'goodsValueYuan', minTimes: 2, maxTimes: 3 },
        otherPenalties: '责令停止生产、销售，没收违法生产、销售的产品和违法所得',
      },
    ],
  },
  {
    org: '示范区生态环境分局',
    itemCode: '159901-03-CF-0006',
    itemName: '超过水污染物排放标准排放水污染物',
    legalBasis:
      '《中华人民共和国水污染防治法》第八十三条第二项：责令改正或者责令限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭',
    circumstances: [
      {
        kind: 'lighter',
        description: '主动消除或者减轻违法行为危害后果的',
        conditions: [{ fact: 'eliminatedHarm', op: 'is', value: true }],
        fine: { kind: 'amount', minYuan: 100000, maxYuan: 300000 },
        otherPenalties: '责令改正或者责令限制生产、停产整治',
      },
      {
        kind: 'general',
        description: '不具有从轻、从重情形的',
        conditions: [],
        fine: { kind: 'amount', minYuan: 300000, maxYuan: 600000 },
        otherPenalties: '责令改正或者责令限制生产、停产整治',
      },
      {
        kind: 'heavier',
        description: '一年内因同一违法行为受过行政处罚的',
        conditions: [{ fact: 'repeatOffence', op: 'is', value: true }],
        fine: { kind: 'amount', minYuan: 600000, maxYuan: 1000000 },
        otherPenalties: '责令限制生产、停产整治；情节严重的，报经有批准权的人民政府批准，责令停业、关闭',
      },
    ],
  },
];

export async function seedDiscretionDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const y = Number(today.slice(0, 4));
  const notAfterToday = (d: string) => (d < today ? d : today);
  const draft = async (b: DemoBenchmark, reason?: string) => {
    const orgId = ctx.orgIdByName.get(b.org);
    if (!orgId) return null;
    const { org: _org, ...content } = b;
    return draftBenchmarkOn(services, w, { implementingOrgId: orgId, ...content, reason }, { isDemo: true });
  };
  const lastYear = `${y - 1}-03-01`;
  const v1 = await draft(priceTags(false));
  if (!v1) return;
  await publishBenchmarkOn(services, w, v1.id, { publishedOn: lastYear, effectiveOn: lastYear });
  const v2 = await draft(priceTags(true), '落实《行政处罚法》第三十三条首违不罚，收窄从轻情形的罚款幅度（演示）');
  const thisYear = notAfterToday(`${y}-01-15`);
  if (v2) await publishBenchmarkOn(services, w, v2.id, { publishedOn: thisYear, effectiveOn: thisYear });
  for (const b of others) {
    const d = await draft(b);
    if (d) await publishBenchmarkOn(services, w, d.id, { publishedOn: lastYear, effectiveOn: lastYear });
  }
}
