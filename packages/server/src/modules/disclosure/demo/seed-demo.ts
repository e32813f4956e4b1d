// The demo region's disclosure requests (labelled demo, like every demo record), to several of the 示范区's bodies
// in each state a body works on — one just submitted online and waiting to be confirmed, one received in person, one
// waiting for the applicant's 补正, one held while a third party is consulted, one extended, one answered in full,
// one partly disclosed after a correction, one answered 本机关不掌握 with the holder named, one deemed withdrawn —
// built through the same acts as the API on the seed's transaction, so they carry the same deadlines, pauses,
// timeline and audit events. Dates count back from today; every applicant kind of table 三 appears.
import type { ApplicantKind, DeliveryForm, RequestChannel } from '@fazhi/core/disclosure';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn, type Writer } from '../../../platform/write';
import { startConsultationOn } from '../requests/commands/consultation';
import { deemWithdrawnOn, requestCorrectionOn, submitCorrectionOn } from '../requests/commands/correction';
import { extendReplyOn } from '../requests/commands/extend-reply';
import { replyToRequestOn } from '../requests/commands/reply';
import { submitRequestOn } from '../requests/commands/submit-request';

export async function seedDisclosureDemo(services: Services, ctx: SeedContext) {
  const w: Writer = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const ago = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  let n = 0;
  const ask = async (
    body: string,
    kind: ApplicantKind,
    name: string,
    information: string,
    channel: RequestChannel,
    handedInAgo: number,
    deliveryForm: DeliveryForm = 'email',
  ) => {
    const bodyId = ctx.orgIdByName.get(body);
    if (!bodyId) return null;
    n += 1;
    const handedInOn = ago(handedInAgo);
    const { id } = await submitRequestOn(
      services,
      w,
      {
        regionCode: ctx.regionCode,
        bodyId,
        applicantKind: kind,
        applicant: kind === 'natural_person' ? { name, phone: `1390000100${n}` } : { name },
        informationDescription: `${information}（演示）`,
        deliveryForm,
      },
      channel,
      // the request of today waits on the portal for the body to confirm it
      { handedInOn, mailSignedOn: handedInOn, confirmedOn: handedInAgo === 0 ? undefined : handedInOn },
      { isDemo: true },
    );
    return id;
  };
  await ask(
    '示范区市场监督管理局',
    'natural_person',
    '示范·申请人甲',
    '2026年第三季度食品安全监督抽检结果',
    'online',
    0,
  );
  await ask(
    '示范区财政局',
    'research_institution',
    '示范财经研究院',
    '示范区2025年度政府采购项目清单',
    'in_person',
    3,
    'paper_pickup',
  );
  const unclear = await ask(
    '示范区自然资源分局',
    'business',
    '示范置业有限公司',
    '我公司周边地块的有关规划文件',
    'registered_mail',
    6,
  );
  if (unclear)
    await requestCorrectionOn(services, w, unclear, {
      correctionItems: ['所需规划文件的名称、文号或者地块的具体位置', '信息形成的大致时间'],
      requestedOn: ago(4),
    });
  const consulted = await ask(
    '示范区住房和城乡建设局',
    'public_interest_organisation',
    '示范环保公益服务中心',
    '示范小区改造工程施工单位的资质审查材料',
    'online',
    12,
  );
  if (consulted)
    await startConsultationOn(services, w, consulted, {
      consultationKind: 'third_party',
      consultee: '示范建设工程有限公司（演示）',
      consultationStartedOn: ago(8),
    });
  const extended = await ask(
    '示范区人民政府',
    'other_organisation',
    '示范社区居民委员会',
    '2025年度老旧小区改造资金分配方案',
    'ordinary_mail',
    25,
  );
  if (extended)
    await extendReplyOn(services, w, extended, {
      approver: '示范区人民政府办公室负责人',
      approvedOn: ago(5),
      reason: '所需信息涉及多个部门，需要汇总核实（演示）',
    });
  const answered = await ask(
    '示范区市场监督管理局',
    'legal_service_organisation',
    '示范律师事务所',
    '示市监罚〔演示〕1号行政处罚决定书',
    'online',
    40,
  );
  if (answered)
    await replyToRequestOn(services, w, answered, {
      outcome: 'provided',
      replyText: '该行政处罚决定书已通过电子邮件提供（演示数据）。',
      repliedOn: ago(30),
    });
  const partial = await ask(
    '示范区生态环境分局',
    'natural_person',
    '示范·申请人乙',
    '某企业的排污许可执行报告',
    'online',
    50,
  );
  if (partial) {
    await requestCorrectionOn(services, w, partial, {
      correctionItems: ['企业的名称和报告年度'],
      requestedOn: ago(47),
    });
    await submitCorrectionOn(
      services,
      w,
      partial,
      { correctionText: '企业为示范化工有限公司，报告年度为2025年（演示）。' },
      ago(44),
    );
    await replyToRequestOn(services, w, partial, {
      outcome: 'partial',
      replyText: '报告中企业的工艺配方涉及商业秘密，依照条例第十五条不予公开，其余部分予以公开（演示数据）。',
      repliedOn: ago(30),
    });
  }
  const notHeld = await ask(
    '示范区教育局',
    'natural_person',
    '示范·申请人丙',
    '示范区医疗机构的床位配置标准',
    'in_person',
    20,
    'paper_post',
  );
  if (notHeld)
    await replyToRequestOn(services, w, notHeld, {
      outcome: 'not_held',
      replyText: '经检索，本机关没有该信息，该信息不属于本机关负责公开（演示数据）。',
      holderName: '示范区卫生健康委员会',
      repliedOn: ago(15),
    });
  const lapsed = await ask(
    '示范区城市管理综合执法局',
    'natural_person',
    '示范·申请人丁',
    '有关执法的文件',
    'online',
    70,
  );
  if (lapsed) {
    await requestCorrectionOn(services, w, lapsed, {
      correctionItems: ['所需文件的名称、文号或者执法事项'],
      requestedOn: ago(66),
    });
    await deemWithdrawnOn(services, w, lapsed);
  }
}
