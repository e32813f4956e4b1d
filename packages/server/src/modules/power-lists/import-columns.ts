// The import workbook of a list: its columns (the common ones, then the list kind's own, core kinds.ts) and the
// reading of one row into an item. Cells that hold several values (子项, 依据, 责任事项, 追责情形) separate them with
// a full-width semicolon or a line break, as the published lists print them.
import { loadExcel } from '../../platform/http/xlsx-export';
import {
  itemProblems,
  listKindDefs,
  powerItemKindLabels,
  powerItemKinds,
  type LegalBasis,
  type ListItem,
  type ListKind,
  type PowerItemKind,
} from '@fazhi/core/power-lists';

export const commonColumns = [
  '事项编码',
  '事项名称',
  '事项类型',
  '子项',
  '设定和实施依据',
  '实施主体',
  '责任事项',
  '追责情形',
] as const;

export const importColumns = (listKind: ListKind): string[] => [
  ...commonColumns,
  ...listKindDefs[listKind].columns.map((c) => c.label),
];

const kindByLabel = new Map<string, PowerItemKind>(powerItemKinds.map((k) => [powerItemKindLabels[k], k]));
// 行政许可 and the other short names a published list uses are accepted too (其他 for 其他行政权力)
kindByLabel.set('其他', 'other');

const several = (cell: string) =>
  cell
    .split(/[；;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** 《中华人民共和国食品安全法》第一百二十二条第一款 → law, article, clause. */
export function parseBasis(text: string): LegalBasis {
  const m = /^(《[^》]+》)\s*(第[^条]{1,12}条)?\s*(.*)$/.exec(text);
  if (!m) return { law: text, article: '', clause: '' };
  return { law: m[1]!, article: m[2] ?? '', clause: (m[3] ?? '').trim() };
}

export type RowProblem = { row: number; field: string; message: string };

/**
 * The header's columns by label (problems for a missing one), and a reader of a row into an item with its
 * problems, by column label. `bodyIdByName` holds the units of the region by name.
 */
export function rowReader(listKind: ListKind, header: readonly string[], bodyIdByName: ReadonlyMap<string, string>) {
  const def = listKindDefs[listKind];
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = importColumns(listKind).filter((c) => !index.has(c) && c !== '子项' && c !== '追责情形');
  const cell = (cells: readonly string[], label: string) => {
    const i = index.get(label);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const fieldLabel: Record<string, string> = {
    code: '事项编码',
    name: '事项名称',
    itemKind: '事项类型',
    legalBases: '设定和实施依据',
    bodyOrgId: '实施主体',
    responsibilities: '责任事项',
    extra: '事项类型',
    ...Object.fromEntries(def.columns.map((c) => [c.key, c.label])),
  };
  function read(row: number, cells: readonly string[]): { item: ListItem; problems: RowProblem[] } {
    const problems: RowProblem[] = [];
    const kindText = cell(cells, '事项类型');
    const oneKind = def.itemKinds.length === 1 ? def.itemKinds[0]! : null;
    const itemKind = kindText === '' && oneKind ? oneKind : kindByLabel.get(kindText);
    if (!itemKind)
      problems.push({
        row,
        field: '事项类型',
        message: kindText === '' ? '请填写事项类型' : `事项类型“${kindText}”不存在`,
      });
    const bodyName = cell(cells, '实施主体');
    const bodyOrgId = bodyIdByName.get(bodyName);
    if (!bodyOrgId)
      problems.push({
        row,
        field: '实施主体',
        message: bodyName === '' ? '请填写实施主体' : `本行政区域没有名为“${bodyName}”的单位`,
      });
    const item: ListItem = {
      code: cell(cells, '事项编码'),
      name: cell(cells, '事项名称'),
      itemKind: itemKind ?? 'other',
      subItems: several(cell(cells, '子项')),
      legalBases: several(cell(cells, '设定和实施依据')).map(parseBasis),
      bodyOrgId: bodyOrgId ?? '',
      responsibilities: several(cell(cells, '责任事项')),
      accountability: several(cell(cells, '追责情形')),
      extra: Object.fromEntries(
        def.columns.map((c) => [c.key, cell(cells, c.label)] as const).filter(([, v]) => v !== ''),
      ),
    };
    for (const [field, message] of Object.entries(itemProblems(listKind, item)))
      if (!(field === 'itemKind' && !itemKind)) problems.push({ row, field: fieldLabel[field] ?? field, message });
    return { item, problems };
  }
  return { missing, read };
}

/** The import workbook to fill in: the columns, then a sheet of instructions (填写说明, passed over on import). */
export async function importTemplate(listKind: ListKind): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet(listKindDefs[listKind].label);
  ws.addRow(importColumns(listKind));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 24));
  const help = wb.addWorksheet('填写说明');
  for (const line of [
    `${listKindDefs[listKind].label}整体导入：工作簿即完整清单，导入后形成新版本，原版本保留。`,
    '事项编码：1至40位字母、数字或连字符，在清单内唯一，历次版本保持不变。',
    `事项类型：${listKindDefs[listKind].itemKinds.map((k) => powerItemKindLabels[k]).join('、')}${listKindDefs[listKind].itemKinds.length === 1 ? '（可不填）' : ''}。`,
    '设定和实施依据：写明法律法规名称（带书名号）和条款，如《中华人民共和国食品安全法》第一百二十二条第一款；多项依据用“；”分隔。',
    '实施主体：本行政区域单位的全称。子项、责任事项、追责情形有多项的用“；”或换行分隔。',
    ...listKindDefs[listKind].columns.map(
      (c: { label: string; required: boolean; options?: readonly string[] }) =>
        `${c.label}：${c.required ? '必填' : '选填'}${c.options ? `，应为${c.options.join('、')}之一` : ''}。`,
    ),
    '任何一行有问题时整个工作簿不导入，并逐行列出问题。',
  ])
    help.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
