// The workbook for importing 存量文件 (documents published before the platform): one sheet 「规范性文件」 with a
// header row and an example row, and a sheet 「填写说明」 that explains each column. Shared by the template download
// and the import (which reads the same column names).
import { loadExcel } from '../../../../platform/http/xlsx-export';
import { documentKindLabels } from '@fazhi/core/normative-documents';

export const IMPORT_SHEET = '规范性文件';
export const IMPORT_COLUMNS = [
  '标题',
  '文号',
  '发文机关',
  '起草单位',
  '类型',
  '发布日期',
  '施行日期',
  '有效期至',
  '制定依据',
  '正文',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  '标题',
  '文号',
  '发文机关',
  '类型',
  '发布日期',
  '施行日期',
  '正文',
];
/** one import at most this many documents (a bigger catalogue is imported in several files) */
export const IMPORT_MAX_ROWS = 2000;

const notes: [ImportColumn | '说明', string][] = [
  ['标题', '必填。文件标题，不超过200字。'],
  ['文号', '必填。格式为 发文机关代字〔年份〕序号号，如 示政规〔2024〕3号；六角括号“〔〕”，序号不加“第”、不编虚位。'],
  ['发文机关', '必填。须为本行政区域内已在平台登记的单位全称，不能是内设机构。'],
  ['起草单位', '选填。不填则与发文机关相同；发文机关应为起草单位或本级人民政府。'],
  ['类型', `必填。${Object.values(documentKindLabels).join('、')}。`],
  ['发布日期', '必填。如 2024-03-01 或 2024年3月1日，不得晚于今天。'],
  ['施行日期', '必填。不得早于发布日期。'],
  ['有效期至', '选填。不填则按最长有效期计算（一般文件5年，暂行、试行文件2年，自施行之日起）；已届满的文件不导入。'],
  ['制定依据', '选填。多项用“；”分隔，如 《中华人民共和国行政许可法》；《某某条例》。'],
  ['正文', '必填。全文粘贴到一个单元格；以“第一条”“第二条”开头的段落识别为条文。'],
  [
    '说明',
    '只导入已经发布、仍在有效期内的存量文件；删除示例行后填写。任何一行有误则整个文件都不导入，请按错误清单修改后重新上传。',
  ],
];

export async function importTemplate(): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet(IMPORT_SHEET);
  ws.addRow([...IMPORT_COLUMNS]);
  ws.getRow(1).font = { bold: true };
  ws.addRow([
    '示例：示范区某某管理办法',
    '示政规〔2024〕3号',
    '示范区人民政府',
    '',
    '一般',
    '2024-03-01',
    '2024-04-01',
    '',
    '《中华人民共和国行政许可法》',
    '第一条 为了……，制定本办法。\n第二条 本办法自2024年4月1日起施行。',
  ]);
  ws.columns.forEach((c, i) => (c.width = i === 9 ? 60 : i === 0 ? 36 : 18));
  // 类型 offers its three values as a drop-down (the import still checks every row)
  const kindColumn = IMPORT_COLUMNS.indexOf('类型') + 1;
  for (let r = 2; r <= IMPORT_MAX_ROWS + 1; r++)
    ws.getCell(r, kindColumn).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${Object.values(documentKindLabels).join(',')}"`],
      showErrorMessage: true,
      errorTitle: '类型',
      error: `类型应为：${Object.values(documentKindLabels).join('、')}`,
    };
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列', '填写要求']);
  help.getRow(1).font = { bold: true };
  for (const [col, text] of notes) help.addRow([col, text]);
  help.getColumn(1).width = 12;
  help.getColumn(2).width = 100;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
