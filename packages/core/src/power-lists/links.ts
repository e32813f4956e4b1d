// Another module's entry that names a list item by its code (事项编码): the 告知承诺制 items, the 事前公示 lists'
// rows and the discretion benchmarks store the code with the name and basis as the body published them. Which list
// and which kind of item the code must name, and what is wrong when it does not, are decided here once; the server
// looks the codes up in the list in force (power-lists `queries/item-by-code.ts`) and refuses what this names.
import { listKindDefs, powerItemKindLabels, type ListKind, type PowerItemKind } from './kinds';

/** The list an entry's code names an item of, and the kind of item it must be (none: any kind of that list). */
export interface ItemLink {
  listKind: ListKind;
  itemKind?: PowerItemKind;
}

/** What the list in force says about one code: its item's kind and implementing body, or nothing (null). */
export interface LinkedItem {
  itemKind: PowerItemKind;
  bodyOrgId: string;
  bodyName: string;
}

/** The entering body, as the message names it. */
export interface LinkingBody {
  orgId: string;
  name: string;
}

/**
 * Why a code does not name an item of the list in force at the body, or null when it does: not in the list, an
 * item of another kind (a 随机抽查 row naming a penalty), or an item another body implements (a power delegated to
 * a township is no longer the department's to publish or to set a benchmark for).
 */
export function itemLinkProblem(
  link: ItemLink,
  code: string,
  body: LinkingBody,
  item: LinkedItem | null,
): string | null {
  const list = listKindDefs[link.listKind].label;
  if (!item) return `事项编码${code}不在本地区现行${list}中`;
  if (link.itemKind && item.itemKind !== link.itemKind)
    return `事项编码${code}在现行${list}中是${powerItemKindLabels[item.itemKind]}事项，应为${powerItemKindLabels[link.itemKind]}事项`;
  if (item.bodyOrgId !== body.orgId)
    return `事项编码${code}在现行${list}中的实施主体是${item.bodyName}，不是${body.name}`;
  return null;
}
