// Demo records of the 示范区 (fictional, labelled 示范/演示, is_demo): about two years of normative documents in every
// state, built through the same command functions as the API (writerOn the seed's transaction, system actor), so
// deadlines, status history and audit events are exactly what real use produces.
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn, type Writer } from '../../../platform/write';
import { DEMO_DOCUMENTS, type DemoDocument } from './seed-data';
import { draftDocumentOn } from '../drafting/commands/draft-document';
import { openConsultationOn } from '../drafting/commands/open-consultation';
import {
  answerSubjectCommentOn,
  moderateSubjectCommentOn,
  submitSubjectCommentOn,
} from '../../../platform/participation/consultation-commands';
import { closeConsultationOn } from '../drafting/commands/close-consultation';
import { exemptConsultationOn } from '../drafting/commands/exempt-consultation';
import { recordFairCompetitionReviewOn } from '../drafting/commands/record-fair-competition-review';
import { submitForLegalityReviewOn } from '../drafting/commands/submit-for-legality-review';
import { recordLegalityReviewOn } from '../drafting/commands/record-legality-review';
import { recordDeliberationOn } from '../drafting/commands/record-deliberation';
import { reviseAfterReviewOn } from '../drafting/commands/revise-after-review';
import { publishDocumentOn } from '../registration/commands/publish-document';
import { submitFilingOn } from '../filing/commands/submit-filing';
import { forwardFilingOn } from '../filing/commands/forward-filing';
import { recordFilingReviewOn } from '../filing/commands/record-filing-review';
import { orderCorrectionOn } from '../filing/commands/order-correction';
import { reportCorrectionOn } from '../filing/commands/report-correction';
import { confirmCorrectionOn } from '../filing/commands/confirm-correction';
import { openCleanupCampaignOn } from '../cleanup/commands/open-cleanup-campaign';
import { recordCleanupDecisionOn } from '../cleanup/commands/record-cleanup-decision';
import { publishCleanupResultsOn } from '../cleanup/commands/publish-cleanup-results';
import { submitReviewRequestOn } from '../filing/commands/submit-review-request';
import { acceptReviewRequestOn } from '../filing/commands/accept-review-request';
import { answerReviewRequestOn } from '../filing/commands/answer-review-request';
import { setIssuerPrefixOn } from '../registration/commands/set-issuer-prefix';
import { publishInterpretationOn } from '../registration/commands/publish-interpretation';
import { createPostEvaluationTasksOn } from '../post-evaluation/jobs/create-post-evaluation-tasks';
import { expireDocumentsOn } from '../catalogue/jobs/expire-documents';
import { loadCalendarContext, type CalendarContext } from '../../../platform/deadlines';
import { addDays as daysFrom, type PlanStep } from '@fazhi/core/normative-documents';
import { demoCommentDay, demoDocumentPlan, planDate } from './seed-dates';
import { SUBJECT } from '../support';

const prefixes: readonly [string, string][] = [
  ['示范区人民政府', '示政规'],
  ['示范区市场监督管理局', '示市监规'],
  ['示范区人力资源和社会保障局', '示人社规'],
  ['示范区住房和城乡建设局', '示住建规'],
  ['示范区教育局', '示教规'],
  ['示范区民政局', '示民规'],
  ['示范区交通运输局', '示交规'],
  ['示范区卫生健康委员会', '示卫健规'],
  ['示范区农牧水利局', '示农牧规'],
  ['示范区商务局', '示商规'],
  ['示范区发展和改革委员会', '示发改规'],
];

export async function seedNormativeDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const t = services.clock.today();
  const org = (name: string) => {
    const id = ctx.orgIdByName.get(name);
    if (!id) throw new Error(`演示单位不存在：${name}`);
    return id;
  };
  // The demo district's own numbers (seed 000): a document in the name of the district government or its office is
  // handed in for filing within 5 days (五) — departments' own documents keep the general period —, cleanup every
  // year (六). The source is the region's own rule by name: it is the basis the deadlines cite.
  await ctx.tx
    .insertInto('region_settings')
    .values([
      {
        region_code: ctx.regionCode,
        key: 'deadline.rule.normative.filing-government-name.amount',
        value: '5',
        source: '《区落实法治建设试行意见》第（五）项',
      },
      {
        region_code: ctx.regionCode,
        key: 'deadline.rule.normative.cleanup.amount',
        value: '1',
        source: '《区落实法治建设试行意见》第（六）项',
      },
    ])
    .onConflict((oc) => oc.columns(['region_code', 'key']).doNothing())
    .execute();
  for (const [name, prefix] of prefixes)
    await setIssuerPrefixOn(services, w, { orgId: org(name), numberPrefix: prefix });
  // the region's calendar and settings (with the filing period just set), as the commands will count them
  const c = await loadCalendarContext(ctx.tx, ctx.regionCode);

  const ids = new Map<string, string>();
  const byStart = [...DEMO_DOCUMENTS].sort((a, b) => a.start - b.start);
  // documents of the first year, then the 2025 cleanup (about ten months ago), then the later documents
  for (const d of byStart.filter((x) => x.start < -430)) ids.set(d.key, await buildDocument(services, w, d, t, c, org));
  const cleanupOn = daysFrom(t, -300);
  const campaign = await openCleanupCampaignOn(
    services,
    w,
    { title: '示范区2025年度行政规范性文件清理（演示）', kind: 'periodic', openedOn: daysFrom(cleanupOn, -30) },
    { regionCode: ctx.regionCode, isDemo: true },
  );
  const items = await ctx.tx
    .selectFrom('normative_cleanup_items')
    .select('document_id')
    .where('region_code', '=', ctx.regionCode)
    .where('campaign_id', '=', campaign.id)
    .execute();
  const decided = new Map(DEMO_DOCUMENTS.filter((d) => d.cleanup).map((d) => [ids.get(d.key), d.cleanup]));
  for (const item of items) {
    const outcome = decided.get(item.document_id);
    await recordCleanupDecisionOn(
      services,
      w,
      campaign.id,
      outcome
        ? { documentId: item.document_id, outcome: outcome.outcome, reason: outcome.reason }
        : { documentId: item.document_id, outcome: 'remains_valid' },
      daysFrom(cleanupOn, -5),
    );
  }
  await publishCleanupResultsOn(services, w, campaign.id, cleanupOn);
  for (const d of byStart.filter((x) => x.start >= -430))
    ids.set(d.key, await buildDocument(services, w, d, t, c, org));
  // the daily sweeps as they run: post-evaluation tasks, and validity that has ended
  await createPostEvaluationTasksOn(w, t);
  await expireDocumentsOn(w, t);

  await seedInterpretation(services, w, ids.get('ebike'));
  await seedReviewRequests(services, w, ctx.regionCode, t, ids);
}

/** The e-bike rules went out with their 政策解读 on the day of publication (国办发〔2018〕37号: 同步发布). */
async function seedInterpretation(services: Services, w: Writer, id: string | undefined) {
  if (!id) return;
  const doc = await w.tx
    .selectFrom('normative_documents')
    .select('published_on')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!doc?.published_on) return;
  await publishInterpretationOn(
    services,
    w,
    id,
    {
      title: '《示范区市场监督管理局电动自行车销售和维修经营规范管理办法》政策解读（演示）',
      body: [
        '一、制定背景。为规范本区电动自行车销售和维修经营活动，防范因违规改装引发的火灾事故，依据《中华人民共和国产品质量法》《中华人民共和国消费者权益保护法》制定本办法。（演示）',
        '二、主要内容。销售者应当查验产品强制性认证证书，不得销售、改装不符合强制性国家标准的电动自行车及蓄电池；维修经营者不得为消费者拆除限速装置或者加装蓄电池。',
        '三、群众关注的问题。已购买的合格电动自行车可以正常使用；发现违规销售、改装行为的，可以向区市场监督管理局投诉举报。',
      ].join('\n\n'),
    },
    { isDemo: true, at: new Date(`${doc.published_on}T09:00:00+08:00`) },
  );
}

async function buildDocument(
  services: Services,
  w: Writer,
  d: DemoDocument,
  t: string,
  c: CalendarContext,
  org: (name: string) => string,
): Promise<string> {
  const plan = demoDocumentPlan(c, d, t);
  const on = (step: PlanStep) => planDate(plan, step);

  const { id } = await draftDocumentOn(
    services,
    w,
    {
      draftingOrgId: org(d.drafter),
      issuerOrgId: org(d.issuer ?? d.drafter),
      title: d.title,
      kind: d.kind,
      legalBases: d.bases.map((b) => ({ title: b })),
      affectsRights: true,
      affectsMarket: d.market ?? false,
      draftingExplanation: `${d.title}起草说明（演示）：为贯彻落实上位法规定，结合本区实际起草本文件，已按程序开展调研论证。`,
      articles: d.articles.map((body) => ({ body })),
    },
    { isDemo: true, draftedOn: on('drafted') },
  );
  if (d.state === 'drafting') return id;
  if (d.exemptReason) await exemptConsultationOn(services, w, id, d.exemptReason, on('consultationExempted'));
  else {
    const opensOn = on('consultationOpened');
    const closesOn = on('consultationCloses');
    await openConsultationOn(services, w, id, { opensOn, closesOn });
    const articles = await w.tx
      .selectFrom('normative_articles')
      .select(['id'])
      .where('document_id', '=', id)
      .orderBy('seq')
      .execute();
    const commentIds: string[] = [];
    for (const [i, c] of d.comments.entries()) {
      const r = await submitSubjectCommentOn(
        services,
        w,
        SUBJECT,
        id,
        { body: c.body, name: c.name, articleId: articles[c.article ?? 0]?.id },
        // never dated after today: a consultation opened recently has had fewer days of comments
        { isDemo: true, on: demoCommentDay(plan, i, t) },
      );
      commentIds.push(r.id);
    }
    // the unit moderates and answers as comments come in, so an open consultation already shows answered comments
    const answeredFirst = d.state === 'consultation' ? (d.answeredWhileOpen ?? 0) : d.comments.length;
    for (const [i, c] of d.comments.slice(0, answeredFirst).entries()) {
      const cid = commentIds[i] ?? '';
      await moderateSubjectCommentOn(
        services,
        w,
        SUBJECT,
        id,
        cid,
        c.spam ? { decision: 'rejected', note: '与征求意见内容无关' } : { decision: 'approved' },
      );
      if (!c.spam) await answerSubjectCommentOn(services, w, SUBJECT, id, cid, { answer: c.answer, reason: c.reason });
    }
    if (d.state === 'consultation') return id;
    await closeConsultationOn(services, w, id, on('consultationClosed'));
  }
  if (d.market)
    await recordFairCompetitionReviewOn(services, w, id, {
      result: 'passed',
      opinion: '经审查，未发现含有排除、限制竞争内容的措施，符合公平竞争审查标准。',
      reviewedOn: on('fairCompetitionReviewed'),
    });
  await submitForLegalityReviewOn(services, w, id, on('submittedForReview'));
  if (d.state === 'legality_review') return id;
  await recordLegalityReviewOn(services, w, id, {
    checklist: [
      { item: 'creates_licence_penalty_coercion', finding: 'ok' },
      {
        item: 'reduces_rights_adds_duties',
        finding: d.reviewChanges ? 'problem' : 'ok',
        ...(d.reviewChanges ? { note: d.reviewChanges } : {}),
      },
      { item: 'restricts_competition', finding: 'ok' },
      { item: 'internal_office_issuer', finding: 'ok' },
    ],
    opinion: d.reviewChanges
      ? `建议修改后通过：${d.reviewChanges}`
      : '经审核，制定主体适格，程序合法，内容未发现违反上位法的情形，同意提交集体审议。',
    result: d.reviewChanges ? 'passed_with_changes' : 'passed',
    concludedOn: on('reviewConcluded'),
    // recorded only where the pre-check flagged a high-severity finding (the demo reviewer checked each)
    highFindingsReason: '经逐项核实，智能辅助审查提示的条款有法律、法规依据，提示不成立。（演示）',
  });
  if (d.state === 'deliberation') return id;
  if (d.revision) await reviseByOpinion(services, w, id, d, on('reviewConcluded'));
  const government = (d.issuer ?? d.drafter) === '示范区人民政府';
  await recordDeliberationOn(services, w, id, {
    meetingKind: government ? 'executive_meeting' : 'leadership_meeting',
    meetingName: government ? `区政府第${20 + (Math.abs(d.start) % 30)}次常务会议（演示）` : '局领导班子会议（演示）',
    meetingOn: on('deliberated'),
    decision: d.state === 'withdrawn' ? 'rejected' : 'adopted',
    note: d.state === 'withdrawn' ? '会议认为出台条件尚不成熟，不予通过。' : '会议同意印发。',
  });
  if (d.state === 'approved' || d.state === 'withdrawn') return id;
  const publishedOn = on('published');
  await publishDocumentOn(services, w, id, {
    publishedOn,
    effectiveOn: daysFrom(publishedOn, 30),
    ...(d.validityDays ? { expiresOn: daysFrom(publishedOn, 30 + d.validityDays) } : {}),
  });
  if (d.state === 'published') return id;
  await submitFilingOn(services, w, id, on('filed'));
  await forwardFilingOn(services, w, id, { toGovernmentOn: on('forwarded'), toCongressOn: on('forwarded') });
  if (d.state === 'filed') return id;
  if (d.state === 'not_reviewable') {
    await recordFilingReviewOn(services, w, id, {
      outcome: 'not_reviewable',
      opinion: '该文件属于内部工作制度，不属于行政规范性文件，不予审查。',
      reviewedOn: on('filingReviewed'),
    });
    return id;
  }
  if (d.state === 'accepted') {
    await recordFilingReviewOn(services, w, id, { outcome: 'accepted', reviewedOn: on('filingReviewed') });
    return id;
  }
  await orderCorrectionOn(services, w, id, {
    opinion: '第四条要求申请人提供无犯罪记录证明，属于无谓证明，建议删除。',
    orderedOn: on('filingReviewed'),
  });
  if (d.state === 'correction_ordered') return id;
  await reportCorrectionOn(services, w, id, {
    report: '已印发修改决定，删除第四条相关要求。',
    reportedOn: on('correctionReported'),
  });
  if (d.state === 'correction_reported') return id;
  await confirmCorrectionOn(services, w, id, { confirmed: true, note: '经核查已纠正。' }, on('correctionConfirmed'));
  return id;
}

async function seedReviewRequests(
  services: Services,
  w: Writer,
  regionCode: string,
  t: string,
  ids: ReadonlyMap<string, string>,
) {
  const requests = [
    { key: 'taxi', days: -2, name: '示范·张某（演示）', stage: 'received' },
    { key: 'property', days: -40, name: '示范某物业服务有限公司（演示）', stage: 'accepted' },
    { key: 'training', days: -120, name: '示范·李某（演示）', stage: 'answered' },
    { key: 'smb', days: -90, name: '示范·王某（演示）', stage: 'declined' },
  ] as const;
  for (const r of requests) {
    const documentId = ids.get(r.key);
    const doc = documentId
      ? await w.tx.selectFrom('normative_documents').select(['title']).where('id', '=', documentId).executeTakeFirst()
      : undefined;
    const receivedOn = daysFrom(t, r.days);
    const { id } = await submitReviewRequestOn(
      services,
      w,
      {
        regionCode,
        documentTitle: doc?.title ?? '示范区某规范性文件（演示）',
        ...(documentId ? { documentId } : {}),
        requesterKind: r.name.includes('公司') ? 'organisation' : 'citizen',
        requesterName: r.name,
        reasons: '该文件部分条款增加了申请人的义务，缺少上位法依据，建议予以审查。（演示）',
      },
      { isDemo: true, receivedOn },
    );
    if (r.stage === 'received') continue;
    const decidedOn = daysFrom(receivedOn, 3);
    await acceptReviewRequestOn(services, w, id, {
      decision: r.stage === 'declined' ? 'decline' : 'accept',
      reason:
        r.stage === 'declined' ? '所提文件已于本年度清理中予以修改，不再重复审查。' : '属于本机关审查范围，予以受理。',
      decidedOn,
    });
    if (r.stage === 'answered')
      await answerReviewRequestOn(services, w, id, {
        answer: '经审查，该文件第三条缺少上位法依据，已建议制定机关予以修改，制定机关已修改完毕。（演示）',
        answeredOn: daysFrom(decidedOn, 45),
      });
  }
}

/** 修改后通过: the unit records the revised text and its 修改情况说明, and reviews the new text for fair competition. */
async function reviseByOpinion(services: Services, w: Writer, id: string, d: DemoDocument, on: string) {
  const revision = d.revision;
  if (!revision) return;
  const articles = d.articles.map((body, i) => ({ body: i === revision.article ? revision.body : body }));
  await reviseAfterReviewOn(services, w, id, { articles, statement: revision.statement, revisedOn: on });
  if (d.market)
    await recordFairCompetitionReviewOn(services, w, id, {
      result: 'passed',
      opinion: '经对修改后的文本重新审查，未发现含有排除、限制竞争内容的措施。（演示）',
      reviewedOn: on,
    });
}
