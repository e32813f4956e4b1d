// One item of a list and the checks an item must pass whatever act brings it (an adjustment, the Excel import).
// An item is named across modules by its code (事项编码) within the region: unique within a version, kept from one
// version to the next (the discretion benchmarks and the 告知承诺制 store the code, not this module's row).
import { listKindDefs, powerItemKindLabels, type ListColumn, type ListKind, type PowerItemKind } from './kinds';

/** 设定依据/实施依据: the law, its article and clause, as the body published them. */
export interface LegalBasis {
  law: string;
  article: string;
  clause: string;
}

export interface ListItem {
  code: string;
  name: string;
  itemKind: PowerItemKind;
  /** 子项 */
  subItems: string[];
  legalBases: LegalBasis[];
  /** 实施主体: an organisation of the org tree */
  bodyOrgId: string;
  /** 责任事项 */
  responsibilities: string[];
  /** 追责情形 */
  accountability: string[];
  /** the list kind's own columns (kinds.ts), by key */
  extra: Record<string, string>;
}

/** The fields of an item as the comparison and the import report name them. */
export const itemFieldLabels = {
  code: '事项编码',
  name: '事项名称',
  itemKind: '事项类型',
  subItems: '子项',
  legalBases: '设定和实施依据',
  bodyOrgId: '实施主体',
  responsibilities: '责任事项',
  accountability: '追责情形',
  extra: '其他信息',
} as const satisfies Record<keyof ListItem, string>;

/** 事项编码: letters, digits and hyphens, as the provinces' coding rules write them (e.g. 150102-XK-0001). */
export const ITEM_CODE = /^[0-9A-Za-z][0-9A-Za-z-]{0,39}$/;

const tooLong = (label: string, max: number) => `${label}不能超过${max}个字`;

/** What is wrong with an item for a list of this kind, by field (empty when nothing is). */
export function itemProblems(listKind: ListKind, item: ListItem): Record<string, string> {
  const def = listKindDefs[listKind];
  const columns: readonly ListColumn[] = def.columns;
  const p: Record<string, string> = {};
  if (!ITEM_CODE.test(item.code)) p.code = '事项编码应为1至40位字母、数字或连字符，以字母或数字开头';
  if (item.name.trim() === '') p.name = '请填写事项名称';
  else if ([...item.name].length > 200) p.name = tooLong('事项名称', 200);
  if (!(def.itemKinds as readonly string[]).includes(item.itemKind))
    p.itemKind = `${def.label}只收录${def.itemKinds.map((k) => powerItemKindLabels[k]).join('、')}事项`;
  // a power without a legal basis is exactly what the list exists to cut (法无授权不可为)
  if (item.legalBases.length === 0) p.legalBases = '请至少填写一项设定或实施依据（法律法规名称和条款）';
  else if (item.legalBases.some((b) => b.law.trim() === '' || b.article.trim() === ''))
    p.legalBases = '每项依据都应写明法律法规名称和条款';
  if (listKind === 'powers' && item.responsibilities.length === 0)
    p.responsibilities = '权责清单的每个事项都应列明责任事项';
  const known = new Set(columns.map((c) => c.key));
  for (const c of columns) {
    const v = (item.extra[c.key] ?? '').trim();
    if (c.required && v === '') p[c.key] = `请填写${c.label}`;
    else if (v !== '' && c.options && !c.options.includes(v)) p[c.key] = `${c.label}应为${c.options.join('、')}之一`;
  }
  const unknown = Object.keys(item.extra).filter((k) => !known.has(k));
  if (unknown.length) p.extra = `${def.label}没有这些栏目：${unknown.join('、')}`;
  return p;
}

/** Two items hold the same content, field by field (the code included). */
export function changedFields(a: ListItem, b: ListItem): (keyof ListItem)[] {
  const keys = Object.keys(itemFieldLabels) as (keyof ListItem)[];
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
