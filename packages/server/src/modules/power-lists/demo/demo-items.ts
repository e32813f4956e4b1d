// The demo region's powers list (演示), read from real law texts: every item is what one article of a national law
// or administrative regulation punishes, licenses, inspects or coerces, named in the article's own words and citing
// it (statute-items.json, written by extract-items.ts from the 国家法律法规数据库 texts; see its header). Only the
// responsibilities and accountability cases below are generic duties, not citations. The other five lists hold
// only items whose cited article creates that kind of item (the file's `lists`). Deterministic: the codes are
// the file's (159901-<department>-<kind>-<sequence in the law's article order>).
import { powerItemKinds, type ListItem, type PowerItemKind } from '@fazhi/core/power-lists';
import type { OtherList } from './list-articles';
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

/**
 * The other five lists, each read from the articles that create its items (list-articles.ts): a licence from an
 * article requiring a 许可 or 批准, a filing from one requiring a 备案, and so on — never derived from another list.
 * The 涉企经营许可 items carry no 改革方式: no source read assigns one (see list-articles.ts).
 */
export function demoOtherItems(orgIdByName: ReadonlyMap<string, string>): Record<OtherList, ListItem[]> {
  const itemKind = (list: OtherList): PowerItemKind =>
    list === 'licensing' || list === 'business_licensing' ? 'licensing' : 'other';
  const out = {} as Record<OtherList, ListItem[]>;
  for (const [list, rows] of Object.entries(statutes.lists) as [OtherList, (typeof statutes.lists)['filing']][])
    out[list] = rows.flatMap((s) => {
      const bodyOrgId = orgIdByName.get(s.body);
      if (!bodyOrgId) return [];
      const kind = itemKind(list);
      return [
        {
          code: s.code,
          name: s.name,
          itemKind: kind,
          subItems: [],
          legalBases: s.bases.map((b) => ({ law: s.law, article: b.article, clause: b.clause })),
          bodyOrgId,
          responsibilities: responsibilities(kind),
          accountability,
          extra: Object.fromEntries(Object.entries(s.extra).filter((e): e is [string, string] => !!e[1])),
        },
      ];
    });
  return out;
}
