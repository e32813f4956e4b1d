// The demo region's 告知承诺制 (labelled demo, like every demo record): five items of the 示范区's bodies — each named
// by its code in the demo 证明事项清单 / 涉企经营许可事项清单 / 行政许可事项清单 (power-lists `demo/statute-items.json`) with
// the name and basis the list gives it, checked by the demo's test, the lists being seeded after — and a year of
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

const items: (Omit<AddItemBody, 'handlingBodyId' | 'allowedFrom'> & {
  body: string;
  share: number;
  /** the applicants are people (a school's founder), else organisations */
  people?: boolean;
})[] = [
  {
    body: '示范区市场监督管理局',
    list: 'business_permit',
    itemCode: '159901-01-SQ-0001',
    itemName: '食品生产经营许可',
    legalBasis: '《中华人民共和国食品安全法》第三十五条第一款',
    commitmentContent: '申请人承诺经营场所、设施设备、食品安全管理人员和管理制度符合食品经营许可条件，所填信息真实。',
    share: 5,
  },
  {
    body: '示范区人力资源和社会保障局',
    list: 'business_permit',
    itemCode: '159901-08-SQ-0001',
    itemName: '劳务派遣经营许可',
    legalBasis: '《中华人民共和国劳动合同法》第五十七条第二款',
    commitmentContent: '申请人承诺注册资本、经营场所、设施和劳务派遣管理制度符合法定条件。',
    share: 2,
  },
  {
    body: '示范区住房和城乡建设局',
    list: 'permit',
    itemCode: '159901-05-XK-0001',
    itemName: '建筑工程施工许可',
    legalBasis: '《中华人民共和国建筑法》第七条第一款',
    commitmentContent: '建设单位承诺建设资金已经落实，施工图设计文件已按规定审查合格。',
    share: 2,
  },
  {
    body: '示范区教育局',
    list: 'certificate',
    itemCode: '159901-11-ZM-0003',
    itemName: '申请正式设立民办学校：学校资产有效证明文件',
    legalBasis: '《中华人民共和国民办教育促进法》第十五条第（四）项',
    commitmentContent: '申请人承诺学校资产真实、权属清晰，以承诺代替学校资产的有效证明文件。',
    share: 2,
  },
  {
    body: '示范区教育局',
    list: 'certificate',
    itemCode: '159901-11-ZM-0004',
    itemName: '申请正式设立民办学校：校长、教师、财会人员资格证明文件',
    legalBasis: '《中华人民共和国民办教育促进法》第十五条第（五）项',
    commitmentContent: '申请人承诺所聘校长、教师、财会人员具备相应资格，以承诺代替资格证明文件。',
    share: 1,
    people: true,
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
    const { body: _body, share, people, ...input } = i;
    const { id } = await addCommitmentItemOn(
      services,
      w,
      { ...input, handlingBodyId: orgId, allowedFrom: addDays(today, -400) },
      demo,
    );
    added.push({ id, share, person: people === true });
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
