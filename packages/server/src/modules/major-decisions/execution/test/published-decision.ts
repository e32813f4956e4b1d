// Test fixture: a decision whose procedure ran to its publication (and, if asked, its filing), written as the rows
// the acts leave — the record with its draft, lawful review, adopted meeting, Party report and publication, and a
// closed consultation — so that a test of the acts after the decision starts there without a chain of commands.
// `stage` stops it earlier, at a step the gates read from the record alone (the scope matrix's late acts), or at
// `review`: sent to the region's justice bureau, with the shared review desk's rows (review-desk-rows.ts).
// Written in one write transaction; a late state written so is a fixture, not an act: the record's history
// (decision_record_acts) is not written, and the audit events are appended through the platform's audit writer so
// that the region's chain stays valid. records/review-rows.test.ts proves that the `review` record reads as the
// one the commands build.
import { randomUUID } from 'node:crypto';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Services } from '../../../../platform/services';
import { inWriteTransaction } from '../../../../platform/write';
import { DECISION_SUBJECT, loadDecision } from '../../records/workflow';
import { closeConsultationDeadline, setConsultationDeadline } from '../../records/deadlines';
import { sendToReviewDesk } from './review-desk-rows';
import '../tables';

const stages = ['review', 'reviewed', 'adopted', 'reported', 'published'] as const;
export type WrittenStage = (typeof stages)[number];

export interface DecisionAsRows {
  regionCode: string;
  bodyOrgId: string;
  /** the 承办单位 (a catalogue item's when one is given) */
  sponsorOrgId?: string;
  /** the title (a catalogue item's when one is given) */
  title?: string;
  /** a published catalogue item of the body: the decision is started from it (its title, 承办单位 and steps) */
  catalogueItemId?: string;
  filed?: boolean;
  stage?: WrittenStage;
  /** days before today the consultation opened (it closes 40 days later, is ended the day after) */
  consultationOpened?: number;
  /** days before today the draft was sent for legality review (the `review` stage) */
  reviewSent?: number;
  /** days before today it was published (0: today, as the publication command does) */
  publishedAgo?: number;
  /** the texts published on the portal (第三十二条) */
  texts?: { publishedText: string; adoptionExplanation: string; interpretation: string };
}

/** What a decision started from a catalogue item takes from it, as proposeDecision does. */
async function fromItem(services: Services, itemId: string) {
  return services.db
    .selectFrom('decision_catalogue_items')
    .select(['id', 'title', 'sponsor_org_id', 'hearing', 'expert_review', 'risk_assessment'])
    .select('fair_competition_review')
    .where('id', '=', itemId)
    .executeTakeFirstOrThrow();
}

export async function publishedDecision(services: Services, p: DecisionAsRows) {
  const today = services.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const id = randomUUID();
  const stage = p.stage ?? 'published';
  const reached = (st: WrittenStage) => stages.indexOf(stage) >= stages.indexOf(st);
  const [reviewed, adopted, reported, published] = (['reviewed', 'adopted', 'reported', 'published'] as const).map(
    reached,
  );
  const item = p.catalogueItemId ? await fromItem(services, p.catalogueItemId) : null;
  const sponsorOrgId = item?.sponsor_org_id ?? p.sponsorOrgId;
  const title = item?.title ?? p.title;
  if (!sponsorOrgId || !title) throw new Error('publishedDecision: a catalogue item, or a title and a 承办单位');
  const texts = p.texts ?? {
    publishedText: '测试决策文本',
    adoptionExplanation: '测试采纳说明',
    interpretation: '测试解读',
  };
  // the days decisionAt (portal/test/decision-at.ts) gives the commands, so both records read alike
  const opened = p.consultationOpened ?? 95;
  const consultation = { opensOn: ago(opened), closesOn: ago(opened - 40), closedOn: ago(opened - 41) };
  const filed = p.filed !== false && published;
  return inWriteTransaction(services, { actor: null, ip: null }, async (w) => {
    await w.tx
      .insertInto('decision_records')
      .values({
        region_code: p.regionCode,
        id,
        body_org_id: p.bodyOrgId,
        sponsor_org_id: sponsorOrgId,
        catalogue_item_id: item?.id ?? null,
        outside_catalogue_reason: item ? null : '测试事项',
        title,
        proposal: '测试建议',
        proposer: '测试',
        proposed_on: ago(120),
        hearing: item?.hearing ?? false,
        expert_review: item?.expert_review ?? false,
        risk_assessment: item?.risk_assessment ?? false,
        fair_competition_review: item?.fair_competition_review ?? false,
        status: published ? 'published' : adopted ? 'decided' : reviewed ? 'discussion' : 'legality_review',
        start_decided_on: ago(110),
        start_record: '测试会议纪要',
        draft_text: '测试草案',
        draft_explanation: '测试说明',
        draft_recorded_on: ago(100),
        legality: reviewed ? 'lawful' : null,
        ...(adopted && {
          meeting_kind: 'executive',
          meeting_name: '测试常务会议',
          meeting_on: ago(40),
          meeting_attendees: JSON.stringify(['成员甲', '区长']),
          meeting_speeches: JSON.stringify([
            { name: '成员甲', isHead: false, view: 'agree', opinion: '' },
            { name: '区长', isHead: true, view: 'agree', opinion: '' },
          ]),
          meeting_decision: 'adopted',
        }),
        ...(reported && { party_reported_on: ago(38), party_report_record: '测试请示' }),
        ...(published && {
          published_on: ago(p.publishedAgo ?? 35),
          published_text: texts.publishedText,
          adoption_explanation: texts.adoptionExplanation,
          interpretation: texts.interpretation,
        }),
        filed_on: filed ? ago(20) : null,
        filing_record: filed ? '测试备案报告' : null,
      })
      .execute();
    await w.tx
      .insertInto('consultations')
      .values({
        region_code: p.regionCode,
        id: randomUUID(),
        subject_type: DECISION_SUBJECT,
        subject_id: id,
        org_id: sponsorOrgId,
        opens_on: consultation.opensOn,
        closes_on: consultation.closesOn,
        status: 'closed',
        closed_on: consultation.closedOn,
      })
      .execute();
    if (stage !== 'review') return id;
    // the deadlines the consultation and the review leave, computed by the calendar engine as the commands do
    const { row } = await loadDecision(services, w.tx, null, id);
    await setConsultationDeadline(w, row, consultation.opensOn, consultation.closesOn);
    await closeConsultationDeadline(w, row, consultation.closedOn);
    await sendToReviewDesk(w, row, { submittedOn: ago(p.reviewSent ?? 30) });
    return id;
  });
}
