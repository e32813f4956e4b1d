// Test factories: build a document at any point of the procedure through the real commands (system actor, past
// dates), with XSS strings in its text fields by default, and create users of other units and regions.
import type { Role, ScopeKind } from '@fazhi/core/access';
import type { TestEnv } from '../../../../test/helpers';
import { DEMO_PASSWORD } from '../../../../test/helpers';
import { inWriteTransaction, writerOn, type Writer } from '../../../platform/write';
import { createRegion } from '../../organisations/commands/create-region';
import { insertOrg } from '../../organisations/commands/create-org';
import { insertUser } from '../../organisations/commands/create-user';
import type { DraftInput } from '../schemas';
import { draftDocumentOn } from '../drafting/commands/draft-document';
import { openConsultationOn } from '../drafting/commands/open-consultation';
import { closeConsultationOn } from '../drafting/commands/close-consultation';
import { exemptConsultationOn } from '../drafting/commands/exempt-consultation';
import { recordFairCompetitionReviewOn } from '../drafting/commands/record-fair-competition-review';
import { submitForLegalityReviewOn } from '../drafting/commands/submit-for-legality-review';
import { recordLegalityReviewOn } from '../drafting/commands/record-legality-review';
import { recordDeliberationOn } from '../drafting/commands/record-deliberation';
import { publishDocumentOn } from '../registration/commands/publish-document';
import { loadCalendarContext } from '../../../platform/deadlines';
import type { PlanStep } from '@fazhi/core/normative-documents';
import { factoryPlan, planDate, type FactoryState } from '../demo/seed-dates';

export const XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
export const sys = { actor: null, ip: null };

export type BuildState = FactoryState;

export interface BuildOptions {
  state: BuildState;
  draftingOrg?: string;
  issuerOrg?: string;
  title?: string;
  kind?: DraftInput['kind'];
  affectsMarket?: boolean;
  /** skip consultation through the recorded exemption (免于公开征求意见) instead of a 30-day consultation */
  exemptConsultation?: boolean;
  /** skip the fair-competition review even when the document affects the market */
  skipFairCompetition?: boolean;
  /** days before today the drafting happened (earlier when the procedure's lawful periods need longer) */
  startDaysAgo?: number;
  publishedDaysAgo?: number;
  /** the text by article (two short articles with XSS strings by default) */
  articles?: string[];
  /** the published document this one replaces (repealed when this one is published) */
  replacesId?: string;
}

export async function orgIdOf(env: TestEnv, name: string) {
  return (await env.services.db.selectFrom('orgs').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

async function regionOf(env: TestEnv, org = '示范区市场监督管理局') {
  const row = await env.services.db.selectFrom('orgs').select('region_code').where('name', '=', org).executeTakeFirst();
  return row?.region_code ?? '159900';
}

export async function buildDocument(env: TestEnv, o: BuildOptions): Promise<string> {
  const s = env.services;
  return inWriteTransaction(s, sys, async (w: Writer) => {
    const fairCompetition = (o.affectsMarket ?? false) && !o.skipFairCompetition;
    const plan = factoryPlan(
      await loadCalendarContext(w.tx, await regionOf(env, o.draftingOrg)),
      { ...o, consultation: !o.exemptConsultation, fairCompetition },
      s.clock.today(),
    );
    const on = (step: PlanStep) => planDate(plan, step);
    const { id } = await draftDocumentOn(
      s,
      w,
      {
        draftingOrgId: await orgIdOf(env, o.draftingOrg ?? '示范区市场监督管理局'),
        ...(o.issuerOrg ? { issuerOrgId: await orgIdOf(env, o.issuerOrg) } : {}),
        title: o.title ?? `示范区测试管理办法${XSS}`,
        kind: o.kind ?? 'ordinary',
        legalBases: [{ title: `《中华人民共和国行政许可法》${XSS}` }],
        affectsRights: true,
        affectsMarket: o.affectsMarket ?? false,
        draftingExplanation: `起草说明${XSS}`,
        ...(o.replacesId ? { replacesId: o.replacesId } : {}),
        articles: o.articles?.map((body) => ({ body })) ?? [
          { body: `为了规范管理，制定本办法。${XSS}` },
          { body: '本办法适用于本区行政区域。' },
        ],
      },
      { draftedOn: on('drafted') },
    );
    if (o.state === 'drafting') return id;
    if (o.exemptConsultation) await exemptConsultationOn(s, w, id, '涉及国家秘密，依法不予公开', on('drafted'));
    else {
      await openConsultationOn(s, w, id, { opensOn: on('consultationOpened'), closesOn: on('consultationCloses') });
      if (o.state === 'consultation') return id;
      await closeConsultationOn(s, w, id, on('consultationClosed'));
    }
    if (o.state === 'consulted') return id;
    if (fairCompetition)
      await recordFairCompetitionReviewOn(s, w, id, {
        result: 'passed',
        opinion: '未发现排除限制竞争内容',
        reviewedOn: on('fairCompetitionReviewed'),
      });
    await submitForLegalityReviewOn(s, w, id, on('submittedForReview'));
    if (o.state === 'legality_review') return id;
    await recordLegalityReviewOn(s, w, id, {
      checklist: [],
      opinion: '同意',
      result: 'passed',
      concludedOn: on('reviewConcluded'),
    });
    if (o.state === 'deliberation') return id;
    const government = o.issuerOrg === '示范区人民政府';
    await recordDeliberationOn(s, w, id, {
      meetingKind: government ? 'executive_meeting' : 'leadership_meeting',
      meetingName: government ? '区政府常务会议' : '局领导班子会议',
      meetingOn: on('deliberated'),
      decision: 'adopted',
    });
    if (o.state === 'approved') return id;
    const publishedOn = on('published');
    await publishDocumentOn(s, w, id, {
      publishedOn,
      effectiveOn: publishedOn,
      effectiveSoonReason: '涉及群众切身利益，需自发布之日起施行',
    });
    return id;
  });
}

/** A user with one role at one unit (created through the organisations module's insert helper). */
export async function addUser(env: TestEnv, username: string, org: string, role: Role, scope: ScopeKind = 'own_org') {
  const orgId = await orgIdOf(env, org);
  await inWriteTransaction(env.services, sys, (w) =>
    insertUser(env.services, w, {
      username,
      displayName: username,
      orgId,
      assignments: [{ role, orgId, scope }],
      password: DEMO_PASSWORD,
      mustChangePassword: false,
    }),
  );
}

/** Another county (159902) with its own justice bureau and a reviewer `other.reviewer`. */
export async function addOtherRegion(env: TestEnv) {
  await createRegion(env.services, sys, {
    code: '159902',
    name: '示范新区（演示）',
    parentCode: '159900',
    isDemo: true,
  });
  await env.services.db.transaction().execute(async (tx) => {
    const w = writerOn(tx, sys, env.services);
    const gov = await insertOrg(w.tx, {
      regionCode: '159902',
      parentId: null,
      name: '示范新区人民政府',
      kind: 'government',
      isDemo: true,
    });
    await insertOrg(w.tx, {
      regionCode: '159902',
      parentId: gov.id,
      name: '示范新区司法局',
      kind: 'justice_bureau',
      isDemo: true,
    });
  });
  await addUser(env, 'other.reviewer', '示范新区司法局', 'justice_reviewer', 'region_subtree');
}
