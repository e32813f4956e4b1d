// The demo region's 行政应诉 (labelled demo, like every demo record): two years of suits against the 示范区's
// departments dated back from today, written through the same commands as the API on the seed's transaction, so they
// carry the same deadlines, service records and audit events — in every state: recorded, in the defence period,
// answered (one in nine late), heard with the head or a stand-in, decided (about one in seven lost), appealed, effective
// and performed — with upcoming hearings where the head must appear, and the recommendations courts and procuratorates
// sent with their replies. The monthly notice and the figures therefore read real records. Parties are fictional
// (演示 in every name).
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { outcomeTypes, type SuitOutcome } from '@fazhi/core/litigation';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn, type Writer } from '../../../platform/write';
import { concludeSuitOn } from '../commands/conclude-suit';
import { decideSuitOn } from '../commands/decide-suit';
import { performJudgmentOn } from '../commands/perform-judgment';
import { receiveRecommendationOn } from '../commands/receive-recommendation';
import { recordAppearanceOn } from '../commands/record-appearance';
import { registerSuitOn } from '../commands/register-suit';
import { replyRecommendationOn } from '../commands/reply-recommendation';
import { scheduleHearingOn } from '../commands/schedule-hearing';
import { serveComplaintOn } from '../commands/serve-complaint';
import { submitDefenceOn } from '../commands/submit-defence';

const agencies: { name: string; cause: string; act: string }[] = [
  { name: '示范区市场监督管理局', cause: '市场监督管理行政处罚', act: '（演示）对原告作出的罚款行政处罚决定' },
  { name: '示范区自然资源分局', cause: '土地行政处罚', act: '（演示）责令退还非法占用土地并处罚款的决定' },
  { name: '示范区住房和城乡建设局', cause: '房屋征收补偿决定', act: '（演示）国有土地上房屋征收补偿决定' },
  { name: '示范区城市管理综合执法局', cause: '行政强制拆除', act: '（演示）限期拆除违法建设决定及强制拆除行为' },
  { name: '示范区人力资源和社会保障局', cause: '工伤认定', act: '（演示）不予认定工伤决定' },
  { name: '示范区生态环境分局', cause: '环境保护行政处罚', act: '（演示）对排污单位作出的按日连续处罚决定' },
  { name: '示范区公安分局', cause: '治安管理行政处罚', act: '（演示）行政拘留五日的处罚决定' },
];

/** The outcomes in turn: mostly upheld or withdrawn, about one in seven lost (seed 001: 败诉率 around 15%). */
const outcomeCycle: SuitOutcome[] = [
  'claim_rejected',
  'withdrawn',
  'claim_rejected',
  'annulled',
  'suit_dismissed',
  'claim_rejected',
  'withdrawn_after_correction',
  'mediated',
  'claim_rejected',
  'claim_rejected',
  'declared_unlawful',
  'claim_rejected',
  'withdrawn',
  'claim_rejected',
];

/** Suits in the two demo years: seed 003's thirty new suits a year. */
const SUITS = 60;
const addDays = (day: string, n: number) => formatIsoDate(parseIsoDate(day) + n);

async function seedSuit(services: Services, w: Writer, ctx: SeedContext, n: number, today: string) {
  const agency = agencies[n % agencies.length]!;
  const orgId = ctx.orgIdByName.get(agency.name);
  if (!orgId) return;
  const suitFiledOn = addDays(today, -(n * 12 + 4));
  const year = suitFiledOn.slice(0, 4);
  const person = n % 3 !== 2;
  const { id } = await registerSuitOn(
    services,
    w,
    {
      defendingBodyId: orgId,
      handlerName: `演示应诉承办人${(n % 4) + 1}号`,
      courtName: '示范区人民法院（演示）',
      suitNumber: `（${year}）内0105行初${n + 1}号`,
      instance: 'first',
      suitCause: agency.cause,
      suedAct: agency.act,
      suitFiledOn,
      major: n % 8 === 0,
      groupSuit: n % 13 === 5,
      compensation: n % 6 === 2,
      plaintiffs: [
        person
          ? { kind: 'person', name: `演示原告${n + 1}号`, phone: `139${String(10000000 + n * 7919).slice(0, 8)}` }
          : { kind: 'organisation', name: `示范区演示${n + 1}号商贸有限公司` },
      ],
      thirdParties: [],
    },
    { isDemo: true },
  );
  const servedOn = addDays(suitFiledOn, 3);
  if (servedOn > today) return;
  await serveComplaintOn(services, w, id, { complaintServedOn: servedOn, serviceMethod: n % 2 ? 'post' : 'direct' });
  // one in nine submitted after the fifteen days (第六十七条), marked late by the deadline service
  const defendedOn = addDays(servedOn, n % 9 === 4 ? 18 : 10 + (n % 4));
  const hearingOn = addDays(suitFiledOn, 45);
  if (addDays(suitFiledOn, 20) > today) return;
  if (defendedOn <= today)
    await submitDefenceOn(services, w, id, {
      defenceSubmittedOn: defendedOn,
      evidenceNote: '（演示）答辩状、作出行政行为的证据和所依据的规范性文件',
    });
  const courtCalled = n % 10 === 7;
  const noticeOn = addDays(hearingOn, n % 11 === 2 ? -2 : -6);
  const { id: hearingId } = await scheduleHearingOn(services, w, id, {
    courtHearingOn: hearingOn,
    courtRoom: `第${(n % 3) + 1}审判庭`,
    ...(courtCalled && noticeOn <= today ? { appearanceNoticeOn: noticeOn } : {}),
    courtCalledGrounds: courtCalled ? ['environment'] : [],
  });
  if (hearingOn > today || defendedOn > today) return;
  // the head appears in two suits of three; otherwise a deputy's official duty with the bureau's sealed proof
  await recordAppearanceOn(
    services,
    w,
    id,
    n % 3 === 1
      ? {
          courtHearingId: hearingId,
          courtAppearance: 'stand_in',
          headAbsenceReason: 'irreplaceable_duty',
          headAbsenceProof: '（演示）加盖机关印章的情况说明：负责人同日参加防汛应急指挥',
          standInName: `演示工作人员${n + 1}号`,
          standInPost: '法规科科长',
        }
      : {
          courtHearingId: hearingId,
          courtAppearance: 'head',
          appearingHeadName: `演示负责人${(n % 5) + 1}号`,
          appearingHeadPost: n % 2 ? 'deputy_level_in_charge' : 'principal',
          headCertificateOn: addDays(hearingOn, -10),
        },
  );
  const judgedOn = addDays(hearingOn, 30);
  if (judgedOn > today) return;
  const outcome = outcomeCycle[n % outcomeCycle.length]!;
  await decideSuitOn(services, w, id, {
    suitOutcome: outcome,
    judgedOn,
    judgmentServedOn: addDays(judgedOn, 2) < today ? addDays(judgedOn, 2) : today,
    judgmentSummary: `（演示）${outcomeTypes[outcome].label}`,
  });
  // past the fifteen days of appeal even when a holiday carries their end over (Spring Festival, National Day)
  const concludedOn = addDays(judgedOn, 27);
  if (outcomeTypes[outcome].form === 'judgment' || outcome === 'suit_dismissed') {
    if (concludedOn > today) return;
    const appealed = n % 10 === 3;
    await concludeSuitOn(services, w, id, {
      appealFiled: appealed,
      ...(appealed
        ? { appealedBy: '原告', appealOrEffectOn: addDays(judgedOn, 10) }
        : { appealOrEffectOn: concludedOn }),
    });
    if (appealed) return;
  }
  const performedOn = addDays(concludedOn, 20);
  if (outcomeTypes[outcome].obliges && performedOn <= today)
    await performJudgmentOn(services, w, id, {
      judgmentPerformedOn: performedOn,
      performanceNote: '（演示）已依照生效裁判重新作出行政行为',
    });
}

export async function seedLitigationDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  // oldest first, so that each agency's first suit of a year is the one filed first
  for (let n = SUITS - 1; n >= 0; n--) await seedSuit(services, w, ctx, n, today);
  const bodies = ['示范区市场监督管理局', '示范区自然资源分局', '示范区住房和城乡建设局', '示范区生态环境分局'];
  for (let n = 0; n < 10; n++) {
    const orgId = ctx.orgIdByName.get(bodies[n % bodies.length]!);
    if (!orgId) continue;
    const receivedOn = addDays(today, -(n * 70 + 20));
    const court = n % 2 === 0;
    const { id } = await receiveRecommendationOn(
      services,
      w,
      {
        defendingBodyId: orgId,
        recommendationSource: court ? 'court' : 'procuratorate',
        recommendationIssuer: court ? '示范区人民法院（演示）' : '示范区人民检察院（演示）',
        recommendationNumber: court
          ? `（${receivedOn.slice(0, 4)}）内0105司建${n + 1}号`
          : `示检行公建〔${receivedOn.slice(0, 4)}〕${n + 1}号`,
        recommendationReceivedOn: receivedOn,
        recommendationContent: court
          ? '（演示）建议规范行政处罚案件的调查取证和告知程序，完善执法全过程记录。'
          : '（演示）建议依法履行监管职责，督促整改辖区内违法占地问题。',
      },
      { isDemo: true },
    );
    const repliedOn = addDays(receivedOn, n === 5 ? 75 : 40);
    if (repliedOn <= today && n !== 0)
      await replyRecommendationOn(services, w, id, {
        recommendationRepliedOn: repliedOn,
        recommendationReply: '（演示）已组织专项整改，完善相关制度，整改情况书面报告如下。',
      });
  }
}
