// 归档 (第三十三条): a decision whose procedure has ended (or that is being executed) is archived once its file lacks
// nothing (each gap named with its article). Archiving generates the case file — a PDF in 公文 layout with its table
// of contents (each part's page) and every step's record, through the platform's paper renderer — and a manifest listing the file and
// each part with its SM3 digest; both are stored as generated (a download is those bytes, never a new rendering
// with another digest), and the act's audit event carries the manifest's digest.
import { decisionStatusLabels, describeCaseFileGaps } from '@fazhi/core/major-decisions';
import { actDate } from '../../../../platform/act-date';
import { sm3 } from '../../../../platform/crypto/sm';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { recordDecisionAct } from '../../records/workflow';
import { decisionForAfterAct } from '../../execution/workflow';
import { caseFileModel, caseFileOf } from '../case-file';

export const caseFileName = (title: string) => `${title}决策案卷.pdf`;

export async function archiveDecision(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: { archivedOn?: string | undefined },
) {
  return inWriteTransaction(services, ctx, (w) => archiveDecisionOn(services, w, id, input));
}

export async function archiveDecisionOn(
  services: Services,
  w: Writer,
  id: string,
  input: { archivedOn?: string | undefined },
) {
  const { row } = await decisionForAfterAct(services, w, id, 'archive');
  const { parts, gaps } = await caseFileOf(w.tx, row);
  if (gaps.length)
    throw invalid(
      'CASE_FILE_INCOMPLETE',
      describeCaseFileGaps(gaps),
      gaps.map((g) => ({ path: g.part, message: `${g.label}（${g.basis}）` })),
    );
  const archivedOn = actDate(services, input.archivedOn, 'archivedOn');
  // the renderer loads on the first paper asked for (platform/papers/render.ts)
  const { renderPdfWithContents } = await import('../../../../platform/papers/render-pdf');
  const { pdf } = await renderPdfWithContents((pages) => caseFileModel(row, parts, archivedOn, pages));
  const pdfSm3 = sm3(pdf);
  const manifest = JSON.stringify(
    {
      decision: { id: row.id, title: row.title, body: row.body_name, status: decisionStatusLabels[row.status] },
      archivedOn,
      basis: '《重大行政决策程序暂行条例》第三十三条',
      digest: 'SM3 (GB/T 32905-2016)',
      files: [{ name: caseFileName(row.title), bytes: pdf.length, sm3: pdfSm3 }],
      parts: parts.map((p, i) => ({ seq: i + 1, title: p.title, on: p.on, sm3: sm3(p.lines.join('\n')) })),
    },
    null,
    2,
  );
  const manifestSm3 = sm3(manifest);
  await w.tx
    .insertInto('decision_archives')
    .values({
      region_code: row.region_code,
      decision_id: id,
      archived_on: archivedOn,
      archived_by: w.ctx.actor?.userId ?? null,
      case_file: pdf,
      case_file_sm3: pdfSm3,
      manifest,
      manifest_sm3: manifestSm3,
    })
    .execute();
  await recordDecisionAct(w, row, {
    act: 'archived',
    on: archivedOn,
    status: row.status,
    summary: `决策过程记录和材料归档（${parts.length}份材料；清单SM3：${manifestSm3}）`,
    changes: { parts: parts.length, caseFileSm3: pdfSm3, manifestSm3 },
  });
}
