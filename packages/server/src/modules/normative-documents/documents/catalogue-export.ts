// 规范性文件目录 as an Excel workbook: the same documents, in the same order, as the console list with the same
// filters — it pages through the list query itself, so the scope chokepoint and every filter apply unchanged.
import ExcelJS from 'exceljs';
import type { Actor } from '../../../platform/access/actor';
import type { Services } from '../../../platform/services';
import { listDocuments } from '../queries/list-documents';
import type { ListQuery } from '../schemas';

export const CATALOGUE_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '文号', width: 22 },
  { header: '标题', width: 48 },
  { header: '制定机关', width: 24 },
  { header: '起草单位', width: 24 },
  { header: '类型', width: 8 },
  { header: '状态', width: 20 },
  { header: '发布日期', width: 14 },
  { header: '施行日期', width: 14 },
  { header: '有效期至', width: 14 },
  { header: '备案情况', width: 20 },
  { header: '备注', width: 12 },
] as const;

/** A catalogue larger than this is refused rather than built in memory (narrow the filters). */
export const EXPORT_MAX_ROWS = 20_000;
const PAGE = 200;

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function exportCatalogue(
  services: Services,
  actor: Actor,
  filters: Omit<ListQuery, 'page' | 'pageSize'>,
): Promise<{ body: Buffer; rows: number }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治政府建设一体化平台';
  const ws = wb.addWorksheet('规范性文件目录', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = CATALOGUE_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  let n = 0;
  for (let page = 1; n < EXPORT_MAX_ROWS; page++) {
    const res = await listDocuments(services, actor, { ...filters, page, pageSize: PAGE } as ListQuery);
    for (const d of res.items) {
      n += 1;
      ws.addRow([
        n,
        d.docNumber,
        d.title,
        d.issuerName,
        d.draftingOrgName,
        d.kindLabel,
        d.statusLabel,
        asDate(d.publishedOn),
        asDate(d.effectiveOn),
        asDate(d.expiresOn),
        d.filingStatusLabel,
        d.isDemo ? '演示数据' : null,
      ]);
    }
    if (res.items.length < PAGE || page * PAGE >= res.total) break;
  }
  for (const col of [8, 9, 10]) ws.getColumn(col).numFmt = 'yyyy"年"m"月"d"日"';
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), rows: n };
}
