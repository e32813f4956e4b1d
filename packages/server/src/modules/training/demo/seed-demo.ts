// The demo region's law study and exams (labelled demo, like every demo record; the officers' hours are written with
// the enforcement demo's officers, `officer-training.ts`): the justice bureau's question bank of national-law
// questions (`questions.ts`), the staff's training hours over this year and last, last year's exam with every
// candidate's sitting as it was drawn and marked, and this year's online exam, open now, that the demo officer and
// the units' staff are enrolled in. Dates follow the clock's today; nothing is after today.
import { formatIsoDate, parseIsoDate } from '@fazhi/core/calendar';
import { drawPaper, optionsOf, passes, score, seededRandom, type BlueprintPart } from '@fazhi/core/training';
import { randomUUID } from 'node:crypto';
import type { SeedContext } from '../../../platform/modules/manifest';
import type { Services } from '../../../platform/services';
import { writerOn } from '../../../platform/write';
import { insertQuestions } from '../exams/commands/add-question';
import { arrangeExamOn } from '../exams/commands/arrange-exam';
import { demoQuestions } from './questions';
import { recordStudySessionOn } from '../study/commands/record-study-session';

/** 9 questions, 100 points: what a phone screen takes in a few minutes */
export const DEMO_BLUEPRINT: BlueprintPart[] = [
  { kind: 'single', tag: null, count: 4, points: 10 },
  { kind: 'multiple', tag: null, count: 2, points: 15 },
  { kind: 'true_false', tag: null, count: 3, points: 10 },
];
/** the blueprint as a request gives it */
export const blueprintBody = (parts: readonly BlueprintPart[]) =>
  parts.map((p) => ({ kind: p.kind, questionTag: p.tag, questionCount: p.count, questionPoints: p.points }));
export const DEMO_CANDIDATES = ['demo.officer', 'demo.legal', 'demo.head', 'demo.office', 'demo.leader'];
export const demoExamTitle = (year: number) => `${year}年度行政执法人员通用法律知识网上考试（演示）`;

const STAFF_COURSES = [
  '习近平法治思想专题学习',
  '《中华人民共和国行政复议法》修订解读',
  '法治政府建设实施纲要专题辅导',
  '行政规范性文件合法性审核实务',
  '重大行政决策程序暂行条例解读',
];

export async function seedTrainingDemo(services: Services, ctx: SeedContext) {
  const justice = ctx.orgIdByName.get('示范区司法局');
  if (!justice) return;
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const year = Number(today.slice(0, 4));
  const rnd = seededRandom(20261208);
  const pick = (n: number) => Math.floor(rnd() * n);
  const unit = {
    orgId: justice,
    orgPath: '',
    regionPath: '',
    bodyName: '示范区司法局',
    regionCode: ctx.regionCode,
  };
  const questionIds = await insertQuestions(ctx.tx, unit, demoQuestions, true);
  await w.audit({
    regionCode: ctx.regionCode,
    action: 'training_question.imported',
    subjectType: 'training_question_bank',
    subjectId: justice,
    summary: `载入示范区演示题库${questionIds.length}道（演示用，非真实数据）`,
    changes: { imported: questionIds.length, isDemo: true },
  });

  const staff = await ctx.tx
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'home_org_id'])
    .where('username', 'in', [...DEMO_CANDIDATES, 'demo.reviewer', 'demo.supervisor'])
    .execute();
  // two years of the staff's own training: last year whole, this year up to today
  const start = parseIsoDate(`${year - 1}-01-01`);
  const span = parseIsoDate(today) - start;
  const hours = staff.flatMap((u) =>
    u.home_org_id
      ? Array.from({ length: 4 + pick(5) }, () => ({
          id: randomUUID(),
          region_code: ctx.regionCode,
          org_id: u.home_org_id!,
          user_id: u.id,
          person_name: u.display_name,
          course: `${STAFF_COURSES[pick(STAFF_COURSES.length)]!}（演示）`,
          hours_tenths: (2 + pick(7)) * 10,
          trained_on: formatIsoDate(start + pick(span + 1)),
          is_demo: true,
        }))
      : [],
  );
  if (hours.length) await ctx.tx.insertInto('training_records').values(hours).execute();
  await w.audit({
    regionCode: ctx.regionCode,
    action: 'training_record.recorded',
    subjectType: 'training_record',
    subjectId: hours[0]?.id ?? justice,
    summary: `载入示范区工作人员演示培训学时${hours.length}条（演示用，非真实数据）`,
    changes: { records: hours.length, isDemo: true },
  });

  const candidates = staff
    .filter((u) => DEMO_CANDIDATES.includes(u.username))
    .map((u) => ({ userId: u.id, officerId: null }));
  const exam = (y: number, opensOn: string, closesOn: string) =>
    arrangeExamOn(
      services,
      w,
      {
        orgId: justice,
        title: demoExamTitle(y),
        examPurpose: 'study',
        blueprint: blueprintBody(DEMO_BLUEPRINT),
        examOpensOn: opensOn,
        examClosesOn: closesOn,
        candidates,
      },
      true,
    );
  // last year's exam, closed, every candidate's sitting drawn and marked as the commands would have
  const last = await exam(year - 1, `${year - 1}-11-01`, `${year - 1}-11-30`);
  const lastExam = await ctx.tx
    .selectFrom('training_exams')
    .select(['pass_mark', 'minutes'])
    .where('id', '=', last.id)
    .executeTakeFirstOrThrow();
  const bank = await ctx.tx.selectFrom('training_questions').selectAll().where('org_id', '=', justice).execute();
  const byId = new Map(bank.map((b) => [b.id, b]));
  for (const [k, c] of candidates.entries()) {
    const seed = 1 + pick(2 ** 31);
    const paper = drawPaper(DEMO_BLUEPRINT, bank, seed).map((d, i) => {
      const q = byId.get(d.questionId)!;
      // most answers right; a wrong one is the first option not in the answer
      const wrong = [optionsOf(q).findIndex((_, j) => !q.answer.includes('ABCDEFGH'[j]!))].map((j) => 'ABCDEFGH'[j]!);
      return { d, q, i, given: rnd() < 0.8 ? q.answer : wrong };
    });
    const scored = score(paper.map((p) => ({ points: p.d.points, correct: p.q.answer, given: p.given })));
    const startedAt = new Date(`${year - 1}-11-${String(3 + k * 2).padStart(2, '0')}T09:00:00+08:00`);
    const id = randomUUID();
    await ctx.tx
      .insertInto('training_sittings')
      .values({
        id,
        exam_id: last.id,
        user_id: c.userId,
        org_id: staff.find((u) => u.id === c.userId)?.home_org_id ?? justice,
        attempt_no: 1,
        seed,
        started_at: startedAt,
        ends_at: new Date(startedAt.getTime() + lastExam.minutes * 60_000),
        status: 'submitted',
        submitted_at: new Date(startedAt.getTime() + (10 + pick(lastExam.minutes - 10)) * 60_000),
        score: scored,
        passed: passes(scored, lastExam.pass_mark),
        is_demo: true,
      })
      .execute();
    await ctx.tx
      .insertInto('training_sitting_questions')
      .values(
        paper.map((p) => ({
          sitting_id: id,
          position: p.i + 1,
          question_id: p.q.id,
          kind: p.q.kind,
          stem: p.q.stem,
          options: JSON.stringify(optionsOf(p.q)),
          correct: JSON.stringify(p.q.answer),
          points: p.d.points,
          given: JSON.stringify(p.given),
          answered_at: startedAt,
        })),
      )
      .execute();
  }
  // this year's, open from a fortnight ago (not before New Year) to a month ahead
  const opens = formatIsoDate(Math.max(parseIsoDate(today) - 14, parseIsoDate(`${year}-01-01`)));
  await exam(year, opens, formatIsoDate(parseIsoDate(today) + 30));
  await seedStudyDemo(services, ctx);
}

/** Two years of the government's and a few departments' study sessions; one department left without a lecture. */
export async function seedStudyDemo(services: Services, ctx: SeedContext) {
  const w = writerOn(ctx.tx, { actor: null, ip: null }, services);
  const today = services.clock.today();
  const year = Number(today.slice(0, 4));
  const daysBefore = (n: number) => formatIsoDate(parseIsoDate(today) - n);
  const inLastYear = (month: number, day: number) => `${year - 1}-${String(month).padStart(2, '0')}-${day}`;
  const government = ctx.orgIdByName.get('示范区人民政府');
  const market = ctx.orgIdByName.get('示范区市场监督管理局');
  if (!government || !market) return;
  const sessions = [
    [
      government,
      'executive_meeting',
      inLastYear(3, 12),
      '区政府第五次常务会议',
      '国有土地上房屋征收与补偿',
      ['国有土地上房屋征收与补偿条例'],
      '区司法局局长',
    ],
    [
      government,
      'lecture',
      inLastYear(6, 18),
      null,
      '行政复议法修订解读',
      ['中华人民共和国行政复议法'],
      '市委党校法学教研室教授',
    ],
    [government, 'lecture', inLastYear(11, 20), null, '行政执法“三项制度”实务', [], '区司法局副局长'],
    [
      government,
      'central_group',
      inLastYear(9, 5),
      '区政府党组理论学习中心组学习会',
      '习近平法治思想',
      [],
      '区政府分管领导',
    ],
    [
      government,
      'executive_meeting',
      daysBefore(40),
      '区政府常务会议',
      '中华人民共和国环境保护法',
      ['中华人民共和国环境保护法'],
      '区生态环境分局局长',
    ],
    [
      government,
      'lecture',
      daysBefore(25),
      null,
      '重大行政决策程序暂行条例解读',
      ['重大行政决策程序暂行条例'],
      '区政府法律顾问',
    ],
    [
      market,
      'lecture',
      daysBefore(12),
      null,
      '行政处罚裁量权基准适用',
      ['中华人民共和国行政处罚法'],
      '市市场监管局法规科科长',
    ],
  ] as const;
  for (const [orgId, kind, studiedOn, meetingName, topic, laws, explainedBy] of sessions)
    if (studiedOn <= today)
      await recordStudySessionOn(
        services,
        w,
        {
          orgId,
          studyKind: kind,
          studiedOn,
          ...(meetingName ? { meetingName: `${meetingName}（演示）` } : {}),
          studyTopic: `${topic}（演示）`,
          lawsStudied: [...laws],
          explainedBy,
          attendeeCount: 15 + (topic.length % 20),
        },
        true,
      );
}
