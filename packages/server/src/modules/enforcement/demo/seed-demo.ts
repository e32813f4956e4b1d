// The demo region's enforcement bodies and officers (labelled demo, like every demo record): every department and
// township of the 示范区 confirmed as a body — two sub-district offices entrusted by the 城市管理综合执法局 —, the
// list announced twice (before and after the reform that ended a third entrustment, seed 000 (十一)); some three
// hundred fictional officers with certificates issued over the past eight years, a few suspended and one revoked,
// supervisors at the justice bureau, auxiliaries, legal reviewers (two bodies left under the 5% ratio), and this
// year's training (in the training module's register), about one in five short of the minimum. Dates follow the clock's today; nothing is after today.
import { idNumberCheckChar } from '@fazhi/core/identifiers';
import type { OfficerKind } from '@fazhi/core/enforcement';
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn } from '../../../platform/write';
import { registerBodyOn } from '../bodies/commands/register-body';
import { announceBodiesOn } from '../bodies/commands/announce-bodies';
import { officerRow } from '../officers/commands/add-officer';
import { OFFICER_SUBJECT } from '../catalogue';
import { unitRecord } from '../support';
import { seedOfficerTraining, type DemoTrainee } from '../../training/demo/officer-training';

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅波斌宇浩凯健俊帆帅旭宁晨阳欣怡佳琪雪婷';

/** Officers per department, as a county's bodies run (seed 003: 724 certificates in one district). */
const DEPARTMENTS: [string, number, string][] = [
  ['示范区市场监督管理局', 46, '市场监管'],
  ['示范区城市管理综合执法局', 40, '城市管理'],
  ['示范区生态环境分局', 18, '生态环境'],
  ['示范区交通运输局', 22, '交通运输'],
  ['示范区应急管理局', 14, '安全生产'],
  ['示范区卫生健康委员会', 16, '卫生健康'],
  ['示范区自然资源分局', 15, '自然资源'],
  ['示范区住房和城乡建设局', 14, '住房城乡建设'],
  ['示范区农牧水利局', 18, '农牧水利'],
  ['示范区人力资源和社会保障局', 9, '劳动保障'],
  ['示范区教育局', 6, '教育'],
  ['示范区商务局', 6, '商务'],
  ['示范区民政局', 5, '民政'],
  ['示范区公安分局', 30, '治安管理'],
  ['示范区统计局', 4, '统计'],
  ['示范区审计局', 4, '审计'],
];
const TOWNSHIPS = ['示范区东河街道办事处', '示范区西山街道办事处', '示范区南湖镇人民政府', '示范区北坡乡人民政府'];

/** A small deterministic generator, so the demo is the same on every run. */
function generator(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

export async function seedEnforcementDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const id = (name: string) => ctx.orgIdByName.get(name);
  const cityManagement = id('示范区城市管理综合执法局');
  const justice = id('示范区司法局');
  if (!cityManagement || !justice) return;
  const today = services.clock.today();
  const daysAgo = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const address = (name: string, i: number) => `示范区${name.replace('示范区', '').slice(0, 2)}路${10 + i}号（演示）`;

  let i = 0;
  for (const [name, , field] of DEPARTMENTS) {
    const org = id(name);
    if (org)
      await registerBodyOn(
        services,
        w,
        org,
        {
          legalStatus: 'statutory',
          fields: [field],
          address: address(name, i),
          phones: `0477-83${String(100 + i++)}00`,
        },
        { isDemo: true },
      );
  }
  const entrustment = (org: string, from: string, to: string) =>
    registerBodyOn(
      services,
      w,
      org,
      {
        legalStatus: 'entrusted',
        entrustingOrganisationId: cityManagement,
        entrustmentScope: '本辖区内市容环境卫生、户外广告、违法建设等城市管理领域部分行政处罚权（演示）',
        entrustmentFrom: from,
        entrustmentTo: to,
        fields: ['城市管理'],
        address: address(org, i),
        phones: `0477-83${String(100 + i++)}00`,
      },
      { isDemo: true },
    );
  const y = Number(today.slice(0, 4));
  for (const t of TOWNSHIPS) {
    const org = id(t);
    if (org) await entrustment(org, `${y - 2}-01-01`, `${y + 1}-12-31`);
  }
  await announceBodiesOn(services, w, ctx.regionCode, { isDemo: true, publishedOn: daysAgo(400) });
  // the reform: 北坡乡's entrustment ended and it left the list; the list was confirmed and announced again
  const beipo = id('示范区北坡乡人民政府');
  if (beipo)
    await registerBodyOn(
      services,
      w,
      beipo,
      { legalStatus: 'statutory', withdrawn: true, fields: [], address: address('北坡', i), phones: '0477-8399900' },
      { isDemo: true },
    );
  await announceBodiesOn(services, w, ctx.regionCode, { isDemo: true, publishedOn: daysAgo(60) });

  const rnd = generator(20261211);
  let serial = 0;
  const person = () => {
    serial++;
    const first17 = `15990119${String(70 + rnd(25))}${String(1 + rnd(12)).padStart(2, '0')}${String(1 + rnd(28)).padStart(2, '0')}${String(serial).padStart(3, '0').slice(-3)}`;
    return {
      name: `${SURNAMES[rnd(SURNAMES.length)]}${GIVEN[rnd(GIVEN.length)]}${rnd(2) ? GIVEN[rnd(GIVEN.length)] : ''}`,
      idNumber: first17 + idNumberCheckChar(first17)!,
    };
  };
  const roster: { org: string; kind: OfficerKind; count: number; category: string; reviewers: number }[] = [
    ...DEPARTMENTS.map(([name, count, category], k) => ({
      org: name,
      kind: 'enforcement' as const,
      count,
      category,
      // 118号 §(十一): most bodies keep the ratio; the 公安分局 and 农牧水利局 are left short, to be found
      reviewers: k === 13 || k === 8 ? 0 : Math.max(1, Math.ceil(count / 20)),
    })),
    ...TOWNSHIPS.slice(0, 3).map((t) => ({
      org: t,
      kind: 'enforcement' as const,
      count: 6,
      category: '城市管理',
      reviewers: 1,
    })),
    { org: '示范区司法局', kind: 'supervision', count: 8, category: '行政执法监督', reviewers: 0 },
    { org: '示范区城市管理综合执法局', kind: 'auxiliary', count: 20, category: '城市管理', reviewers: 0 },
    { org: '示范区市场监督管理局', kind: 'auxiliary', count: 8, category: '市场监管', reviewers: 0 },
  ];
  const officerIds: string[] = [];
  const trainees: DemoTrainee[] = [];
  for (const r of roster) {
    const org = id(r.org);
    if (!org) continue;
    const unit = await unitRecord(ctx.tx, org);
    const rows = [];
    for (let n = 0; n < r.count; n++) {
      const p = person();
      const certified = r.kind !== 'auxiliary';
      const row = officerRow(
        services,
        unit,
        {
          organisationId: org,
          officerName: p.name,
          idNumber: p.idNumber,
          kind: r.kind,
          certificateNumber: certified
            ? `${r.kind === 'supervision' ? 'JD' : ''}1599010${String(serial).padStart(4, '0')}`
            : null,
          category: r.category,
          area:
            unit.orgName.includes('街道') || unit.orgName.includes('镇')
              ? unit.orgName.replace('示范区', '')
              : '示范区',
          certificateIssuedOn: certified ? daysAgo(30 + rnd(8 * 365)) : null,
          examResult: certified ? (n % 9 === 4 ? 'exempt' : 'passed') : null,
          legalProfessionQualified: n % 9 === 4 || n < r.reviewers,
          isLegalReviewer: n < r.reviewers,
        },
        true,
      );
      rows.push(row);
    }
    await ctx.tx.insertInto('enforcement_officers').values(rows).execute();
    await w.audit({
      regionCode: unit.regionCode,
      action: 'enforcement_officer.roster_imported',
      subjectType: OFFICER_SUBJECT,
      subjectId: rows[0]!.id,
      summary: `载入${unit.orgName}演示执法人员名册${rows.length}人（演示用，非真实数据）`,
      changes: { officers: rows.length, isDemo: true },
    });
    officerIds.push(...rows.filter((x) => x.kind !== 'auxiliary').map((x) => x.id));
    trainees.push(
      ...rows.filter((x) => x.kind !== 'auxiliary').map((x) => ({ id: x.id, orgId: x.org_id, name: x.name })),
    );
  }
  // a suspension and a revocation recorded by the justice bureau (内蒙古自治区行政执法监督条例第三十七条)
  await ctx.tx
    .updateTable('enforcement_officers')
    .set({ certificate_status: 'suspended' })
    .where('id', 'in', officerIds.slice(5, 7))
    .execute();
  await ctx.tx
    .updateTable('enforcement_officers')
    .set({ certificate_status: 'revoked' })
    .where('id', '=', officerIds[11]!)
    .execute();
  // the training register is the training module's: it writes this year's hours of these officers
  await seedOfficerTraining(services, w, ctx, trainees, rnd);
}
