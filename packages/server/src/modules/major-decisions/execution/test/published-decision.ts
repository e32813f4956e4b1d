// Test fixture: a decision whose procedure ran to its publication (and, if asked, its filing), written as the rows
// the acts leave — the record with its draft, lawful review, adopted meeting, Party report and publication, and a
// closed consultation — so that a test of the acts after the decision starts there without a chain of commands.
// `stage` stops it earlier, at a step the gates read from the record alone (the scope matrix's late acts): reviewed
// lawful and awaiting the meeting, adopted, or reported to the Party committee.
import { randomUUID } from 'node:crypto';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { Services } from '../../../../platform/services';
import { DECISION_SUBJECT } from '../../records/workflow';
import '../tables';

const stages = ['reviewed', 'adopted', 'reported', 'published'] as const;

export async function publishedDecision(
  services: Services,
  p: {
    regionCode: string;
    bodyOrgId: string;
    sponsorOrgId: string;
    title: string;
    filed?: boolean;
    stage?: (typeof stages)[number];
  },
) {
  const today = services.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const id = randomUUID();
  const reached = (st: (typeof stages)[number]) => stages.indexOf(p.stage ?? 'published') >= stages.indexOf(st);
  const published = reached('published');
  const adopted = reached('adopted');
  const reported = reached('reported');
  await services.db
    .insertInto('decision_records')
    .values({
      region_code: p.regionCode,
      id,
      body_org_id: p.bodyOrgId,
      sponsor_org_id: p.sponsorOrgId,
      outside_catalogue_reason: '测试夹具',
      title: p.title,
      proposal: '测试建议',
      proposer: '测试',
      proposed_on: ago(120),
      hearing: false,
      expert_review: false,
      risk_assessment: false,
      fair_competition_review: false,
      status: published ? 'published' : adopted ? 'decided' : 'discussion',
      start_decided_on: ago(118),
      start_record: '测试常务会议',
      draft_text: '测试草案',
      draft_explanation: '测试说明',
      draft_recorded_on: ago(110),
      legality: 'lawful',
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
        published_on: ago(35),
        published_text: '测试决策文本',
        adoption_explanation: '测试采纳说明',
        interpretation: '测试解读',
      }),
      filed_on: p.filed === false || !published ? null : ago(20),
      filing_record: p.filed === false || !published ? null : '测试备案报告',
    })
    .execute();
  await services.db
    .insertInto('consultations')
    .values({
      region_code: p.regionCode,
      id: randomUUID(),
      subject_type: DECISION_SUBJECT,
      subject_id: id,
      org_id: p.sponsorOrgId,
      opens_on: ago(105),
      closes_on: ago(70),
      status: 'closed',
      closed_on: ago(70),
    })
    .execute();
  return id;
}
