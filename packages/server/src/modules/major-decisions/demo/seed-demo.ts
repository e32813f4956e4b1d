// The demo region's decision catalogues and expert pool (labelled demo, like every demo record): last year's
// catalogue, published and then adjusted once (one item added, one taken out, one changed), and this year's,
// published; six fictional experts, one with a declared interest, and one recorded draw that excluded him; then
// the decisions in their states (seed-decisions.ts) — built
// through the same commands as the API on the seed's transaction, so they carry the same audit events. Dates follow
// today's clock: nothing is dated after today.
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn } from '../../../platform/write';
import type { OptionalStep } from '@fazhi/core/major-decisions';
import { draftCatalogueOn } from '../catalogue/commands/draft-catalogue';
import { addCatalogueItemOn } from '../catalogue/commands/add-catalogue-item';
import { changeCatalogueItemOn } from '../catalogue/commands/change-catalogue-item';
import { removeCatalogueItemOn } from '../catalogue/commands/remove-catalogue-item';
import { recordPartyConsentOn } from '../catalogue/commands/record-party-consent';
import { publishCatalogueOn } from '../catalogue/commands/publish-catalogue';
import { adjustCatalogueOn } from '../catalogue/commands/adjust-catalogue';
import { addExpertOn } from '../experts/commands/add-expert';
import { drawExpertsOn } from '../experts/commands/draw-experts';
import { seedDecisionRecords } from './seed-decisions';
import { seedAnnouncedHearing, seedDecisionSteps } from './seed-decision-steps';
import { seedDecisionHistory } from './seed-history';
import { seedDecisionConsultation } from './seed-consultation';

/** The demo region's expert pool: fictional people (示范 in every name), each with field, employer and term. */
const demoExperts = (y: number) =>
  [
    { name: '示范·王规划', field: '城乡规划', employer: '示范大学建筑与城市规划学院', conflicts: [] },
    {
      name: '示范·李城建',
      field: '城乡规划',
      employer: '示范市城市规划设计研究院',
      conflicts: ['示范城建集团有限公司'],
    },
    { name: '示范·赵交通', field: '城乡规划', employer: '示范交通规划设计院', conflicts: [] },
    { name: '示范·陈法学', field: '法律', employer: '示范大学法学院', conflicts: [] },
    { name: '示范·周律师', field: '法律', employer: '示范正义律师事务所', conflicts: ['示范城建集团有限公司'] },
    { name: '示范·吴环境', field: '生态环境', employer: '示范环境科学研究院', conflicts: [] },
  ].map((e) => ({ ...e, termFrom: `${y - 1}-01-01`, termTo: `${y + 1}-12-31` }));

interface DemoItem {
  title: string;
  sponsor: string;
  legalBasis: string;
  policyBasis?: string;
  start: string;
  finish: string;
  steps: OptionalStep[];
}

const lastYearItems = (y: number): DemoItem[] => [
  {
    title: '示范区国土空间总体规划实施方案',
    sponsor: '示范区自然资源分局',
    legalBasis: '《中华人民共和国土地管理法》《中华人民共和国城乡规划法》',
    policyBasis: '《中共中央 国务院关于建立国土空间规划体系并监督实施的若干意见》',
    start: `${y}-03-01`,
    finish: `${y}-10-31`,
    steps: ['hearing', 'expert_review', 'risk_assessment'],
  },
  {
    title: '示范区城区公共停车设施收费标准调整',
    sponsor: '示范区住房和城乡建设局',
    legalBasis: '《中华人民共和国价格法》',
    start: `${y}-04-01`,
    finish: `${y}-09-30`,
    steps: ['hearing', 'risk_assessment', 'fair_competition_review'],
  },
  {
    title: '示范区城镇老旧小区改造三年行动计划',
    sponsor: '示范区住房和城乡建设局',
    legalBasis: '《中华人民共和国城乡规划法》',
    policyBasis: '《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）',
    start: `${y}-05-01`,
    finish: `${y}-08-31`,
    steps: ['expert_review', 'risk_assessment'],
  },
];

const thisYearItems = (y: number): DemoItem[] => [
  {
    title: '示范区生活垃圾分类管理实施办法',
    sponsor: '示范区城市管理综合执法局',
    legalBasis: '《中华人民共和国固体废物污染环境防治法》',
    start: `${y}-03-01`,
    finish: `${y}-09-30`,
    steps: ['hearing', 'expert_review', 'risk_assessment'],
  },
  {
    title: '示范区农村牧区集中供水工程建设规划',
    sponsor: '示范区农牧水利局',
    legalBasis: '《中华人民共和国水法》',
    start: `${y}-04-01`,
    finish: `${y}-11-30`,
    steps: ['expert_review', 'risk_assessment'],
  },
  {
    title: '示范区促进民营经济发展若干措施',
    sponsor: '示范区发展和改革委员会',
    legalBasis: '《中华人民共和国中小企业促进法》',
    start: `${y}-03-15`,
    finish: `${y}-06-30`,
    steps: ['expert_review', 'fair_competition_review'],
  },
];

export async function seedDecisionsDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const body = ctx.orgIdByName.get('示范区人民政府');
  if (!body) return;
  const today = services.clock.today();
  const y = Number(today.slice(0, 4));
  const notAfterToday = (d: string) => (d < today ? d : today);
  const orgId = (name: string) => ctx.orgIdByName.get(name) ?? body;
  const add = (id: string, i: DemoItem) =>
    addCatalogueItemOn(services, w, id, {
      title: i.title,
      sponsorOrgId: orgId(i.sponsor),
      legalBasis: i.legalBasis,
      policyBasis: i.policyBasis,
      plannedStart: i.start,
      plannedFinish: i.finish,
      applicableSteps: i.steps,
    });
  const publish = async (id: string, consentedOn: string, record: string) => {
    await recordPartyConsentOn(services, w, id, { consentedOn, record });
    await publishCatalogueOn(services, w, id, consentedOn);
  };

  // last year: published in February, adjusted in July
  const last = await draftCatalogueOn(services, w, { bodyOrgId: body, year: y - 1 }, { isDemo: true });
  const lastItems = lastYearItems(y - 1);
  for (const i of lastItems) await add(last.id, i);
  await publish(last.id, `${y - 1}-02-10`, `中共示范区委常委会会议纪要〔${y - 1}〕2号（演示）`);
  await adjust(last.id, y - 1, lastItems);

  // this year: published once the committee consented (on today's date early in the year)
  const current = await draftCatalogueOn(services, w, { bodyOrgId: body, year: y }, { isDemo: true });
  for (const i of thisYearItems(y)) await add(current.id, i);
  await publish(current.id, notAfterToday(`${y}-02-10`), `中共示范区委常委会会议纪要〔${y}〕2号（演示）`);

  // the expert pool, and one draw for this year's first item, the party with an interest named
  for (const e of demoExperts(y))
    await addExpertOn(services, w, { regionCode: ctx.regionCode, ...e }, { isDemo: true });
  await drawExpertsOn(
    services,
    w,
    {
      regionCode: ctx.regionCode,
      matter: '示范区生活垃圾分类管理实施办法',
      field: '城乡规划',
      count: 2,
      interests: ['示范城建集团有限公司'],
    },
    { isDemo: true },
  );
  await seedDecisionRecords(services, w, ctx, body);
  await seedDecisionSteps(services, w, ctx, body);
  await seedAnnouncedHearing(services, w, ctx, body);
  await seedDecisionHistory(services, w, ctx, body);
  await seedDecisionConsultation(services, w, body);

  async function adjust(id: string, year: number, items: DemoItem[]) {
    const next = await adjustCatalogueOn(
      services,
      w,
      id,
      '按照上级部署增加学前教育资源布局调整事项；公共停车设施收费标准由价格主管部门另行组织定价听证，移出本年度目录；老旧小区改造计划完成时间顺延',
    );
    const rows = await w.tx
      .selectFrom('decision_catalogue_items')
      .select(['id', 'title'])
      .where('catalogue_id', '=', next.id)
      .execute();
    const idOf = (title: string) => rows.find((r) => r.title === title)!.id;
    await removeCatalogueItemOn(services, w, next.id, idOf(items[1]!.title));
    const renovation = items[2]!;
    await changeCatalogueItemOn(services, w, next.id, idOf(renovation.title), {
      title: renovation.title,
      sponsorOrgId: orgId(renovation.sponsor),
      legalBasis: renovation.legalBasis,
      policyBasis: renovation.policyBasis,
      plannedStart: renovation.start,
      plannedFinish: `${year}-12-31`,
      applicableSteps: renovation.steps,
    });
    await add(next.id, {
      title: '示范区学前教育资源布局调整方案',
      sponsor: '示范区教育局',
      legalBasis: '《中华人民共和国教育法》',
      start: `${year}-08-01`,
      finish: `${year}-12-31`,
      steps: ['hearing', 'expert_review', 'risk_assessment'],
    });
    await publish(next.id, `${year}-07-15`, `中共示范区委常委会会议纪要〔${year}〕9号（演示）`);
  }
}
