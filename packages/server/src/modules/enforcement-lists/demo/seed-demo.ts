// The demo region's 事前公示 lists (labelled demo, like every demo record): for five enforcement bodies of the
// 示范区, the three lists — first published a year before today, the 市场监管局's random-inspection list adjusted once
// since, and its legal-review catalogue adjusted with a later effective day still to come —, written through the
// same command as the API on the seed's transaction, so they carry the same audit events. Every row names an item
// of the demo 权责清单 by its code, with the name and basis the list gives it (power-lists `demo/statute-items.json`;
// the demo's test checks them, the lists being seeded before the powers list): a 随机抽查 row a 行政检查 item, so only
// the bodies whose demo list holds inspection items publish that list. The 城管局's legal-review row names a 市容
// penalty the powers list has since delegated to a township (power-lists' demo), which the console flags.
import type { ListRow, RecordingStep } from '@fazhi/core/enforcement-lists';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn } from '../../../platform/write';
import { publishListOn } from '../commands/publish-list';

interface DemoBody {
  name: string;
  field: string;
  /** inspection items of the powers list: code, name, basis, content */
  inspections: [string, string, string, string][];
  /** penalty items of the powers list: code, name, basis, the amount from which a decision is reviewed */
  penalties: [string, string, string, number][];
}

const bodies: DemoBody[] = [
  {
    name: '示范区市场监督管理局',
    field: '市场监管',
    inspections: [
      [
        '159901-01-JC-0001',
        '对价格活动的监督检查',
        '《中华人民共和国价格法》第三十三条',
        '经营者明码标价和执行价格政策的情况',
      ],
      [
        '159901-01-JC-0003',
        '对当事人涉嫌从事违反本法的生产、销售活动的场所实施现场检查',
        '《中华人民共和国产品质量法》第十八条第（一）项',
        '生产、销售的产品是否符合质量要求',
      ],
      [
        '159901-01-JC-0004',
        '对农产品进入批发、零售市场或者生产加工企业后的生产经营活动的监督检查',
        '《中华人民共和国农产品质量安全法》第六十条',
        '农产品进货查验记录和质量安全状况',
      ],
    ],
    penalties: [
      [
        '159901-01-CF-0045',
        '对生产经营不符合法律、法规或者食品安全标准的食品、食品添加剂的行政处罚',
        '《中华人民共和国食品安全法》第一百二十四条第二款',
        100000,
      ],
      [
        '159901-01-CF-0013',
        '对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚',
        '《中华人民共和国产品质量法》第四十九条',
        50000,
      ],
      [
        '159901-01-CF-0103',
        '对明知或者应知广告虚假仍在广告中对商品、服务作推荐、证明的行政处罚',
        '《中华人民共和国广告法》第六十一条第（四）项',
        100000,
      ],
    ],
  },
  {
    name: '示范区城市管理综合执法局',
    field: '城市管理',
    inspections: [
      [
        '159901-06-JC-0001',
        '对城市生活废弃物的收集、运输和处理的监督检查',
        '《城市市容和环境卫生管理条例》第二十八条第一款',
        '生活废弃物收集、运输和处理是否符合规定',
      ],
    ],
    penalties: [
      [
        '159901-06-CF-0009',
        '对未经城市人民政府市容环境卫生行政主管部门同意，擅自设置大型户外广告，影响市容的行政处罚',
        '《城市市容和环境卫生管理条例》第三十六条第（一）项',
        20000,
      ],
    ],
  },
  {
    name: '示范区生态环境分局',
    field: '生态环境',
    inspections: [],
    penalties: [
      [
        '159901-03-CF-0006',
        '对超过水污染物排放标准或者超过重点水污染物排放总量控制指标排放水污染物的行政处罚',
        '《中华人民共和国水污染防治法》第八十三条第（二）项',
        200000,
      ],
      [
        '159901-03-CF-0002',
        '对未按照规定对所排放的水污染物自行监测，或者未保存原始监测记录的行政处罚',
        '《中华人民共和国水污染防治法》第八十二条第（一）项',
        100000,
      ],
    ],
  },
  {
    name: '示范区交通运输局',
    field: '交通运输',
    inspections: [],
    penalties: [
      [
        '159901-04-CF-0003',
        '对违反本法第四十四条第一款规定，擅自占用、挖掘公路的行政处罚',
        '《中华人民共和国公路法》第七十六条第（一）项',
        30000,
      ],
    ],
  },
  {
    name: '示范区应急管理局',
    field: '应急管理',
    inspections: [],
    penalties: [
      [
        '159901-02-CF-0030',
        '对生产经营单位未采取措施消除事故隐患的行政处罚',
        '《中华人民共和国安全生产法》第一百零二条',
        50000,
      ],
    ],
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
  const random = b.inspections.map(([itemCode, name, basis, content]) =>
    row({
      itemCode,
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
    ...b.penalties.map(([itemCode, name, basis, amount]) =>
      row({
        itemCode,
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
    if (random.length) await on('random_inspection', random.slice(0, Math.max(1, random.length - 1)));
    await on('audio_video', audio);
    await on('legal_review', review);
    if (b.field !== '市场监管') continue;
    await publishListOn(
      services,
      w,
      {
        enforcementBodyId: orgId,
        kind: 'random_inspection',
        effectiveFrom: addDays(today, -90),
        adjustmentReason: '（演示）根据年度抽查计划，增加农产品质量安全监督检查事项',
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
          r.itemCode === '159901-01-CF-0045'
            ? { ...r, amountFrom: 50000, content: '罚没金额达到50000元的行政处罚决定' }
            : r,
        ),
      },
      demo,
    );
  }
}
