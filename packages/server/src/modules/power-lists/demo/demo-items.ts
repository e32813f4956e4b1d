// The demo region's powers list (演示), read from real law texts: every item is what one article of a national law
// or administrative regulation punishes, licenses, inspects or coerces, named in the article's own words and citing
// it (statute-items.json, written by extract-items.ts from the 国家法律法规数据库 texts; see its header). Only the
// responsibilities and accountability cases below are generic duties, not citations. Deterministic: the codes are
// the file's (159901-<department>-<kind>-<sequence in the law's article order>).
import { powerItemKinds, type ListItem, type PowerItemKind } from '@fazhi/core/power-lists';
import statutes from './statute-items.json';

const isKind = (k: string): k is PowerItemKind => (powerItemKinds as readonly string[]).includes(k);

const responsibilities = (kind: PowerItemKind) =>
  kind === 'penalty'
    ? [
        '立案责任：对发现的违法行为予以审查，决定是否立案',
        '调查责任：全面、客观、公正调查，收集证据',
        '审查责任：审查案件事实、证据、程序和法律适用',
        '告知责任：告知当事人拟作出的处罚及其陈述、申辩和听证权利',
        '决定责任：依法作出处罚决定',
        '送达责任：依法送达行政处罚决定书',
        '执行责任：监督当事人履行处罚决定',
      ]
    : kind === 'licensing'
      ? [
          '受理责任：公示申请条件和材料，一次性告知补正',
          '审查责任：审查申请材料，组织现场核查',
          '决定责任：在法定期限内作出决定',
          '送达责任：制发并送达许可证件',
          '事后监管责任：加强对被许可人的监督检查',
        ]
      : ['执行责任：依法履行职责', '监督责任：加强事中事后监管'];

const accountability = [
  '对符合法定条件的申请不予受理或者不在法定期限内作出决定的',
  '违反法定程序实施的',
  '滥用职权、玩忽职守、徇私舞弊的',
  '其他违反法律法规规章规定的',
];

/** The powers list's items of the demo region: body names resolved by `orgIdByName`. */
export function demoPowerItems(orgIdByName: ReadonlyMap<string, string>): ListItem[] {
  const out: ListItem[] = [];
  for (const s of statutes.items) {
    const bodyOrgId = orgIdByName.get(s.body);
    if (!bodyOrgId || !isKind(s.kind)) continue;
    out.push({
      code: s.code,
      name: s.name,
      itemKind: s.kind,
      subItems: [],
      legalBases: s.bases.map((b) => ({ law: s.law, article: b.article, clause: b.clause })),
      bodyOrgId,
      responsibilities: responsibilities(s.kind),
      accountability,
      extra: {},
    });
  }
  return out;
}

const reformModes = ['直接取消审批', '审批改为备案', '实行告知承诺', '优化审批服务'] as const;
/** what a licensing item approves: 「设置大型户外广告审批」 → 「设置大型户外广告」 */
const approved = (i: ListItem) => i.name.replace(/(许可|审批)$/, '');

/** The other five lists, drawn from the same departments' objects (the licensing items, filings, certificates…). */
export function demoOtherItems(powers: readonly ListItem[]) {
  const licences = powers.filter((i) => i.itemKind === 'licensing');
  const base = (i: ListItem, prefix: string, name: string): ListItem => ({
    ...i,
    code: i.code.replace('-XK-', `-${prefix}-`),
    name,
    subItems: [],
    extra: {},
  });
  return {
    licensing: licences.map((i) => ({
      ...base(i, 'XK', i.name),
      itemKind: 'licensing' as const,
      subItems: i.subItems,
      extra: { licenceName: `${approved(i)}批准文件` },
    })),
    business_licensing: licences.map((i, n) => ({
      ...base(i, 'SQ', i.name),
      itemKind: 'licensing' as const,
      extra: { reformMode: reformModes[n % 4]! },
    })),
    filing: licences.map((i) => ({
      ...base(i, 'BA', `${approved(i)}备案`),
      itemKind: 'other' as const,
      extra: { filingParty: '从事相关经营活动的企业和个体工商户' },
    })),
    certification: licences
      .filter((_, n) => n % 3 === 0)
      .map((i) => ({
        ...base(i, 'ZM', `${approved(i)}无违法违规记录证明`),
        itemKind: 'other' as const,
        extra: { certificateName: '无违法违规记录证明', issuingUnit: '申请人所在地的行业主管部门' },
      })),
    public_service: licences.map((i) => ({
      ...base(i, 'GF', `${approved(i)}政策咨询服务`),
      itemKind: 'other' as const,
      extra: { serviceTarget: '企业和群众' },
    })),
  };
}
