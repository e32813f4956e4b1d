// Scope-matrix rows of the generated documents and catalogue transfer (routes-documents.ts), spread into the
// module's one matrix (route-matrix.test.ts: the helper wants every route of the module in one call). The helpers
// that build records in a place are the matrix's own, passed in.
// The import reports a unit the importer may not act for as a row error (422, with the row and column), like the
// organisations directory import, rather than 403: the answer is about one row of a file, not the request.
import ExcelJS from 'exceljs';
import type { Answers, Expected, MatrixRow, Place, ScopeWorld } from '../../../test/scope-matrix';
import { everyone } from '../../../test/scope-matrix';
import { answerComment } from './drafting/commands/answer-comment';
import { IMPORT_COLUMNS } from './catalogue/documents/import-template';
import { addDays as daysFrom } from '@fazhi/core/normative-documents';
import { clockFromEnv } from '../../platform/clock';

export interface MatrixHelpers {
  /** the place's published document, the matrix's fixture shared by the rows that read it */
  published(w: ScopeWorld, p: Place): Promise<string>;
  comment(w: ScopeWorld, p: Place, approved?: boolean): Promise<{ id: string; commentId: string }>;
  readers(ok?: Expected, no?: Expected): Answers;
}

const docs = '/api/normative-documents';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const prefixes = { same: '矩同存', sibling: '矩兄存', parent: '矩父存', otherRegion: '矩他存' } as const;

/** Whoever may import anywhere: the drafting unit's publishers and the region's justice bureau (403 otherwise). */
const importers = (same: Expected, others: Expected): Answers => ({
  legal: [same, others, others, others],
  head: [same, others, others, others],
  officer: 403,
  reviewer: [same, same, same, others],
  leader: 403,
  supervisor: 403,
  sysadmin: 403,
  secadmin: 403,
  auditor: 403,
  otherAdmin: 403,
  platformAdmin: 403,
});

/** A one-row import workbook of a document issued by the place's unit, with a fresh 文号. */
async function importFile(w: ScopeWorld, p: Place): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('规范性文件');
  const row: Record<string, string> = {
    标题: `矩阵测试存量办法${w.unique()}`,
    文号: `${prefixes[p.target]}〔2025〕${w.unique()}号`,
    发文机关: p.orgName,
    类型: '一般',
    发布日期: daysFrom(clockFromEnv().today(), -200),
    施行日期: daysFrom(clockFromEnv().today(), -190),
    正文: '第一条 为了规范管理，制定本办法。',
  };
  ws.addRow([...IMPORT_COLUMNS]);
  ws.addRow(IMPORT_COLUMNS.map((c) => row[c] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function documentFileRows(h: MatrixHelpers): MatrixRow[] {
  // These routes only read: one record per place and kind serves every cell and row (the matrix's fixtures)
  const published = h.published;
  /** a document whose consultation has an approved comment the drafting unit answered */
  const answered = (w: ScopeWorld, p: Place) =>
    w.fixture('answered public comment', p, async () => {
      const c = await h.comment(w, p, true);
      await answerComment(w.env.services, w.system, c.id, c.commentId, { answer: 'adopted' });
      return c.id;
    });
  return [
    {
      route: 'GET /api/normative-documents/export.xlsx',
      request: async (w, p) => {
        await published(w, p);
        return { url: `${docs}/export.xlsx?draftingOrgId=${p.orgId}` };
      },
      // the rows are the list's (same query, same scope): catalogue-transfer.test.ts compares them
      anonymous: 401,
      expect: everyone(200),
    },
    {
      route: 'GET /api/normative-documents/import-template.xlsx',
      request: () => ({ url: `${docs}/import-template.xlsx` }),
      anonymous: 401,
      expect: importers(200, 200),
    },
    {
      route: 'POST /api/normative-documents/import',
      request: async (w, p) => ({
        url: `${docs}/import`,
        headers: { 'content-type': XLSX },
        payload: await importFile(w, p),
      }),
      anonymous: 401,
      expect: importers(201, 422),
    },
    {
      // the 公文 print view: whoever reads the document, in any state
      route: 'GET /api/normative-documents/:id/print-view',
      request: async (w, p) => ({ url: `${docs}/${await published(w, p)}/print-view` }),
      anonymous: 401,
      expect: h.readers(),
    },
    {
      route: 'GET /api/normative-documents/:id/adoption-report.docx',
      request: async (w, p) => ({ url: `${docs}/${await answered(w, p)}/adoption-report.docx` }),
      anonymous: 401,
      expect: h.readers(),
    },
    {
      route: 'GET /api/normative-documents/:id/filing-package.docx',
      request: async (w, p) => ({ url: `${docs}/${await published(w, p)}/filing-package.docx` }),
      anonymous: 401,
      expect: h.readers(),
    },
    {
      route: 'GET /api/normative-documents/:id/filing-package.pdf',
      request: async (w, p) => ({ url: `${docs}/${await published(w, p)}/filing-package.pdf` }),
      anonymous: 401,
      expect: h.readers(),
    },
    {
      route: 'GET /api/public/normative-documents/:id/text.docx',
      request: async (w, p) => ({ url: `/api/public/normative-documents/${await published(w, p)}/text.docx` }),
      anonymous: 200,
      expect: everyone(200),
    },
    {
      route: 'GET /api/public/normative-documents/:id/text.pdf',
      request: async (w, p) => ({ url: `/api/public/normative-documents/${await published(w, p)}/text.pdf` }),
      anonymous: 200,
      expect: everyone(200),
    },
  ];
}
