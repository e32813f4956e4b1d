// 法治学习培训与考试 through the API: hours recorded for an officer and for a member of staff in the one register
// (the enforcement roster reads them); the bank's question checked whole and its Excel import all or nothing; an
// exam arranged on the bank, sat by its candidate — the paper fixed at the start with its seed, one sitting at a
// time, answers saved as given, the time limit, the marking — and the enforcement qualification exam's pass
// recorded by the officer registry after commit. Every act is audited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  EnforcementOfficerList,
  MyTrainingExam,
  StudySessionList,
  TrainingExamResults,
  TrainingSitting,
} from '@fazhi/core/contracts';
import { drainOutbox } from '../../platform/jobs/outbox';
import { call, createTestEnv, orgId, sessionOf, userId, type Session, type TestEnv } from '../../../test/helpers';
import { makeOfficer } from '../enforcement/test/factory';
import { makeExam, questionSheet, rightAnswers } from './test/factory';

let env: TestEnv;
let legal: Session;
let reviewer: Session;
let officer: Session;
let market: string;
let justice: string;

before(async () => {
  env = await createTestEnv();
  legal = await sessionOf(env, 'demo.legal');
  reviewer = await sessionOf(env, 'demo.reviewer');
  officer = await sessionOf(env, 'demo.officer');
  market = await orgId(env, '示范区市场监督管理局');
  justice = await orgId(env, '示范区司法局');
});
after(async () => env?.close());

const auditOf = async (id: string) =>
  (
    await env.services.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('occurred_at')
      .execute()
  ).map((r) => r.action);

test('hours go into one register, for an officer or a member of staff, and the roster reads them', async () => {
  const today = env.services.clock.today();
  const officerId = await makeOfficer(env, market, { name: '测试学时', number: 'THRS-0001' });
  const course = { course: '行政处罚法专题（测试）', hours: 60, trainedOn: today };
  const forOfficer = await call(env.app, legal, 'POST', '/api/training-records', { officerId, ...course });
  assert.equal(forOfficer.statusCode, 201, forOfficer.body);
  assert.deepEqual(await auditOf(forOfficer.json().id), ['training_record.recorded']);
  const staff = await userId(env, 'demo.officer');
  const forStaff = await call(env.app, legal, 'POST', '/api/training-records', {
    userId: staff,
    ...course,
    hours: 1.5,
  });
  assert.equal(forStaff.statusCode, 201, forStaff.body);
  // the roster's hours and shortfall are read from this register
  const list = (
    await call(env.app, legal, 'GET', '/api/enforcement-officers?q=THRS-0001')
  ).json() as EnforcementOfficerList;
  assert.equal(list.items[0]?.trainingHours, 60);
  const short = (await call(env.app, legal, 'GET', '/api/enforcement-training/shortfall')).json();
  assert.ok(!short.items.some((i: { officerId: string }) => i.officerId === officerId));

  const both = await call(env.app, legal, 'POST', '/api/training-records', { officerId, userId: staff, ...course });
  assert.equal(both.statusCode, 400);
  assert.match(both.json().message, /执法人员或一名工作人员/);
  const tenths = await call(env.app, legal, 'POST', '/api/training-records', { userId: staff, ...course, hours: 0.25 });
  assert.equal(tenths.statusCode, 400);
  assert.match(tenths.json().message, /培训学时/);
  // a member of staff of another unit is out of the unit's legal officer's reach
  const other = await call(env.app, legal, 'POST', '/api/training-records', {
    userId: await userId(env, 'demo.reviewer'),
    ...course,
  });
  assert.equal(other.statusCode, 404);
});

test('the office records a meeting’s study; a unit with fewer lectures than the minimum this year is warned', async () => {
  const office = await sessionOf(env, 'demo.office');
  const government = await orgId(env, '示范区人民政府');
  const lectures = async () =>
    ((await call(env.app, office, 'GET', '/api/study-sessions')).json() as StudySessionList).lectures.find(
      (l) => l.orgId === government,
    )!;
  const before = await lectures();
  const study = {
    orgId: government,
    studyKind: 'executive_meeting',
    studiedOn: env.services.clock.today(),
    meetingName: '区政府第九次常务会议',
    studyTopic: '行政复议法修订要点（测试）',
    lawsStudied: ['中华人民共和国行政复议法'],
    explainedBy: '区司法局局长',
    attendeeCount: 18,
  };
  const res = await call(env.app, office, 'POST', '/api/study-sessions', study);
  assert.equal(res.statusCode, 201, res.body);
  assert.deepEqual(await auditOf(res.json().id), ['training_study.recorded']);
  const noMeeting = await call(env.app, office, 'POST', '/api/study-sessions', { ...study, meetingName: undefined });
  assert.equal(noMeeting.statusCode, 400);
  assert.match(noMeeting.json().message, /会议名称/);
  assert.equal((await lectures()).lectures, before.lectures, 'a study before a meeting is not a lecture');
  for (let i = before.lectures; i < 2; i++)
    assert.equal(
      (
        await call(env.app, office, 'POST', '/api/study-sessions', {
          ...study,
          studyKind: 'lecture',
          meetingName: undefined,
          studyTopic: `法治专题讲座（测试${i}）`,
        })
      ).statusCode,
      201,
    );
  assert.deepEqual([(await lectures()).lectures, (await lectures()).short], [Math.max(2, before.lectures), false]);
  // the justice bureau sees the region's governments and departments: the demo leaves departments short
  const region = (await call(env.app, reviewer, 'GET', '/api/study-sessions')).json() as StudySessionList;
  assert.ok(region.lectures.some((l) => l.short && l.orgId !== government));
  assert.ok(region.items.some((i) => i.id === res.json().id));
});

describe('the question bank', () => {
  test('a question is checked whole; every problem named on its field', async () => {
    const res = await call(env.app, reviewer, 'POST', '/api/training-questions', {
      orgId: justice,
      questionKind: 'multiple',
      questionStem: '测试多选题',
      questionOptions: ['甲'],
      correctAnswer: ['A'],
    });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(
      res.json().fields.map((f: { path: string }) => f.path),
      ['questionOptions', 'correctAnswer'],
    );
    const ok = await call(env.app, reviewer, 'POST', '/api/training-questions', {
      orgId: justice,
      questionKind: 'true_false',
      questionStem: '测试判断题',
      correctAnswer: ['A'],
      questionTags: ['测试法'],
    });
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('a sheet is imported all or nothing, every problem reported by row and column', async () => {
    const upload = async (rows: string[][]) =>
      env.app.inject({
        method: 'POST',
        url: `/api/training-questions/import?orgId=${justice}`,
        headers: {
          cookie: reviewer.cookie,
          'x-csrf-token': reviewer.csrf,
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        payload: await questionSheet(rows),
      });
    const count = async () =>
      Number(
        (
          await env.services.db
            .selectFrom('training_questions')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('org_id', '=', justice)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const bad = await upload([
      ['单选题', '导入测试一', '甲', '乙', '丙', '丁', 'B', '测试法'],
      ['填空题', '导入测试二', '', '', '', '', 'A', ''],
      ['多选题', '导入测试三', '甲', '乙', '丙', '', 'D', '测试法'],
    ]);
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().code, 'IMPORT_REJECTED');
    assert.deepEqual(
      bad.json().fields.map((f: { path: string }) => f.path),
      ['3.题型', '4.正确答案'],
    );
    assert.equal(await count(), before);
    const good = await upload([
      ['单项选择题', '导入测试一', '甲', '乙', '丙', '丁', 'B', '测试法、执法岗位'],
      ['判断题', '导入测试二', '', '', '', '', '错误', '测试法'],
    ]);
    assert.equal(good.statusCode, 201, good.body);
    assert.equal(good.json().imported, 2);
    assert.equal(await count(), before + 2);
    const listed = await call(env.app, reviewer, 'GET', '/api/training-questions?tag=执法岗位');
    assert.ok(listed.json().items.some((q: { stem: string }) => q.stem === '导入测试一'));
    assert.equal((await call(env.app, legal, 'GET', '/api/training-questions')).json().items.length, 0);
  });
});

describe('an officer sits an exam', () => {
  const start = (examId: string, s = officer) => call(env.app, s, 'POST', `/api/training-exams/${examId}/sittings`);
  const answerAll = async (sitting: TrainingSitting, right = true) => {
    for (const a of await rightAnswers(env, sitting.id)) {
      const choices = right ? a.correct : a.correct[0] === 'A' ? ['B'] : ['A'];
      const res = await call(env.app, officer, 'PUT', `/api/training-sittings/${sitting.id}/answers/${a.position}`, {
        answerChoices: choices,
      });
      assert.equal(res.statusCode, 200, res.body);
    }
  };

  test('a blueprint the bank cannot fill is refused, naming the part', async () => {
    const today = env.services.clock.today();
    const res = await call(env.app, reviewer, 'POST', '/api/training-exams', {
      orgId: justice,
      title: '测试考试',
      examPurpose: 'study',
      blueprint: [{ kind: 'multiple', questionTag: '行政复议法', questionCount: 5, questionPoints: 2 }],
      examOpensOn: today,
      examClosesOn: today,
      candidates: [{ userId: await userId(env, 'demo.officer') }],
    });
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().code, 'BANK_TOO_SMALL');
    assert.equal(res.json().fields[0].path, 'blueprint.0.questionCount');
  });

  test('the qualification exam: the paper fixed at the start, one sitting at a time, marked, and the pass recorded by the registry', async () => {
    const officerId = await makeOfficer(env, market, { name: '测试考生', number: 'TEXM-0001' });
    await env.services.db
      .updateTable('enforcement_officers')
      .set({ exam_result: null })
      .where('id', '=', officerId)
      .execute();
    const arranged = await call(env.app, reviewer, 'POST', '/api/training-exams', {
      orgId: justice,
      title: '行政执法资格考试（测试）',
      examPurpose: 'enforcement_qualification',
      blueprint: [
        { kind: 'single', questionCount: 4, questionPoints: 10 },
        { kind: 'multiple', questionCount: 2, questionPoints: 15 },
        { kind: 'true_false', questionCount: 3, questionPoints: 10 },
      ],
      examOpensOn: env.services.clock.today(),
      examClosesOn: env.services.clock.today(),
      candidates: [{ userId: await userId(env, 'demo.officer'), officerId }],
    });
    assert.equal(arranged.statusCode, 201, arranged.body);
    const examId = arranged.json().id;
    const mine = (await call(env.app, officer, 'GET', '/api/my-training-exams')).json().items as MyTrainingExam[];
    const entry = mine.find((e) => e.examId === examId)!;
    assert.deepEqual([entry.minutes, entry.attempts, entry.passMark, entry.startRefusal], [120, 5, 60, null]);

    const started = await start(examId);
    assert.equal(started.statusCode, 201, started.body);
    const sitting = started.json() as TrainingSitting;
    assert.equal(sitting.questions.length, 9);
    assert.ok(sitting.questions.every((q) => q.correct === null && q.given === null));
    assert.deepEqual(
      sitting.questions.map((q) => q.kind),
      ['single', 'single', 'single', 'single', 'multiple', 'multiple', 'true_false', 'true_false', 'true_false'],
    );
    assert.equal((await start(examId)).statusCode, 409); // one sitting at a time
    assert.equal((await call(env.app, legal, 'GET', `/api/training-sittings/${sitting.id}`)).statusCode, 404);
    const bad = await call(env.app, officer, 'PUT', `/api/training-sittings/${sitting.id}/answers/1`, {
      answerChoices: ['A', 'B'],
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().fields[0].path, 'answerChoices');

    // the bank changed after the start does not change the paper
    await env.services.db
      .updateTable('training_questions')
      .set({ stem: '改过的题干' })
      .where('org_id', '=', justice)
      .execute();
    await answerAll(sitting);
    const again = (
      await call(env.app, officer, 'GET', `/api/training-sittings/${sitting.id}`)
    ).json() as TrainingSitting;
    assert.deepEqual(
      again.questions.map((q) => q.stem),
      sitting.questions.map((q) => q.stem),
    );
    assert.ok(again.questions.every((q) => q.given !== null));

    const submitted = await call(env.app, officer, 'POST', `/api/training-sittings/${sitting.id}/submission`);
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.deepEqual(
      [submitted.json().score, submitted.json().passed, submitted.json().status],
      [100, true, 'submitted'],
    );
    assert.ok((submitted.json() as TrainingSitting).questions.every((q) => q.correct !== null));
    assert.equal((await start(examId)).json().message, '已通过本次考试');
    assert.deepEqual(
      (await auditOf(sitting.id)).filter((a, i, all) => all.indexOf(a) === i),
      ['training_sitting.started', 'training_sitting.answered', 'training_sitting.submitted'],
    );

    const results = (
      await call(env.app, reviewer, 'GET', `/api/training-exams/${examId}/results`)
    ).json() as TrainingExamResults;
    assert.deepEqual([results.exam.sat, results.exam.passed, results.exam.passRate], [1, 1, 100]);
    assert.equal(results.items[0]?.sittings[0]?.id, sitting.id);
    assert.match(results.items[0]!.sittings[0]!.seed, /^\d+$/);
    assert.equal((await call(env.app, legal, 'GET', `/api/training-exams/${examId}/results`)).statusCode, 404);

    await drainOutbox(env.services);
    const o = await env.services.db
      .selectFrom('enforcement_officers')
      .select('exam_result')
      .where('id', '=', officerId)
      .executeTakeFirstOrThrow();
    assert.equal(o.exam_result, 'passed');
    assert.ok((await auditOf(officerId)).includes('enforcement_officer.exam_passed'));
  });

  test('the time limit: no answer after it, and the next start marks the sitting as it stood', async () => {
    const { id: examId } = await makeExam(env, justice, [
      { userId: await userId(env, 'demo.officer'), officerId: null },
    ]);
    const first = (await start(examId)).json() as TrainingSitting;
    await answerAll(first, false);
    await env.services.db
      .updateTable('training_sittings')
      .set({ ends_at: new Date(env.services.clock.now().getTime() - 60_000) })
      .where('id', '=', first.id)
      .execute();
    const late = await call(env.app, officer, 'PUT', `/api/training-sittings/${first.id}/answers/1`, {
      answerChoices: ['A'],
    });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'SITTING_TIME_UP');
    const second = await start(examId);
    assert.equal(second.statusCode, 201, second.body);
    assert.equal((second.json() as TrainingSitting).attemptNo, 2);
    const marked = (
      await call(env.app, officer, 'GET', `/api/training-sittings/${first.id}`)
    ).json() as TrainingSitting;
    assert.deepEqual([marked.status, marked.passed], ['submitted', false]);
  });
});
