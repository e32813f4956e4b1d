// The demo region's 告知承诺制 (labelled demo, like every demo record): five items of the 示范区's bodies and a year of
// matters handled by commitment before today — most checked some weeks later, a few found false with what followed
// (撤销, 信用记录) — written through the same commands as the API on the seed's transaction, so they carry the same
// audit events and 告知承诺统计 shows real figures. Applicants are fictional (演示 in every name); their identifiers
// are built valid (GB 32100, GB 11643) and stored as the command stores them.
import type { FalseCommitmentConsequence } from '@fazhi/core/commitments';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { usccCheckChar } from '@fazhi/core/identifiers';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn } from '../../../platform/write';
import { addCommitmentItemOn } from '../commands/add-item';
import { checkMatterOn } from '../commands/check-matter';
import { recordMatterOn } from '../commands/record-matter';
import type { AddItemBody } from '../schemas';

const items: (Omit<AddItemBody, 'handlingBodyId' | 'allowedFrom'> & { body: string; share: number })[] = [
  {
    body: '示范区市场监督管理局',
    list: 'business_permit',
    itemCode: 'SJ-XK-011',
    itemName: '食品经营许可（仅销售预包装食品以外的低风险食品）',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    commitmentContent: '申请人承诺经营场所、设施设备、食品安全管理人员和管理制度符合食品经营许可条件，所填信息真实。',
    share: 5,
  },
  {
    body: '示范区市场监督管理局',
    list: 'certificate',
    itemCode: 'SJ-ZM-003',
    itemName: '市场主体住所（经营场所）使用证明',
    legalBasis: '《中华人民共和国市场主体登记管理条例》',
    commitmentContent: '申请人承诺对所申报的住所（经营场所）享有合法使用权。',
    share: 4,
  },
  {
    body: '示范区交通运输局',
    list: 'business_permit',
    itemCode: 'JT-XK-005',
    itemName: '道路货物运输经营许可（使用总质量4.5吨以下普通货运车辆的除外）',
    legalBasis: '《中华人民共和国道路运输条例》',
    commitmentContent: '申请人承诺车辆、驾驶人员和安全生产管理制度符合道路货物运输经营条件。',
    share: 2,
  },
  {
    body: '示范区民政局',
    list: 'certificate',
    itemCode: 'MZ-ZM-002',
    itemName: '申请最低生活保障的家庭收入状况证明',
    legalBasis: '《社会救助暂行办法》',
    commitmentContent: '申请人承诺所申报的家庭成员、收入和财产状况真实、完整。',
    share: 2,
  },
  {
    body: '示范区人力资源和社会保障局',
    list: 'business_permit',
    itemCode: 'RS-XK-002',
    itemName: '人力资源服务许可',
    legalBasis: '《人力资源市场暂行条例》',
    commitmentContent: '申请人承诺具有与开展业务相适应的场所、设施和专职工作人员。',
    share: 1,
  },
];

/** Matters in the demo year: a county's 561 (seed 003) scaled down to keep the demo's seed quick. */
const MATTERS = 180;

const addDays = (day: string, n: number) => formatIsoDate(parseIsoDate(day) + n);

/** A valid 统一社会信用代码 for the n-th fictional company of the demo region (registration code 159901). */
function demoUscc(n: number): string {
  const first17 = `91159901MA${String(n).padStart(6, '0')}X`.slice(0, 17);
  return first17 + (usccCheckChar(first17) ?? '0');
}

/** A valid 身份证号 for the n-th fictional resident (region 159901, born 1980–1999). */
function demoIdNumber(n: number): string {
  const first17 = `159901${1980 + (n % 20)}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

export async function seedCommitmentsDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const demo = { isDemo: true };
  const added: { id: string; share: number; person: boolean }[] = [];
  for (const i of items) {
    const orgId = ctx.orgIdByName.get(i.body);
    if (!orgId) continue;
    const { body: _body, share, ...input } = i;
    const { id } = await addCommitmentItemOn(
      services,
      w,
      { ...input, handlingBodyId: orgId, allowedFrom: addDays(today, -400) },
      demo,
    );
    added.push({ id, share, person: i.list === 'certificate' && i.itemCode.startsWith('MZ') });
  }
  if (added.length === 0) return;
  const weighted = added.flatMap((a) => Array.from({ length: a.share }, () => a));
  for (let n = 0; n < MATTERS; n++) {
    const item = weighted[(n * 7) % weighted.length]!;
    const handledOn = addDays(today, -Math.floor(((n + 1) * 360) / MATTERS));
    const { id } = await recordMatterOn(
      services,
      w,
      {
        commitmentItemId: item.id,
        ...(item.person
          ? { applicantKind: 'person' as const, applicantName: `演示申请人${n + 1}号`, idNumber: demoIdNumber(n) }
          : {
              applicantKind: 'organisation' as const,
              applicantName: `示范区演示${n + 1}号商贸有限公司`,
              uscc: demoUscc(n),
            }),
        handledOn,
        commitment: '（演示）申请人已签署告知承诺书，承诺符合条件、所报材料真实。',
      },
      demo,
    );
    // checked about six weeks after handling, unless that day has not come; one in about thirty found false
    const checkedOn = addDays(handledOn, 40 + (n % 10));
    if (checkedOn > today || n % 5 === 4) continue;
    const found = n % 29 === 3;
    const consequences: FalseCommitmentConsequence[] = found ? ['revoked', 'credit_record'] : [];
    await checkMatterOn(services, w, id, {
      checkedOn,
      checkResult: found ? 'false' : 'kept',
      checkNote: found ? '（演示）现场核查发现实际情况与承诺不符。' : '（演示）现场核查，与承诺一致。',
      consequences,
      ...(found ? { consequenceNote: '（演示）依法撤销行政决定，失信信息推送至信用信息共享平台。' } : {}),
    });
  }
}
