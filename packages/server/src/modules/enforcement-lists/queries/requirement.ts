// The question an enforcement case asks (issue 17): does this act of this body, on this day, need audio-video
// recording, and does the decision need legal review (法制审核) before the head decides? Read from the body's lists
// in force that day, with the row or rule that decides it; the reader needs enforcement-lists.read on the body.
import {
  audioVideoRequirement,
  legalReviewRequirement,
  type RecordingStep,
  type Requirement,
  type ReviewCategory,
} from '@fazhi/core/enforcement-lists';
import type { EnforcementRequirement } from '@fazhi/core/contracts';
import type { Actor } from '../../../platform/access/actor';
import type { Services } from '../../../platform/services';
import { enforcementListSettings } from '../settings';
import { bodyForAct, rowOf, rowsOf } from '../support';
import { versionsInForce } from './in-force';

export interface RequirementQuestion {
  enforcementBodyId: string;
  itemCode: string;
  on?: string | undefined;
  step?: RecordingStep | undefined;
  amount?: number | undefined;
  reviewCategory?: ReviewCategory | undefined;
}

export async function enforcementRequirement(
  services: Services,
  actor: Actor | null,
  q: RequirementQuestion,
): Promise<EnforcementRequirement> {
  const body = await bodyForAct(services, services.db, actor, q.enforcementBodyId, 'read');
  const on = q.on ?? services.clock.today();
  const [versions, disputeStepsMandatory] = await Promise.all([
    versionsInForce(services.db, body.regionCode, body.orgId, on, ['audio_video', 'legal_review']),
    enforcementListSettings.read(services.db, body.regionCode, 'enforcement-lists.audio-video.dispute-steps-mandatory'),
  ]);
  const rows = await rowsOf(
    services.db,
    body.regionCode,
    versions.map((v) => v.id),
  );
  const question = {
    itemCode: q.itemCode,
    step: q.step ?? null,
    amount: q.amount ?? null,
    categories: q.reviewCategory ? [q.reviewCategory] : [],
  };
  const answer = (
    kind: 'audio_video' | 'legal_review',
    decide: (rows: ReturnType<typeof rowOf>[] | null, version: string | null) => Requirement,
  ) => {
    const v = versions.find((x) => x.kind === kind);
    const own = v ? rows.filter((r) => r.list_id === v.id).map(rowOf) : null;
    return {
      ...decide(own, v ? `第${v.version_no}版，${v.effective_from}起施行` : null),
      listId: v?.id ?? null,
      listVersionNo: v?.version_no ?? null,
    };
  };
  return {
    bodyOrgId: body.orgId,
    bodyName: body.bodyName,
    on,
    itemCode: q.itemCode,
    audioVideo: answer('audio_video', (r, version) =>
      audioVideoRequirement(question, r, { disputeStepsMandatory, version }),
    ),
    legalReview: answer('legal_review', (r, version) => legalReviewRequirement(question, r, { version })),
  };
}
