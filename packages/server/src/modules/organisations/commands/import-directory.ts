// Import organisations and users from an Excel workbook (sheets 「单位」 and 「用户」). Every row is validated first
// and all problems are reported together, row by row; only a workbook with no problem is written, in one
// transaction, so nothing is ever half-imported.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../../platform/http/xlsx-export';
import { cellText } from '../../../platform/http/xlsx-cells';
import { isRole, roleLabels, scopeKindLabels, scopeKinds, type Role, type ScopeKind } from '@fazhi/core/access';
import type { Actor } from '../../../platform/access/actor';
import { can, orgTarget, scopeFilter } from '../../../platform/access/scope';
import { authorizeAs } from '../../../platform/access/policy';
import { AppError } from '../../../platform/errors';
import { directoryPolicy } from '../policy';
import { inWriteTransaction, type WriteContext } from '../../../platform/write';
import type { Services } from '../../../platform/services';
import { createOrgBody, createUserBody, orgKindLabels, orgKinds, type OrgKindCode } from '../schemas';
import { insertOrg } from './create-org';
import { insertUser } from './create-user';

export interface ImportProblem {
  sheet: string;
  row: number;
  field: string;
  message: string;
}

export const ORG_COLUMNS = [
  '单位名称',
  '上级单位名称',
  '单位类型',
  '行政区划代码',
  '统一社会信用代码',
  '简称',
] as const;
export const USER_COLUMNS = ['用户名', '姓名', '所属单位名称', '角色', '授权范围', '身份证号', '手机号'] as const;

const kindByLabel = new Map(orgKinds.map((k) => [orgKindLabels[k] as string, k]));
const roleByLabel = new Map(Object.entries(roleLabels).map(([k, v]) => [v as string, k as Role]));
const scopeByLabel = new Map(scopeKinds.map((s) => [scopeKindLabels[s] as string, s]));

function readSheet(wb: ExcelJS.Workbook, name: string, columns: readonly string[], problems: ImportProblem[]) {
  const ws = wb.getWorksheet(name);
  if (!ws) return [];
  const header = ws.getRow(1);
  const index = new Map<string, number>();
  header.eachCell((cell, col) => index.set(String(cell.value ?? '').trim(), col));
  for (const c of columns.slice(0, 3)) {
    if (!index.has(c)) problems.push({ sheet: name, row: 1, field: c, message: `缺少列「${c}」` });
  }
  const rows: { row: number; values: Record<string, string> }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    for (const c of columns) values[c] = index.has(c) ? cellText(row, index.get(c) ?? 0) : '';
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: n, values });
  });
  return rows;
}

/** Importing is for those who manage units or users somewhere; anyone else is refused before the file is read
 * (403). Whether they manage the particular units named in the sheet is then reported row by row (422). */
export function assertMayImport(services: Services, actor: Actor | null) {
  authorizeAs(services.registry.grants, actor, directoryPolicy, 'importDirectory', null);
}

export async function importDirectory(services: Services, ctx: WriteContext, file: Buffer) {
  assertMayImport(services, ctx.actor);
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'IMPORT_UNREADABLE', '无法读取该文件，请上传 .xlsx 格式的 Excel 工作簿');
  }
  const problems: ImportProblem[] = [];
  if (!wb.getWorksheet('单位') && !wb.getWorksheet('用户')) {
    throw new AppError(422, 'IMPORT_NO_SHEETS', '工作簿中没有名为「单位」或「用户」的工作表，请使用导入模板');
  }
  const orgRows = readSheet(wb, '单位', ORG_COLUMNS, problems);
  const userRows = readSheet(wb, '用户', USER_COLUMNS, problems);
  // Names are looked up among the units the importer may see only: a row naming a unit of another region is told
  // "does not exist", never whether it exists there (the unique key is per region and parent, so no clash follows).
  const existing = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where(scopeFilter(services.registry.grants, ctx.actor, 'org.read', 'o.id'))
    .execute();
  const byName = new Map<string, string[]>();
  for (const o of existing) byName.set(o.name, [...(byName.get(o.name) ?? []), o.id]);
  const newNames = new Set<string>();
  const report = (sheet: string, row: number, field: string, message: string) =>
    problems.push({ sheet, row, field, message });

  type OrgPlan = {
    row: number;
    name: string;
    parentName: string;
    kind: OrgKindCode;
    regionCode: string;
    uscc: string | null;
    shortName: string | null;
  };
  const orgPlans: OrgPlan[] = [];
  for (const { row, values } of orgRows) {
    const kind = kindByLabel.get(values['单位类型'] ?? '');
    if (!kind) report('单位', row, '单位类型', `单位类型须为：${[...kindByLabel.keys()].join('、')}`);
    const parsed = createOrgBody.safeParse({
      regionCode: values['行政区划代码'],
      name: values['单位名称'],
      kind: kind ?? 'department',
      uscc: values['统一社会信用代码'] || null,
      shortName: values['简称'] || null,
    });
    if (!parsed.success) for (const i of parsed.error.issues) report('单位', row, String(i.path[0] ?? ''), i.message);
    const name = values['单位名称'] ?? '';
    if (newNames.has(name) || byName.has(name)) report('单位', row, '单位名称', `单位「${name}」已存在或在表中重复`);
    newNames.add(name);
    const parentName = values['上级单位名称'] ?? '';
    if (parentName && !newNames.has(parentName) && (byName.get(parentName)?.length ?? 0) !== 1) {
      report(
        '单位',
        row,
        '上级单位名称',
        byName.has(parentName)
          ? `上级单位「${parentName}」重名，无法确定`
          : `上级单位「${parentName}」不存在（须已存在或在本表前面的行中）`,
      );
    }
    if (parsed.success && kind)
      orgPlans.push({
        row,
        name,
        parentName,
        kind,
        regionCode: parsed.data.regionCode,
        uscc: parsed.data.uscc ?? null,
        shortName: parsed.data.shortName ?? null,
      });
  }
  // Permission: every existing parent must be one the importer manages.
  for (const p of orgPlans) {
    const existingId = byName.get(p.parentName)?.[0];
    if (!existingId) {
      if (!p.parentName && !ctx.actor?.assignments.some((a) => a.scope === 'platform'))
        report('单位', p.row, '上级单位名称', '只有平台管理员可以导入顶级单位');
      continue;
    }
    const t = await orgTarget(services.db, existingId);
    if (!t || !can(services.registry.grants, ctx.actor, 'org.manage', t))
      report('单位', p.row, '上级单位名称', `您无权在「${p.parentName}」下新增单位`);
  }

  type UserPlan = {
    row: number;
    orgName: string;
    role: Role | null;
    scope: ScopeKind;
    data: { username: string; displayName: string; idNumber: string | null; mobile: string | null };
  };
  const userPlans: UserPlan[] = [];
  const usernames = new Set<string>();
  for (const { row, values } of userRows) {
    const orgName = values['所属单位名称'] ?? '';
    if (!newNames.has(orgName) && (byName.get(orgName)?.length ?? 0) !== 1)
      report('用户', row, '所属单位名称', `所属单位「${orgName}」不存在或重名`);
    const roleText = values['角色'] ?? '';
    const role = roleText ? (roleByLabel.get(roleText) ?? null) : null;
    if (roleText && !role) report('用户', row, '角色', `角色须为：${Object.values(roleLabels).join('、')}`);
    const scope = scopeByLabel.get(values['授权范围'] || '本单位');
    if (!scope || scope === 'platform')
      report('用户', row, '授权范围', '授权范围须为：本单位、本单位及下属单位、本行政区域及下级区域');
    const parsed = createUserBody.safeParse({
      username: values['用户名'],
      displayName: values['姓名'],
      orgId: '00000000-0000-4000-8000-000000000000',
      idNumber: values['身份证号'] || null,
      mobile: values['手机号'] || null,
    });
    if (!parsed.success) for (const i of parsed.error.issues) report('用户', row, String(i.path[0] ?? ''), i.message);
    const uname = (values['用户名'] ?? '').toLowerCase();
    if (usernames.has(uname)) report('用户', row, '用户名', '用户名在表中重复');
    usernames.add(uname);
    if (parsed.success && scope && (role === null || isRole(role))) {
      userPlans.push({
        row,
        orgName,
        role,
        scope,
        data: {
          username: parsed.data.username,
          displayName: parsed.data.displayName,
          idNumber: parsed.data.idNumber ?? null,
          mobile: parsed.data.mobile ?? null,
        },
      });
    }
  }
  for (const u of userPlans) {
    const existingId = byName.get(u.orgName)?.[0];
    if (!existingId) continue;
    const t = await orgTarget(services.db, existingId);
    if (!t || !can(services.registry.grants, ctx.actor, 'user.manage', t))
      report('用户', u.row, '所属单位名称', `您无权在「${u.orgName}」新增用户`);
  }
  if (orgRows.length + userRows.length === 0) report('单位', 1, '', '工作簿中没有可导入的数据行');
  if (problems.length)
    throw new AppError(
      422,
      'IMPORT_REJECTED',
      `导入未执行：发现 ${problems.length} 处问题，请按行修改后重新上传`,
      problems.map((p) => ({ path: `${p.sheet}!${p.row}.${p.field}`, message: p.message })),
    );

  return inWriteTransaction(services, ctx, async (w) => {
    const ids = new Map<string, string>();
    const resolve = (name: string) => ids.get(name) ?? byName.get(name)?.[0] ?? null;
    for (const p of orgPlans) {
      const { id } = await insertOrg(w.tx, {
        regionCode: p.regionCode,
        parentId: p.parentName ? resolve(p.parentName) : null,
        name: p.name,
        kind: p.kind,
        uscc: p.uscc,
        shortName: p.shortName,
      });
      ids.set(p.name, id);
      await w.audit({
        regionCode: p.regionCode,
        action: 'org.created',
        subjectType: 'org',
        subjectId: id,
        summary: `导入单位 ${p.name}`,
        changes: { name: p.name, kind: p.kind, source: 'excel' },
      });
    }
    const passwords: { username: string; initialPassword: string }[] = [];
    for (const u of userPlans) {
      const orgId = resolve(u.orgName) ?? '';
      const { password } = await insertUser(services, w, {
        ...u.data,
        orgId,
        assignments: u.role ? [{ role: u.role, orgId, scope: u.scope }] : [],
      });
      passwords.push({ username: u.data.username, initialPassword: password });
    }
    return { orgsImported: orgPlans.length, usersImported: userPlans.length, initialPasswords: passwords };
  });
}

export async function importTemplate(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const orgs = wb.addWorksheet('单位');
  orgs.addRow([...ORG_COLUMNS]);
  orgs.addRow(['示例：某区教育局', '某区人民政府', '政府部门', '150202', '', '教育局']);
  const users = wb.addWorksheet('用户');
  users.addRow([...USER_COLUMNS]);
  users.addRow(['zhangsan', '张三', '示例：某区教育局', '部门法制工作人员', '本单位', '', '']);
  const notes = wb.addWorksheet('填写说明');
  notes.addRow(['单位类型', [...kindByLabel.keys()].join('、')]);
  notes.addRow(['角色', Object.values(roleLabels).join('、')]);
  notes.addRow(['授权范围', '本单位、本单位及下属单位、本行政区域及下级区域']);
  notes.addRow(['说明', '删除「示例」行后填写；上级单位须已存在或位于本表前面的行；任何一行有误则整表不导入。']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
