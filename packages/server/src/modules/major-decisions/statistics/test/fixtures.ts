// Test-only SQL fixtures of decision statistics: a decision with the acts of its history written straight into the
// tables, so that a test can hold exact figures on a fixed period without walking the procedure (the commands and
// their gates have their own tests), and can record acts of steps whose commands live on other branches
// (hearing_held, experts_heard, risk_assessed, evaluated, adjusted, stopped …) by the names core declares.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../platform/db/connection';
import '../../tables';

export interface FixtureAct {
  act: string;
  on: string;
  statusAfter?: string;
}

export interface FixtureDecision {
  regionCode: string;
  bodyOrgId: string;
  sponsorOrgId: string;
  title: string;
  catalogueItemId?: string;
  acts: FixtureAct[];
  /** a concluded legality review of the draft */
  review?: { reviewerOrgId: string; submittedOn: string; concludedOn: string; result: 'passed' | 'failed' };
  /** the stored filing deadline's due day */
  filingDue?: string;
}

export async function insertDecision(db: Db, d: FixtureDecision): Promise<string> {
  const id = randomUUID();
  const last = d.acts[d.acts.length - 1];
  await db
    .insertInto('decision_records')
    .values({
      region_code: d.regionCode,
      id,
      body_org_id: d.bodyOrgId,
      sponsor_org_id: d.sponsorOrgId,
      catalogue_item_id: d.catalogueItemId ?? null,
      outside_catalogue_reason: d.catalogueItemId ? null : '测试：年中交办事项',
      title: d.title,
      proposal: '测试建议',
      proposer: '测试',
      proposed_on: d.acts[0]?.on ?? '2021-01-04',
      hearing: false,
      expert_review: false,
      risk_assessment: false,
      fair_competition_review: false,
      status: (last?.statusAfter ?? 'drafting') as 'drafting',
      start_decided_on: d.acts.find((a) => a.act === 'start_decided')?.on ?? d.acts[0]?.on ?? '2021-01-04',
    })
    .execute();
  let n = 0;
  for (const a of d.acts)
    await db
      .insertInto('decision_record_acts')
      .values({
        region_code: d.regionCode,
        id: randomUUID(),
        decision_id: id,
        act: a.act,
        acted_on: a.on,
        summary: `测试：${a.act}（${a.on}）`,
        status_after: (a.statusAfter ?? 'drafting') as 'drafting',
        // the history's order is the order written
        created_at: new Date(Date.UTC(2000, 0, 1, 0, 0, n++)),
      })
      .execute();
  if (d.review)
    await db
      .insertInto('legality_reviews')
      .values({
        region_code: d.regionCode,
        id: randomUUID(),
        subject_type: 'major_decision',
        subject_id: id,
        org_id: d.sponsorOrgId,
        round: 1,
        submitted_on: d.review.submittedOn,
        reviewer_org_id: d.review.reviewerOrgId,
        result: d.review.result,
        opinion: '测试审查意见',
        package: JSON.stringify({}),
        concluded_on: d.review.concludedOn,
      })
      .execute();
  if (d.filingDue)
    await db
      .insertInto('deadlines')
      .values({
        region_code: d.regionCode,
        id: randomUUID(),
        subject_type: 'major_decision',
        subject_id: id,
        kind: 'filing',
        label: '报送备案',
        subject_title: d.title,
        rule_id: 'decision.filing',
        basis: '测试',
        start_on: d.filingDue,
        due_on: d.filingDue,
        responsible_org_id: d.bodyOrgId,
        pauses: JSON.stringify([]),
        explanation: JSON.stringify([]),
        status: 'met',
      })
      .execute();
  return id;
}
