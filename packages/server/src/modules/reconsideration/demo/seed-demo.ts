// The demo region's reconsideration office (labelled demo, like every demo record): two handlers at its 行政复议与
// 应诉科, and applications in each state the office works on — one just received online, one waiting for the
// applicant's 补正, one refused, one accepted in the ordinary procedure, one suspended for mediation, one decided
// and published on the portal — built through the same acts as the API on
// the seed's transaction, so they carry the same deadlines, timeline and audit events. Dates count back from today.
import { acceptanceConditions } from '@fazhi/core/reconsideration';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn, type Writer } from '../../../platform/write';
import { insertUser } from '../../organisations/commands/create-user';
import { acceptApplicationOn } from '../applications/commands/accept-application';
import { refuseApplicationOn } from '../applications/commands/refuse-application';
import { requestCorrectionOn } from '../applications/commands/request-correction';
import { submitApplicationOn, type ApplicationInput } from '../applications/commands/submit-application';
import { decideCaseOn } from '../hearing/commands/decide-case';
import { issueOpinionOn } from '../hearing/commands/opinions';
import { publishDecisionOn } from '../hearing/commands/publish-decision';
import { recordViewsOn } from '../hearing/commands/record-views';
import { sendCopyOn } from '../hearing/commands/send-copy';
import { suspendCaseOn } from '../hearing/commands/suspend-case';

const handlers = [
  { username: 'demo.fuyi.a', name: '示范·行政复议人员甲' },
  { username: 'demo.fuyi.b', name: '示范·行政复议人员乙' },
];

const application = (
  regionCode: string,
  n: number,
  respondent: string,
  act: string,
  knownOn: string,
): ApplicationInput => ({
  regionCode,
  applicant: { kind: 'person', name: `示范·申请人${n}`, phone: `1390000000${n}` },
  respondentName: respondent,
  contestedAct: act,
  knownOn,
  realProperty: false,
  notInformed: false,
  requests: `请求撤销${respondent}作出的${act}（演示）`,
  reasons: '申请人认为该行政行为认定事实不清、证据不足（演示数据）。',
});

export async function seedReconsiderationDemo(services: Services, ctx: SeedContext) {
  const w: Writer = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const unit = ctx.orgIdByName.get('示范区司法局行政复议与应诉科');
  const handlerIds: string[] = [];
  if (unit)
    for (const h of handlers) {
      const { id } = await insertUser(services, w, {
        username: h.username,
        displayName: h.name,
        orgId: unit,
        assignments: [{ role: 'justice_reviewer', orgId: unit, scope: 'own_org' }],
        mustChangePassword: false,
        isDemo: true,
      });
      handlerIds.push(id);
    }
  const today = services.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const region = ctx.regionCode;
  const market = '示范区市场监督管理局';
  await submitApplicationOn(
    services,
    w,
    application(region, 1, market, '行政处罚决定（示市监罚〔演示〕1号）', ago(20)),
    'online',
    {
      isDemo: true,
    },
  );
  const waiting = await submitApplicationOn(
    services,
    w,
    application(region, 2, '示范区城市管理综合执法局', '责令限期拆除决定（演示）', ago(30)),
    'online',
    { receivedOn: ago(3), isDemo: true },
  );
  await requestCorrectionOn(services, w, waiting.id, {
    correctionItems: ['申请人的身份证明材料', '被申请行政复议的行政行为的书面材料或者相关证明'],
    requestedOn: ago(2),
  });
  const refused = await submitApplicationOn(
    services,
    w,
    application(region, 3, '示范市人民政府', '信访事项处理意见（演示）', ago(60)),
    'post',
    { receivedOn: ago(40), isDemo: true },
  );
  await refuseApplicationOn(services, w, refused.id, {
    refusalReason: '信访事项处理意见不属于行政复议范围（演示）。',
    refusedOn: ago(38),
  });
  const accepted = await submitApplicationOn(
    services,
    w,
    application(region, 4, market, '行政处罚决定（示市监罚〔演示〕7号）', ago(45)),
    'in_person',
    { receivedOn: ago(25), isDemo: true },
  );
  if (handlerIds.length < 2) return;
  const accept = (id: string, acceptedOn: string) =>
    acceptApplicationOn(services, w, id, {
      conditionsMet: [...acceptanceConditions],
      acceptedOn,
      procedure: 'ordinary',
      major: false,
      handlerIds,
    });
  const mediated = await submitApplicationOn(
    services,
    w,
    application(region, 5, '示范区自然资源分局', '责令退还非法占用土地决定（演示）', ago(70)),
    'online',
    { receivedOn: ago(50), isDemo: true },
  );
  await accept(mediated.id, ago(48));
  await suspendCaseOn(services, w, mediated.id, {
    ground: 'mediation',
    reason: '申请人与被申请人同意调解（演示）',
    suspendedOn: ago(10),
  });
  const decided = await submitApplicationOn(
    services,
    w,
    application(region, 6, market, '行政处罚决定（示市监罚〔演示〕3号）', ago(120)),
    'online',
    { receivedOn: ago(100), isDemo: true },
  );
  await accept(decided.id, ago(95));
  await sendCopyOn(services, w, decided.id, { handledOn: ago(93) });
  await recordViewsOn(services, w, decided.id, {
    party: '示范·申请人6',
    way: 'phone',
    heardOn: ago(60),
    summary: '申请人称当日并未销售涉案商品，请求撤销处罚（演示数据）。',
  });
  await decideCaseOn(services, w, decided.id, {
    decisionType: 'annul',
    decisionText:
      '申请人示范·申请人6不服被申请人示范区市场监督管理局作出的行政处罚决定（示市监罚〔演示〕3号），向本机关申请行政复议。经审理，被申请人认定的违法事实证据不足。根据《中华人民共和国行政复议法》第六十四条第一款的规定，本机关决定：撤销该行政处罚决定。（演示数据）',
    decidedOn: ago(40),
  });
  await publishDecisionOn(services, w, decided.id, ago(38));
  // 第七十六条: the same case showed the bureau's practice in similar cases, so the office writes to it; its sixty
  // days from receipt still run
  await issueOpinionOn(services, w, decided.id, {
    addresseeName: market,
    opinionText:
      '被申请人在同类案件中对当事人陈述的事实未予核实即作出处罚，应当在办理同类案件时全面调查取证（演示数据）。',
    opinionIssuedOn: ago(38),
    opinionReceivedOn: ago(36),
  });
  await accept(accepted.id, ago(23));
}
