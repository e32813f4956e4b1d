// 公开征求意见: the draft goes on the portal, article by article, for a period that may not be shorter than the
// statutory minimum (rule normative.public-comment, 30 days by default, per jurisdiction) unless the shortening is
// explained (urgent cases must say why).
import { randomUUID } from 'node:crypto';
import { checkConsultationPeriod, consultationPeriodProblem } from '@fazhi/core/participation';
import { computeFor } from '../../../../platform/deadlines';
import { invalid } from '../../../../platform/errors';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../../platform/write';
import { actDate, SUBJECT } from '../../support';
import { auditDocument, loadForAct, moveTo } from '../../workflow';
import { normativeEvents } from '../../catalogue';

export interface OpenConsultationInput {
  opensOn?: string | undefined;
  closesOn: string;
  shortenedReason?: string | undefined;
}

export async function openConsultation(
  services: Services,
  ctx: WriteContext,
  id: string,
  input: OpenConsultationInput,
) {
  return inWriteTransaction(services, ctx, (w) => openConsultationOn(services, w, id, input));
}

export async function openConsultationOn(services: Services, w: Writer, id: string, input: OpenConsultationInput) {
  const { row } = await loadForAct(services, w, id, 'openConsultation', 'open-consultation');
  const opensOn = actDate(services, input.opensOn, 'opensOn');
  const earliest = await computeFor(w.tx, {
    regionCode: row.region_code,
    subjectType: SUBJECT,
    subjectId: row.id,
    kind: 'consultation',
    label: '公开征求意见',
    subjectTitle: row.title,
    ruleId: 'normative.public-comment',
    from: opensOn,
    responsibleOrgId: row.drafting_org_id,
  });
  const verdict = checkConsultationPeriod({
    opensOn,
    closesOn: input.closesOn,
    earliestClose: earliest.due,
    shortenedReason: input.shortenedReason,
  });
  if (!verdict.ok) {
    const problem = consultationPeriodProblem(verdict.reason, earliest);
    throw invalid('CONSULTATION_PERIOD_INVALID', problem.message, [{ path: 'closesOn', message: problem.field }]);
  }
  const consultationId = randomUUID();
  await w.tx
    .insertInto('normative_consultations')
    .values({
      region_code: row.region_code,
      id: consultationId,
      document_id: row.id,
      opens_on: opensOn,
      closes_on: input.closesOn,
      shortened_reason: verdict.shortened ? (input.shortenedReason ?? null) : null,
      status: 'open',
      opened_by: w.ctx.actor?.userId ?? null,
    })
    .execute();
  await moveTo(w, row, 'consultation', 'open-consultation', opensOn, `征求意见期 ${opensOn} 至 ${input.closesOn}`, {
    consultation_closed_on: null,
  });
  await auditDocument(w, row, 'consultation_opened', `公开征求意见（${opensOn} 至 ${input.closesOn}）`, {
    consultationId,
    opensOn,
    closesOn: input.closesOn,
    shortened: verdict.shortened,
  });
  await w.emit(normativeEvents, row.region_code, 'normative_document.consultation_opened', {
    documentId: row.id,
    consultationId,
  });
  return { consultationId, earliestClose: earliest.due };
}
