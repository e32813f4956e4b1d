// The demo region's 事前公示 lists (labelled demo, like every demo record): for five enforcement bodies of the
// 示范区, the three lists — first published a year before today, the 市场监管局's random-inspection list adjusted once
// since, and its legal-review catalogue adjusted with a later effective day still to come —, written through the
// same command as the API on the seed's transaction, so they carry the same audit events. The item codes follow
// the pattern of the region's lists (主体代码-类别-序号); the bases are real national law.
import type { ListRow, RecordingStep } from '@fazhi/core/enforcement-lists';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn } from '../../../platform/write';
import { publishListOn } from '../commands/publish-list';

interface DemoBody {
  name: string;
  code: string;
  field: string;
  /** inspection items: name, basis, content */
  inspections: [string, string, string][];
  /** penalty items: name, basis, the amount from which a decision is reviewed */
  penalties: [string, string, number][];
}

const bodies: DemoBody[] = [
  {
    name: '示范区市场监督管理局',
    code: 'SJ',
    field: '市场监管',
    inspections: [
      [
        '食品生产经营者的监督检查',
        '《中华人民共和国食品安全法》第一百一十条',
        '生产经营场所、原料、食品安全管理制度落实情况',
      ],
      ['产品质量监督抽查', '《中华人民共和国产品质量法》第十五条', '生产、销售的产品是否符合质量标准'],
      ['计量器具的监督检查', '《中华人民共和国计量法》第十八条', '强制检定计量器具的检定和使用情况'],
      ['企业公示信息的抽查', '《企业信息公示暂行条例》第十四条', '年度报告等公示信息的真实性'],
    ],
    penalties: [
      ['对生产经营不符合食品安全标准的食品的处罚', '《中华人民共和国食品安全法》第一百二十四条', 100000],
      ['对生产、销售不合格产品的处罚', '《中华人民共和国产品质量法》第四十九条', 50000],
      ['对虚假广告的处罚', '《中华人民共和国广告法》第五十五条', 100000],
    ],
  },
  {
    name: '示范区城市管理综合执法局',
    code: 'CG',
    field: '城市管理',
    inspections: [
      ['违法建设的巡查', '《中华人民共和国城乡规划法》第五十三条', '建设工程是否取得建设工程规划许可证'],
      ['户外广告设施设置的检查', '《城市市容和环境卫生管理条例》第十一条', '户外广告设施的设置是否经批准'],
    ],
    penalties: [
      ['对未取得建设工程规划许可证进行建设的处罚', '《中华人民共和国城乡规划法》第六十四条', 100000],
      ['对擅自设置大型户外广告的处罚', '《城市市容和环境卫生管理条例》第三十六条', 20000],
    ],
  },
  {
    name: '示范区生态环境分局',
    code: 'HB',
    field: '生态环境',
    inspections: [
      ['排污单位的监督检查', '《中华人民共和国环境保护法》第二十四条', '污染物排放情况和污染防治设施运行情况'],
      ['排污许可证执行情况的检查', '《排污许可管理条例》第二十八条', '是否按证排污、台账和执行报告'],
    ],
    penalties: [
      ['对超标排放大气污染物的处罚', '《中华人民共和国大气污染防治法》第九十九条', 200000],
      ['对无证排污的处罚', '《排污许可管理条例》第三十三条', 200000],
    ],
  },
  {
    name: '示范区交通运输局',
    code: 'JT',
    field: '交通运输',
    inspections: [
      ['道路运输经营者的监督检查', '《中华人民共和国道路运输条例》第五十八条', '经营资质、车辆技术状况和安全生产'],
    ],
    penalties: [['对未取得道路运输经营许可擅自从事经营的处罚', '《中华人民共和国道路运输条例》第六十三条', 30000]],
  },
  {
    name: '示范区应急管理局',
    code: 'YJ',
    field: '应急管理',
    inspections: [
      [
        '生产经营单位安全生产的监督检查',
        '《中华人民共和国安全生产法》第六十五条',
        '安全生产规章制度、隐患排查治理和培训情况',
      ],
    ],
    penalties: [['对未按规定排查治理事故隐患的处罚', '《中华人民共和国安全生产法》第一百零二条', 50000]],
  },
];

const addDays = (day: string, n: number) => formatIsoDate(parseIsoDate(day) + n);

const basis118 = '国办发〔2018〕118号三（八）';
const basis244 = '内蒙古自治区人民政府令第244号第十七条';
const recorded: [RecordingStep, string, string][] = [
  ['seizure', '查封、扣押财产的全过程', basis118],
  ['forced_demolition', '强制拆除的全过程', basis118],
  ['case_premises', '在执法办案场所询问、调查的全过程', basis118],
  ['on_site', '现场检查、现场处置', basis244],
  ['evidence', '现场调查取证', basis244],
  ['hearing', '听证会的全过程', basis244],
  ['lodged_service', '留置送达', basis244],
  ['public_notice_service', '公告送达的张贴过程', basis244],
];

const row = (r: Partial<ListRow> & Pick<ListRow, 'itemCode' | 'itemName' | 'basis'>): ListRow => ({
  content: '',
  method: null,
  step: null,
  category: null,
  level: null,
  field: null,
  amountFrom: null,
  ...r,
});

function listsOf(b: DemoBody): { random: ListRow[]; audio: ListRow[]; review: ListRow[] } {
  const random = b.inspections.map(([name, basis, content], i) =>
    row({
      itemCode: `${b.code}-JC-${String(i + 1).padStart(3, '0')}`,
      itemName: name,
      basis,
      content,
      method: '双随机抽查（现场检查、书面检查）',
      field: b.field,
    }),
  );
  const audio = recorded.map(([step, content, basis]) =>
    row({ itemCode: '*', itemName: '本单位全部行政执法事项', basis, content, step }),
  );
  const review = [
    ...b.penalties.map(([name, basis, amount], i) =>
      row({
        itemCode: `${b.code}-CF-${String(i + 1).padStart(3, '0')}`,
        itemName: name,
        basis,
        content: `罚没金额达到${amount}元的行政处罚决定`,
        category: 'major_rights',
        level: '县级',
        field: b.field,
        amountFrom: amount,
      }),
    ),
    row({
      itemCode: '*',
      itemName: '经过听证程序作出的行政执法决定',
      basis: '《中华人民共和国行政处罚法》第五十八条第一款第二项',
      content: '听证后拟作出的决定',
      category: 'after_hearing',
      level: '县级',
      field: b.field,
    }),
    row({
      itemCode: '*',
      itemName: '案情疑难复杂、涉及多个法律关系的行政执法决定',
      basis: '《中华人民共和国行政处罚法》第五十八条第一款第三项',
      category: 'complex',
      level: '县级',
      field: b.field,
    }),
  ];
  return { random, audio, review };
}

export async function seedEnforcementListsDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const yearAgo = addDays(today, -365);
  const demo = { isDemo: true };
  for (const b of bodies) {
    const orgId = ctx.orgIdByName.get(b.name);
    if (!orgId) continue;
    const { random, audio, review } = listsOf(b);
    const on = (kind: 'random_inspection' | 'audio_video' | 'legal_review', rows: ListRow[]) =>
      publishListOn(services, w, { enforcementBodyId: orgId, kind, effectiveFrom: yearAgo, rows }, demo);
    await on('random_inspection', random.slice(0, Math.max(1, random.length - 1)));
    await on('audio_video', audio);
    await on('legal_review', review);
    if (b.code !== 'SJ') continue;
    await publishListOn(
      services,
      w,
      {
        enforcementBodyId: orgId,
        kind: 'random_inspection',
        effectiveFrom: addDays(today, -90),
        adjustmentReason: '（演示）根据年度抽查计划，增加企业公示信息抽查事项',
        rows: random,
      },
      demo,
    );
    await publishListOn(
      services,
      w,
      {
        enforcementBodyId: orgId,
        kind: 'legal_review',
        effectiveFrom: addDays(today, 30),
        adjustmentReason: '（演示）调整食品安全处罚的法制审核金额标准',
        rows: review.map((r) =>
          r.itemCode === 'SJ-CF-001' ? { ...r, amountFrom: 50000, content: '罚没金额达到50000元的行政处罚决定' } : r,
        ),
      },
      demo,
    );
  }
}
