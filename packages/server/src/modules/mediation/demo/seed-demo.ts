// The demo region's mediation (labelled demo, like every demo record): the people's mediation committees of its
// townships, villages and communities and two sector committees of the justice bureau, each with its mediators (one
// committee short of a woman member, one past its term, so the committees page shows what 第八条、第九条 ask), and two
// years of disputes mediated by them and by four departments — seed 004's county settles about 99% of a thousand a
// year; this demo keeps about 120 a year to stay quick — in every state: being mediated, settled (with performance
// followed and a few 司法确认), ended without agreement, refused. Written through the same commands as the API on the
// seed's transaction, so they carry the same audit events and 调解统计 shows real figures. Parties are fictional.
import type { CommitteeKind, MediatorPost } from '@fazhi/core/mediation';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn, type Writer } from '../../../platform/write';
import { addMediatorOn, registerCommitteeOn } from '../commands/committees';
import { concludeDisputeOn } from '../commands/conclude-dispute';
import { recordConfirmationOn, recordPerformanceOn } from '../commands/follow-agreement';
import { recordSessionOn } from '../commands/record-session';
import { registerDisputeOn } from '../commands/register-dispute';

const demo = { isDemo: true };
const addDays = (day: string, n: number) => formatIsoDate(parseIsoDate(day) + n);

type Staff = [name: string, gender: 'female' | 'male', post: MediatorPost];
const committees: { unit: string; name: string; kind: CommitteeKind; electedYearsAgo: number; staff: Staff[]; types: string[] }[] = [
  { unit: '示范区东河街道办事处', name: '示范区东河街道人民调解委员会', kind: 'township', electedYearsAgo: 1,
    staff: [['演示·周丽华', 'female', 'director'], ['演示·王建国', 'male', 'member'], ['演示·李明', 'male', 'member'], ['演示·赵敏', 'female', 'engaged']],
    types: ['邻里纠纷', '物业纠纷', '婚姻家庭纠纷'] },
  { unit: '示范区东河街道办事处', name: '示范区东河街道幸福社区人民调解委员会', kind: 'community', electedYearsAgo: 2,
    staff: [['演示·孙桂兰', 'female', 'director'], ['演示·钱伟', 'male', 'member'], ['演示·吴芳', 'female', 'member']],
    types: ['邻里纠纷', '物业纠纷'] },
  // no woman among its members: the page shows 第八条第三款
  { unit: '示范区南湖镇人民政府', name: '示范区南湖镇南湖村人民调解委员会', kind: 'village', electedYearsAgo: 1,
    staff: [['演示·郑国强', 'male', 'director'], ['演示·冯军', 'male', 'member'], ['演示·陈刚', 'male', 'member']],
    types: ['土地承包经营纠纷', '邻里纠纷', '婚姻家庭纠纷'] },
  // elected more than three years ago: the page shows the term of 第九条
  { unit: '示范区北坡乡人民政府', name: '示范区北坡乡北坡村人民调解委员会', kind: 'village', electedYearsAgo: 4,
    staff: [['演示·褚秀英', 'female', 'director'], ['演示·卫东', 'male', 'member'], ['演示·蒋华', 'male', 'member']],
    types: ['土地承包经营纠纷', '损害赔偿纠纷'] },
  { unit: '示范区司法局', name: '示范区医疗纠纷人民调解委员会', kind: 'sector', electedYearsAgo: 1,
    staff: [['演示·沈医平', 'male', 'director'], ['演示·韩静', 'female', 'member'], ['演示·杨律', 'male', 'member'], ['演示·朱法医', 'male', 'engaged']],
    types: ['医疗纠纷'] },
  { unit: '示范区司法局', name: '示范区道路交通事故纠纷人民调解委员会', kind: 'sector', electedYearsAgo: 2,
    staff: [['演示·秦路', 'male', 'director'], ['演示·尤红', 'female', 'member'], ['演示·许安', 'male', 'member']],
    types: ['交通损害赔偿纠纷'] },
]; // prettier-ignore

/** 行政调解 by departments within their remit (seed 002 task 23's fields). */
const departments: { unit: string; type: string; mediators: string }[] = [
  { unit: '示范区市场监督管理局', type: '消费者权益保护纠纷', mediators: '演示·市场监管局消费者权益保护科工作人员' },
  { unit: '示范区公安分局', type: '治安管理纠纷', mediators: '演示·派出所民警' },
  { unit: '示范区人力资源和社会保障局', type: '社会保障纠纷', mediators: '演示·人社局劳动保障监察大队工作人员' },
  { unit: '示范区生态环境分局', type: '环境污染纠纷', mediators: '演示·生态环境分局执法人员' },
];

const DISPUTES = 240;
const DAYS = 730;

async function seedDispute(services: Services, w: Writer, n: number, today: string, by: Mediator) {
  const registeredOn = addDays(today, -Math.floor(((n + 1) * DAYS) / DISPUTES) + 1);
  const { id } = await registerDisputeOn(
    services,
    w,
    {
      ...(by.committeeId
        ? { mediationKind: 'peoples' as const, committeeId: by.committeeId }
        : { mediationKind: 'administrative' as const, mediatingUnitId: by.unitId }),
      disputeType: by.types[n % by.types.length]!,
      disputeSource: n % 5 === 0 ? 'own_initiative' : n % 11 === 0 ? 'court_or_police' : 'application',
      disputeSummary: `（演示）第${n + 1}号纠纷：双方因${by.types[n % by.types.length]!.replace('纠纷', '')}问题发生争议，申请调解。`,
      majorDispute: n % 17 === 5,
      registeredOn,
      assignedMediators: by.mediators,
      ...(n % 41 === 7
        ? {
            linkedProcedure: 'litigation' as const,
            linkedReference: `（${registeredOn.slice(0, 4)}）示0105民初${100 + n}号`,
          }
        : {}),
      disputeParties: [
        { role: 'applicant', kind: 'person', name: `演示当事人${2 * n + 1}号` },
        { role: 'respondent', kind: 'person', name: `演示当事人${2 * n + 2}号` },
      ],
    },
    demo,
  );
  const sessionOn = addDays(registeredOn, 2 + (n % 4));
  if (sessionOn > today) return;
  await recordSessionOn(services, w, id, {
    sessionOn,
    sessionPlace: by.place,
    assignedMediators: by.mediators,
    sessionRecord: '（演示）听取双方陈述，讲解有关法律规定，引导双方协商。',
  });
  const endOn = addDays(sessionOn, 3 + (n % 9));
  if (endOn > today) return;
  if (n % 97 === 13)
    return concludeDisputeOn(services, w, id, {
      mediationOutcome: 'refused',
      endedOn: endOn,
      endReason: '（演示）被申请人明确表示拒绝调解。',
    });
  if (n % 53 === 21)
    return concludeDisputeOn(services, w, id, {
      mediationOutcome: 'failed',
      endedOn: endOn,
      endReason: '（演示）双方对赔偿数额分歧较大，经多次调解未能达成协议。',
      remediesTold: true,
    });
  const amount = n % 3 === 0 ? null : 2000 + ((n * 1373) % 48000);
  const performanceDue = addDays(endOn, 15 + (n % 20));
  await concludeDisputeOn(services, w, id, {
    mediationOutcome: 'agreed',
    agreementForm: n % 6 === 0 ? 'oral' : 'written',
    agreementEffectiveOn: endOn,
    agreementContent: amount
      ? `（演示）被申请人于${performanceDue}前向申请人支付${amount}元，双方再无其他争议。`
      : '（演示）双方互谅互让，恢复正常往来，再无其他争议。',
    agreementAmountYuan: amount,
    performanceDue,
  });
  // followed a few days after the performance day; one in about twenty-five still unchecked
  const checkOn = addDays(performanceDue, 3);
  if (checkOn <= today && n % 25 !== 4)
    await recordPerformanceOn(services, w, id, {
      performance: n % 31 === 8 ? 'partly' : 'performed',
      performanceOn: checkOn,
      agreementPerformanceNote:
        n % 31 === 8 ? '（演示）已支付部分款项，余款约定下月付清。' : '（演示）回访确认已按协议履行。',
    });
  const appliedOn = addDays(endOn, 10);
  if (n % 19 === 2 && appliedOn <= today) {
    const decidedOn = addDays(appliedOn, 15);
    await recordConfirmationOn(services, w, id, {
      confirmationAppliedOn: appliedOn,
      confirmationCourt: '示范区人民法院（演示）',
      ...(decidedOn <= today ? { confirmationResult: 'valid' as const, confirmationDecidedOn: decidedOn } : {}),
    });
  }
}

interface Mediator {
  committeeId?: string;
  unitId: string;
  types: string[];
  mediators: string;
  place: string;
}

export async function seedMediationDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const by: Mediator[] = [];
  for (const c of committees) {
    const unitId = ctx.orgIdByName.get(c.unit);
    if (!unitId) continue;
    const electedOn = addDays(today, -365 * c.electedYearsAgo - 10);
    const { id } = await registerCommitteeOn(
      services,
      w,
      { committeeUnitId: unitId, committeeName: c.name, committeeKind: c.kind, electedOn },
      demo,
    );
    for (const [name, gender, post] of c.staff)
      await addMediatorOn(
        services,
        w,
        id,
        { mediatorName: name, mediatorGender: gender, mediatorPost: post, mediatorSince: electedOn },
        demo,
      );
    const names = c.staff
      .slice(0, 2)
      .map((s) => s[0])
      .join('、');
    by.push({
      committeeId: id,
      unitId,
      types: c.types,
      mediators: names,
      place: `${c.name.replace('人民调解委员会', '')}调解室`,
    });
  }
  for (const d of departments) {
    const unitId = ctx.orgIdByName.get(d.unit);
    if (unitId) by.push({ unitId, types: [d.type], mediators: d.mediators, place: `${d.unit}调解室` });
  }
  if (by.length === 0) return;
  for (let n = 0; n < DISPUTES; n++) await seedDispute(services, w, n, today, by[(n * 5) % by.length]!);
}
