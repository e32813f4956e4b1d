// 常务会议议程: the government's office records a meeting (its name, day and topics). Where the region requires it
// (legal-review.meeting-topic.review-required), a topic without a passed review — or passed with changes the sending
// unit has not yet made — cannot be put on the agenda: the refusal names the topic (core agendaRefusal). The list
// answers the meetings of the units the actor reaches.
import { randomUUID } from 'node:crypto';
import { agendaRefusal, reviewStandingLabels } from '@fazhi/core/legal-advisers';
import type { LegalReviewMeetingList } from '@fazhi/core/contracts';
import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor';
import { scopeFilter } from '../../../platform/access/scope';
import { unitForAct } from '../../../platform/access/unit-record';
import { invalid } from '../../../platform/errors';
import type { Services } from '../../../platform/services';
import { inWriteTransaction, type WriteContext, type Writer } from '../../../platform/write';
import { MEETING_SUBJECT, matterSubjectOf } from '../catalogue';
import { legalReviewMeetingPolicy } from '../policy';
import type { RecordMeetingBody } from '../schemas';
import { legalAdviserSettings } from '../settings';
import { latestReviewOf, standingOf } from '../reviews/queries/matters';

export async function recordMeeting(services: Services, ctx: WriteContext, input: RecordMeetingBody) {
  return inWriteTransaction(services, ctx, (w) => recordMeetingOn(services, w, input));
}

export async function recordMeetingOn(
  services: Services,
  w: Writer,
  input: RecordMeetingBody,
  opts: { isDemo?: boolean } = {},
) {
  {
    const unit = await unitForAct(
      services,
      w.tx,
      w.ctx.actor,
      input.meetingUnitId,
      legalReviewMeetingPolicy,
      'record',
      '会议召集单位',
    );
    const required = await legalAdviserSettings.read(
      w.tx,
      unit.regionCode,
      'legal-review.meeting-topic.review-required',
    );
    const problems: { path: string; message: string }[] = [];
    const ids = [...new Set(input.topicMatterIds)];
    for (const [i, matterId] of ids.entries()) {
      const m = await w.tx
        .selectFrom('legal_review_matters')
        .select(['id', 'kind', 'title', 'region_code'])
        .where('id', '=', matterId)
        .where('region_code', '=', unit.regionCode)
        .executeTakeFirst();
      if (!m || m.kind !== 'meeting_topic') {
        problems.push({ path: `topicMatterIds.${i}`, message: '不是本地区登记的常务会议议题' });
        continue;
      }
      const latest = await latestReviewOf(w.tx, m.region_code, matterSubjectOf.meeting_topic, m.id);
      const revised =
        !!latest &&
        !!(await w.tx
          .selectFrom('legal_review_revisions')
          .select('review_id')
          .where('region_code', '=', m.region_code)
          .where('review_id', '=', latest.id)
          .executeTakeFirst());
      const refusal = agendaRefusal({ title: m.title, standing: standingOf(latest), revised }, required);
      if (refusal) problems.push({ path: `topicMatterIds.${i}`, message: refusal });
    }
    if (problems.length) throw invalid('TOPIC_NOT_REVIEWED', problems[0]!.message, problems);
    const id = randomUUID();
    await w.tx
      .insertInto('legal_review_meetings')
      .values({
        region_code: unit.regionCode,
        id,
        unit_id: unit.orgId,
        title: input.meetingTitle,
        held_on: input.meetingOn,
        recorded_by: w.ctx.actor?.userId ?? null,
        is_demo: opts.isDemo ?? false,
      })
      .execute();
    await w.tx
      .insertInto('legal_review_meeting_topics')
      .values(ids.map((matterId, seq) => ({ region_code: unit.regionCode, meeting_id: id, matter_id: matterId, seq })))
      .execute();
    await w.audit({
      regionCode: unit.regionCode,
      action: 'legal_review_meeting.recorded',
      subjectType: MEETING_SUBJECT,
      subjectId: id,
      summary: `${unit.bodyName}${input.meetingTitle}（${input.meetingOn}）议程：${ids.length}个议题`,
      changes: { heldOn: input.meetingOn, topics: ids },
    });
    return { id };
  }
}

export async function listMeetings(services: Services, actor: Actor): Promise<LegalReviewMeetingList> {
  const grants = services.registry.grants;
  const meetings = await services.db
    .selectFrom('legal_review_meetings as g')
    .innerJoin('orgs as o', 'o.id', 'g.unit_id')
    .selectAll('g')
    .select('o.name as unit_name')
    .where(scopeFilter(grants, actor, 'legal-advisers.read', 'g.unit_id'))
    .orderBy('g.held_on', 'desc')
    .limit(200)
    .execute();
  const topics = meetings.length
    ? await services.db
        .selectFrom('legal_review_meeting_topics as t')
        .innerJoin('legal_review_matters as m', (j) =>
          j.onRef('m.region_code', '=', 't.region_code').onRef('m.id', '=', 't.matter_id'),
        )
        .select(['t.meeting_id', 't.matter_id', 'm.title'])
        .select(
          sql<
            string | null
          >`(SELECT coalesce(r.result, 'pending') FROM legality_reviews r WHERE r.region_code = t.region_code AND r.subject_type = ${matterSubjectOf.meeting_topic} AND r.subject_id = t.matter_id ORDER BY r.round DESC LIMIT 1)`.as(
            'latest',
          ),
        )
        .where(
          't.meeting_id',
          'in',
          meetings.map((g) => g.id),
        )
        .orderBy('t.seq')
        .execute()
    : [];
  const units = await services.db
    .selectFrom('orgs as o')
    .select(['o.id', 'o.name', 'o.kind'])
    .where(scopeFilter(grants, actor, 'legal-review.meeting', 'o.id'))
    .where('o.kind', 'in', ['government', 'township'])
    .orderBy('o.path')
    .limit(200)
    .execute();
  return {
    items: meetings.map((g) => ({
      id: g.id,
      unitName: g.unit_name,
      title: g.title,
      heldOn: g.held_on,
      topics: topics
        .filter((t) => t.meeting_id === g.id)
        .map((t) => ({
          matterId: t.matter_id,
          title: t.title,
          standingLabel: reviewStandingLabels[standingOf(t.latest ? { result: t.latest } : null)],
        })),
      isDemo: g.is_demo,
    })),
    units,
    reviewRequired: await legalAdviserSettings.read(
      services.db,
      actor.homeRegionCode ?? '',
      'legal-review.meeting-topic.review-required',
    ),
  };
}
