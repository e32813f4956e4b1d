// 导入存量文件: documents published before the platform are entered from an Excel workbook (template:
// documents/import-template.ts) so that the catalogue, search, post-evaluation and cleanup cover them. As in the
// organisations directory import, every row is validated first and every problem reported by row and column; only
// a workbook without any problem is written, in one transaction, so nothing is ever half-imported.
//
// Who may import: whoever may register and publish for the drafting unit (normative.publish), and the region's
// justice bureau (normative.filing-review), which keeps the 备案 register of the region's documents. Each row's
// drafting unit is checked; a unit the importer does not act for is a row error.
import { randomUUID } from 'node:crypto';
import { loadExcel } from '../../../../platform/http/xlsx-export';
import { cellText } from '../../../../platform/http/xlsx-cells';
import type { Actor } from '../../../../platform/access/actor';
import { can, orgTarget } from '../../../../platform/access/scope';
import { AppError } from '../../../../platform/errors';
import { authorize, policyContext } from '../../../../platform/access/policy';
import { registerPolicy } from '../../policy';
import type { Services } from '../../../../platform/services';
import { inBulkWriteTransaction, type Writer, type WriteContext } from '../../../../platform/write';
import { IMPORT_ACT } from '../../filing/documents/filing-package';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, IMPORT_SHEET, type ImportColumn } from '../documents/import-template';
import { insertArticles } from '../../drafting/commands/draft-document';
import { indexDocument } from '../search-index';
import { auditDocument } from '../../workflow';
import { planRows, type ImportPlan, type ImportProblem, type ExistingFacts } from './import-documents-rows';

export type { ImportProblem };

const IMPORT_ACTIONS = ['normative.publish', 'normative.filing-review'] as const;

/** Refused before the file is read (403) for someone who may import for no unit at all. */
export function assertMayImport(services: Services, actor: Actor) {
  authorize(policyContext(services.registry.grants, actor), registerPolicy, 'import', null);
}

/** Reads the sheet 「规范性文件」 (or the first sheet) into rows of column → text; problems with the header. */
export async function readImportWorkbook(file: Buffer) {
  const wb = new (await loadExcel()).Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError(422, 'IMPORT_UNREADABLE', '无法读取该文件，请上传 .xlsx 格式的 Excel 工作簿（可下载导入模板）');
  }
  const ws = wb.getWorksheet(IMPORT_SHEET) ?? wb.worksheets.find((w) => w.name !== '填写说明');
  if (!ws) throw new AppError(422, 'IMPORT_NO_SHEETS', `工作簿中没有名为「${IMPORT_SHEET}」的工作表，请使用导入模板`);
  const problems: ImportProblem[] = [];
  const index = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => index.set(cellText(ws.getRow(1), col), col));
  for (const c of IMPORT_COLUMNS)
    if (!index.has(c) && c !== '起草单位' && c !== '有效期至' && c !== '制定依据')
      problems.push({ row: 1, field: c, message: `缺少列「${c}」，请使用导入模板` });
  const rows: { row: number; values: Record<ImportColumn, string> }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = {} as Record<ImportColumn, string>;
    for (const c of IMPORT_COLUMNS) values[c] = index.has(c) ? cellText(row, index.get(c) ?? 0) : '';
    // the template's example row is skipped, not imported
    if (values['标题'].startsWith('示例')) return;
    if (Object.values(values).some((v) => v !== '')) rows.push({ row: n, values });
  });
  // counted on the rows with data (the template's drop-down reaches further down than any data)
  if (rows.length > IMPORT_MAX_ROWS)
    throw new AppError(422, 'IMPORT_TOO_MANY_ROWS', `一次最多导入${IMPORT_MAX_ROWS}件文件，请分批导入`);
  return { rows, problems };
}

export interface ImportResult {
  imported: number;
  errors: ImportProblem[];
  ids: string[];
}

export async function importDocuments(services: Services, ctx: WriteContext & { actor: Actor }, file: Buffer) {
  assertMayImport(services, ctx.actor);
  const { rows, problems } = await readImportWorkbook(file);
  if (rows.length === 0 && problems.length === 0)
    problems.push({ row: 2, field: '标题', message: '工作簿中没有可导入的数据行' });
  const facts = await existingFacts(services, ctx.actor);
  const plans = problems.length ? [] : await planRows(services, ctx.actor, rows, facts, problems);
  if (problems.length) return { imported: 0, errors: problems, ids: [] } satisfies ImportResult;
  // the region's audit lock only for appending the events at the end: other writes of the region go on meanwhile
  const ids = await inBulkWriteTransaction(services, ctx, async (w) => {
    const out: string[] = [];
    for (const p of plans) out.push(await writeDocument(w, p));
    return out;
  });
  return { imported: ids.length, errors: [], ids } satisfies ImportResult;
}

/** The units the importer may act for, by name, and the 文号 already taken in their regions. */
async function existingFacts(services: Services, actor: Actor): Promise<ExistingFacts> {
  const db = services.db;
  const region = actor.homeRegionCode;
  const orgs = region
    ? await db
        .selectFrom('orgs')
        .select(['id', 'name', 'kind', 'region_code'])
        .where('region_code', '=', region)
        .execute()
    : [];
  const allowed = new Set<string>();
  for (const o of orgs) {
    const t = await orgTarget(db, o.id);
    if (t && IMPORT_ACTIONS.some((a) => can(services.registry.grants, actor, a, t))) allowed.add(o.id);
  }
  const numbers = region
    ? await db.selectFrom('normative_documents').select('doc_number').where('region_code', '=', region).execute()
    : [];
  const registrations = region
    ? await db
        .selectFrom('normative_registrations')
        .select(['issuer_org_id', 'year', 'seq', 'doc_number'])
        .where('region_code', '=', region)
        .execute()
    : [];
  return {
    regionCode: region,
    orgs,
    allowed,
    takenNumbers: new Set([
      ...numbers.map((n) => n.doc_number).filter((n): n is string => n !== null),
      ...registrations.map((r) => r.doc_number),
    ]),
    takenSeqs: new Set(registrations.map((r) => `${r.issuer_org_id}/${r.year}/${r.seq}`)),
  };
}

async function writeDocument(w: Writer, p: ImportPlan) {
  const id = randomUUID();
  await w.tx
    .insertInto('normative_documents')
    .values({
      region_code: p.regionCode,
      id,
      drafting_org_id: p.draftingOrgId,
      issuer_org_id: p.issuerOrgId,
      title: p.title,
      kind: p.kind,
      legal_bases: JSON.stringify(p.legalBases),
      // a 行政规范性文件 is by definition one that bears on rights and duties (国办发〔2018〕37号)
      affects_rights: true,
      affects_market: false,
      status: 'published',
      doc_number: p.docNumber,
      published_on: p.publishedOn,
      effective_on: p.effectiveOn,
      expires_on: p.expiresOn,
      // filed (or not) outside the platform: not recorded here, so no filing deadline is opened
      filing_status: null,
      is_demo: false,
      created_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await insertArticles(w, p.regionCode, id, p.articles);
  // searchable at once, in the same transaction (the full-text index is built from jieba tokens, not by a trigger)
  await indexDocument(w.tx, p.regionCode, id);
  await w.tx
    .insertInto('normative_registrations')
    .values({
      region_code: p.regionCode,
      id: randomUUID(),
      document_id: id,
      issuer_org_id: p.issuerOrgId,
      year: p.number.year,
      seq: p.number.seq,
      doc_number: p.docNumber,
      reason: 'initial',
      published_on: p.publishedOn,
      effective_on: p.effectiveOn,
      expires_on: p.expiresOn,
      registered_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  // the issuer's yearly sequence continues after the imported number, so the next registration cannot collide
  await w.tx
    .insertInto('normative_number_sequences')
    .values({ region_code: p.regionCode, issuer_org_id: p.issuerOrgId, year: p.number.year, last_seq: p.number.seq })
    .onConflict((oc) =>
      oc.columns(['region_code', 'issuer_org_id', 'year']).doUpdateSet((eb) => ({
        last_seq: eb.fn('greatest', [eb.ref('normative_number_sequences.last_seq'), eb.val(p.number.seq)]),
      })),
    )
    .execute();
  await w.tx
    .insertInto('normative_status_history')
    .values({
      region_code: p.regionCode,
      document_id: id,
      from_status: null,
      to_status: 'published',
      act: IMPORT_ACT,
      acted_on: p.importedOn,
      actor_user_id: w.ctx.actor?.userId ?? null,
      note: `${p.docNumber}，${p.publishedOn}发布，第${p.row}行`,
    })
    .execute();
  await auditDocument(
    w,
    { region_code: p.regionCode, id, title: p.title },
    'imported',
    `作为存量文件导入（${p.docNumber}）`,
    {
      docNumber: p.docNumber,
      publishedOn: p.publishedOn,
      effectiveOn: p.effectiveOn,
      expiresOn: p.expiresOn,
      source: 'excel',
      row: p.row,
    },
  );
  return id;
}
