// The unit kinds the server accepts (packages/server/src/modules/organisations/schemas.ts `orgKinds`), for the form.
export const orgKindOptions = [
  { value: 'government', label: '人民政府' },
  { value: 'department', label: '政府部门' },
  { value: 'township', label: '乡镇（街道）' },
  { value: 'justice_bureau', label: '司法行政机关' },
  { value: 'internal_office', label: '内设机构' },
] as const;

import type { OrgRow } from '@fazhi/core/contracts';

export interface OrgTreeNode {
  key: string;
  title: string;
  value: string;
  children: OrgTreeNode[];
}

/** Builds the tree from the flat, path-ordered list; a unit whose parent is out of sight becomes a root. */
export function buildOrgTree(rows: readonly OrgRow[]): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const r of rows) nodes.set(r.id, { key: r.id, value: r.id, title: r.name, children: [] });
  const roots: OrgTreeNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id);
    if (!node) continue;
    const parent = r.parentId ? nodes.get(r.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
