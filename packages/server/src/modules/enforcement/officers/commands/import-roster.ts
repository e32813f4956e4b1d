// 导入执法人员名册: a whole roster (officers with their certificates) from one Excel sheet. Every row is checked
// first — the unit among those the importer keeps a roster for, the fields by the same schema and rules as one
// officer, certificate numbers unique in the sheet and in the registry — and every problem is reported by row and
// column; only a sheet without any problem is written, in one transaction: all or nothing.
import { examResults, examResultLabels, officerKindLabels, officerKinds } from '@fazhi/core/enforcement';
import type { Actor } from '../../../../platform/access/actor';
import { authorizeAs } from '../../../../platform/access/policy';
import { scopeFilter } from '../../../../platform/access/scope';
import { AppError } from '../../../../platform/errors';
import { cellText } from '../../../../platform/http/xlsx-reader';
import { loadExcel } from '../../../../platform/http/xlsx-export';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext } from '../../../../platform/write';
import { OFFICER_SUBJECT } from '../../catalogue';
import { MANAGE_OFFICERS, registryPolicy } from '../../policy';
import { officerBody, type OfficerBody } from '../../schemas';
import { unitRecord, type UnitRecord } from '../../support';
import { activeBodies, notABody, officerProblems, officerRow } from './add-officer';
import { regionValidity, syncCertificateLapse } from '../certificate-lapse';

const ROSTER_SHEET = '执法人员名册';
const ROSTER_COLUMNS = [
  '单位名称',
  '姓名',
  '身份证号码',
  '人员类别',
  '证件号',
  '执法类别',
  '执法区域',
  '发证日期',
  '资格考试',
  '法律职业资格',
  '法制审核人员',
] as const;
/** the column each request field is read from, so a schema's refusal names the column the user filled in */
const columnOf: Record<string, (typeof ROSTER_COLUMNS)[number]> = {
  organisationId: '单位名称',
  officerName: '姓名',
  idNumber: '身份证号码',
  kind: '人员类别',
  certificateNumber: '证件号',
  category: '执法类别',
  area: '执法区域',
  certificateIssuedOn: '发证日期',
  examResult: '资格考试',
  legalProfessionQualified: '法律职业资格',
  isLegalReviewer: '法制审核人员',
};
/** a roster of a large department runs to hundreds of rows; a region's to a few thousand */
const MAX_ROWS = 5000;

const kindByLabel = new Map(officerKinds.map((k) => [officerKindLabels[k] as string, k]));
const examByLabel = new Map(examResults.map((k) => [examResultLabels[k] as string, k]));
const yesNo = (v: string) => (v === '是' ? true : v === '否' || v === '' ? false : null);

/** Refused before the file is read (403) for one who keeps no roster anywhere. */
export function assertMayImportRoster(services: Services, actor: Actor | null) {
  authorizeAs(services.registry.grants, actor, registryPolicy, 'importRoster', { regionPath: '', regionName: '' });
}

interface Problem {
  row: number;
  field: string;
  message: string;
}

async function readRows(file: Buffer) {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'IMPORT_UNREADABLE', '无法读取该文件，请上传 .xlsx 格式的 Excel 工作簿（可下载导入模板）');
  }
  const ws = wb.getWorksheet(ROSTER_SHEET) ?? wb.worksheets[0];
  if (!ws) throw new AppError(422, 'IMPORT_NO_SHEETS', `工作簿中没有「${ROSTER_SHEET}」工作表，请使用导入模板`);
  const index = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => index.set(String(cell.value ?? '').trim(), col));
  const missing = ROSTER_COLUMNS.slice(0, 4).filter((c) => !index.has(c));
  if (missing.length)
    throw new AppError(
      422,
      'IMPORT_REJECTED',
      `导入未执行：缺少列「${missing.join('」「')}」，请使用导入模板`,
      missing.map((c) => ({ path: `1.${c}`, message: `缺少列「${c}」` })),
    );
  const rows: { row: number; values: Record<string, string> }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    for (const c of ROSTER_COLUMNS) values[c] = index.has(c) ? cellText(row, index.get(c)!) : '';
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: n, values });
  });
  return rows;
}

export async function importRoster(services: Services, ctx: WriteContext, file: Buffer) {
  assertMayImportRoster(services, ctx.actor);
  const rows = await readRows(file);
  const problems: Problem[] = [];
  const report = (row: number, field: string, message: string) => problems.push({ row, field, message });
  if (rows.length === 0) report(2, '姓名', '工作表中没有可导入的数据行');
  if (rows.length > MAX_ROWS) report(MAX_ROWS + 2, '姓名', `一次最多导入${MAX_ROWS}行，请分批导入`);
  // units are looked up among those whose roster the importer keeps: another unit is "not found", never whether
  // it exists elsewhere
  const units = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name'])
    .where(scopeFilter(services.registry.grants, ctx.actor, MANAGE_OFFICERS, 'o.id'))
    .execute();
  const byName = new Map<string, string[]>();
  for (const u of units) byName.set(u.name, [...(byName.get(u.name) ?? []), u.id]);
  const bodies = await activeBodies(
    services.db,
    units.map((u) => u.id),
  );
  const today = services.clock.today();
  const plans: { row: number; input: OfficerBody }[] = [];
  const numbers = new Map<string, number>();
  for (const { row, values: v } of rows.slice(0, MAX_ROWS)) {
    const unitName = v['单位名称'] ?? '';
    const ids = byName.get(unitName) ?? [];
    if (ids.length !== 1)
      report(
        row,
        '单位名称',
        ids.length ? `单位「${unitName}」重名，无法确定` : `单位「${unitName}」不存在或您无权登记其执法人员`,
      );
    const kind = kindByLabel.get(v['人员类别'] ?? '');
    if (!kind) report(row, '人员类别', `人员类别须为：${[...kindByLabel.keys()].join('、')}`);
    const exam = v['资格考试'] ? examByLabel.get(v['资格考试']) : null;
    if (exam === undefined) report(row, '资格考试', `资格考试须为：${[...examByLabel.keys()].join('、')}`);
    const flags = { legal: yesNo(v['法律职业资格'] ?? ''), reviewer: yesNo(v['法制审核人员'] ?? '') };
    if (flags.legal === null) report(row, '法律职业资格', '请填写“是”或“否”');
    if (flags.reviewer === null) report(row, '法制审核人员', '请填写“是”或“否”');
    const parsed = officerBody.safeParse({
      organisationId: ids[0] ?? '00000000-0000-4000-8000-000000000000',
      officerName: v['姓名'],
      idNumber: v['身份证号码'],
      kind: kind ?? 'enforcement',
      certificateNumber: v['证件号'] || null,
      category: v['执法类别'] || undefined,
      area: v['执法区域'] || undefined,
      certificateIssuedOn: v['发证日期'] || null,
      examResult: exam ?? null,
      legalProfessionQualified: flags.legal ?? false,
      isLegalReviewer: flags.reviewer ?? false,
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues) report(row, columnOf[String(i.path[0])] ?? String(i.path[0]), i.message);
      continue;
    }
    if (!kind) continue;
    for (const p of officerProblems(parsed.data, today)) report(row, columnOf[p.path] ?? p.path, p.message);
    if (ids.length === 1 && kind !== 'supervision' && !bodies.has(ids[0]!)) report(row, '单位名称', notABody(unitName));
    const number = parsed.data.certificateNumber?.toUpperCase();
    if (number) {
      if (numbers.has(number)) report(row, '证件号', `证件号${number}与第${numbers.get(number)}行重复`);
      else numbers.set(number, row);
    }
    if (ids.length === 1) plans.push({ row, input: parsed.data });
  }
  if (numbers.size) {
    const taken = await services.db
      .selectFrom('enforcement_officers')
      .select('certificate_number')
      .where('certificate_number', 'in', [...numbers.keys()])
      .execute();
    for (const t of taken) report(numbers.get(t.certificate_number!)!, '证件号', `证件号${t.certificate_number}已登记`);
  }
  if (problems.length)
    throw new AppError(
      422,
      'IMPORT_REJECTED',
      `导入未执行：发现 ${problems.length} 处问题，请按行修改后重新上传`,
      problems.sort((a, b) => a.row - b.row).map((p) => ({ path: `${p.row}.${p.field}`, message: p.message })),
    );

  return inWriteTransaction(services, ctx, async (w) => {
    const unitsById = new Map<string, UnitRecord>();
    for (const p of plans) {
      const id = p.input.organisationId;
      if (!unitsById.has(id)) unitsById.set(id, await unitRecord(w.tx, id));
    }
    const values = plans.map((p) => officerRow(services, unitsById.get(p.input.organisationId)!, p.input, false));
    for (let i = 0; i < values.length; i += 500)
      await w.tx
        .insertInto('enforcement_officers')
        .values(values.slice(i, i + 500))
        .execute();
    // each certificate's lapse, where the region sets a validity, on the deadline service
    const validity = new Map<string, Awaited<ReturnType<typeof regionValidity>>>();
    for (const u of values) {
      if (!u.certificate_number) continue;
      if (!validity.has(u.region_code)) validity.set(u.region_code, await regionValidity(w.tx, u.region_code));
      await syncCertificateLapse(w, u, validity.get(u.region_code)!);
    }
    const byRegion = new Map<string, number>();
    for (const u of values) byRegion.set(u.region_code, (byRegion.get(u.region_code) ?? 0) + 1);
    for (const [regionCode, n] of byRegion)
      await w.audit({
        regionCode,
        action: 'enforcement_officer.roster_imported',
        subjectType: OFFICER_SUBJECT,
        subjectId: values.find((u) => u.region_code === regionCode)!.id,
        summary: `导入执法人员名册${n}人（${[...unitsById.values()]
          .filter((u) => u.regionCode === regionCode)
          .map((u) => u.orgName)
          .join('、')}）`,
        changes: {
          officers: n,
          certificates: values
            .filter((u) => u.region_code === regionCode && u.certificate_number)
            .map((u) => u.certificate_number),
        },
      });
    return { officers: values.length, bodies: unitsById.size };
  });
}

export async function rosterTemplate(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet(ROSTER_SHEET);
  ws.addRow([...ROSTER_COLUMNS]);
  ws.addRow([
    '示例：某区市场监督管理局',
    '张三',
    '',
    '行政执法人员',
    '15010000001',
    '市场监管',
    '某区',
    '2025-03-01',
    '考试合格',
    '否',
    '否',
  ]);
  const notes = wb.addWorksheet('填写说明');
  notes.addRow(['人员类别', [...kindByLabel.keys()].join('、')]);
  notes.addRow(['资格考试', [...examByLabel.keys()].join('、')]);
  notes.addRow([
    '说明',
    '删除「示例」行后填写；执法辅助人员不填证件号、发证日期和资格考试；任何一行有误则整表不导入。',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
