// An adjustment as a change of the list's items: which codes leave the version before it and which items enter
// the new one. Each kind keeps the codes' rule: unique within a version, and the same matter keeps its code.
import type { AdjustmentKind } from './kinds';
import { changedFields, type ListItem } from './items';

export interface AdjustmentChanges {
  /** the items added (新增), as changed (变更), or the one item a merger leaves (合并) */
  items: ListItem[];
  /** the codes removed (取消), merged (合并) or delegated (下放) */
  codes: string[];
  /** 下放: the body that exercises the items from now on */
  toOrgId: string | null;
}

export interface AdjustmentPlan {
  /** codes whose current revision ends with the new version */
  closes: string[];
  /** items written as new revisions in the new version */
  inserts: ListItem[];
}

export type AdjustmentProblems = Record<string, string>;

const uniq = (xs: readonly string[]) => new Set(xs).size === xs.length;

/**
 * The plan of an adjustment against the version it changes (`current`, by code), or the problems by field. Kinds:
 * add — new codes only; remove — existing codes; change — existing codes, each with something changed; merge — two
 * or more existing codes into one item (one of their codes or a new one); delegate — existing codes to another body.
 */
export function planAdjustment(
  kind: Exclude<AdjustmentKind, 'initial' | 'import'>,
  current: ReadonlyMap<string, ListItem>,
  c: AdjustmentChanges,
): { plan: AdjustmentPlan } | { problems: AdjustmentProblems } {
  const p: AdjustmentProblems = {};
  const missing = c.codes.filter((code) => !current.has(code));
  const itemCodes = c.items.map((i) => i.code);
  if (!uniq(c.codes) || !uniq(itemCodes)) p.codes = '同一事项编码不能重复出现';
  switch (kind) {
    case 'add': {
      if (c.items.length === 0) p.items = '请填写新增的事项';
      const taken = itemCodes.filter((code) => current.has(code));
      if (taken.length) p.code = `事项编码${taken.join('、')}已在清单中，新增事项应使用新的编码`;
      return done(p, { closes: [], inserts: c.items });
    }
    case 'remove':
      if (c.codes.length === 0) p.codes = '请选择取消的事项';
      if (missing.length) p.codes = `清单中没有事项编码${missing.join('、')}`;
      return done(p, { closes: c.codes, inserts: [] });
    case 'change': {
      if (c.items.length === 0) p.items = '请填写变更后的事项';
      const absent = itemCodes.filter((code) => !current.has(code));
      if (absent.length) p.code = `清单中没有事项编码${absent.join('、')}，变更不能改动事项编码`;
      else {
        const same = c.items.filter((i) => changedFields(current.get(i.code)!, i).length === 0).map((i) => i.code);
        if (same.length) p.items = `事项${same.join('、')}没有任何变更`;
      }
      return done(p, { closes: itemCodes, inserts: c.items });
    }
    case 'merge': {
      if (c.codes.length < 2) p.codes = '合并至少涉及两个事项';
      if (missing.length) p.codes = `清单中没有事项编码${missing.join('、')}`;
      if (c.items.length !== 1) p.items = '请填写合并后的一个事项';
      const into = c.items[0];
      if (into && current.has(into.code) && !c.codes.includes(into.code))
        p.code = `事项编码${into.code}已被其他事项使用，合并后的事项应沿用被合并事项之一的编码或使用新编码`;
      return done(p, { closes: c.codes, inserts: into ? [into] : [] });
    }
    case 'delegate': {
      if (c.codes.length === 0) p.codes = '请选择下放的事项';
      if (missing.length) p.codes = `清单中没有事项编码${missing.join('、')}`;
      if (!c.toOrgId) p.toOrgId = '请选择承接下放事项的单位';
      const already = c.codes.filter((code) => current.get(code)?.bodyOrgId === c.toOrgId);
      if (already.length) p.toOrgId = `事项${already.join('、')}已由该单位实施`;
      const inserts = c.codes
        .map((code) => current.get(code))
        .filter((i): i is ListItem => i !== undefined)
        .map((i) => ({ ...i, bodyOrgId: c.toOrgId ?? i.bodyOrgId }));
      return done(p, { closes: c.codes, inserts });
    }
  }
}

function done(p: AdjustmentProblems, plan: AdjustmentPlan) {
  return Object.keys(p).length ? { problems: p } : { plan };
}
