// The training module's scope matrix, one row per route. Hours, a bank and an exam sit at a unit: the readers of the
// unit's records read them, its legal staff (and the justice bureau across its region) record hours, the justice
// bureau keeps the bank and arranges exams; out of reach is 404, in reach without the act 403. A sitting is its
// candidate's alone: every official enrolled starts one wherever the exam is kept, and nobody else sees it (404).
import {
  actors,
  everyone,
  listItems,
  scopeMatrix,
  unitRecordReaders,
  type Answers,
  type Place,
  type ScopeWorld,
} from '../../../test/scope-matrix';
import { inWriteTransaction } from '../../platform/write';
import { addQuestionOn } from './exams/commands/add-question';
import { startSittingOn } from './exams/commands/sitting';
import { makeExam, questionSheet } from './test/factory';
import { recordStudySessionOn } from './study/commands/record-study-session';
import type { StudySessionList } from '@fazhi/core/contracts';

const takesItAgain = async () => undefined;
const oneQuestion = [{ kind: 'true_false' as const, questionTag: null, questionCount: 1, questionPoints: 10 }];

/** a question in the place's bank, enough for the one-question blueprint */
const bankIn = (w: ScopeWorld, p: Place) =>
  w.fixture('training bank', p, () =>
    inWriteTransaction(w.env.services, w.system, (wr) =>
      addQuestionOn(w.env.services, wr, {
        orgId: p.orgId,
        questionKind: 'true_false',
        questionStem: `矩阵测试判断题${p.target}`,
        questionOptions: [],
        correctAnswer: ['A'],
        questionTags: [],
      }),
    ),
  );

const userIdOf = async (w: ScopeWorld, username: string) =>
  (await w.env.services.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow())
    .id;

/** an exam at the place with every demo person enrolled */
async function examIn(w: ScopeWorld, p: Place) {
  await bankIn(w, p);
  const demo = Object.values(actors).filter((u) => u.startsWith('demo.'));
  const candidates = await Promise.all(demo.map(async (u) => ({ userId: await userIdOf(w, u), officerId: null })));
  return makeExam(w.env, p.orgId, candidates, { title: `矩阵考试${p.target}`, blueprint: oneQuestion });
}
const sharedExamIn = (w: ScopeWorld, p: Place) => w.fixture('training exam', p, () => examIn(w, p));

/** the demo officer's sitting of an exam at the place */
async function sittingIn(w: ScopeWorld, p: Place) {
  const { id } = await examIn(w, p);
  const officer = await userIdOf(w, actors.officer);
  return inWriteTransaction(w.env.services, w.system, (wr) => startSittingOn(w.env.services, wr, id, officer));
}
const sharedSittingIn = (w: ScopeWorld, p: Place) => w.fixture('training sitting', p, () => sittingIn(w, p));

const studyBody = (p: Place) => ({
  orgId: p.orgId,
  studyKind: 'lecture' as const,
  studiedOn: '2026-01-05',
  studyTopic: `矩阵法治讲座${p.target}`,
  lawsStudied: [],
  explainedBy: '矩阵讲解人',
  attendeeCount: 20,
});
const studyIn = (w: ScopeWorld, p: Place) =>
  w.fixture('study session', p, () =>
    inWriteTransaction(w.env.services, w.system, (wr) => recordStudySessionOn(w.env.services, wr, studyBody(p))),
  );

/** an act on a unit's record: the actors where they reach, readers 403, the rest 404 */
const onUnit = (actors: Answers): Answers => ({ ...unitRecordReaders(403, 404), ...actors });
const justiceBureau = (ok: 200 | 201): Answers => onUnit({ reviewer: [ok, ok, ok, 404] });
/** the officials who sit exams (not the separated administrator duties) */
const sitters = (ok: number | 'listed', no: number | 'unlisted'): Answers => ({
  ...everyone(ok),
  sysadmin: no,
  secadmin: no,
  auditor: no,
  otherAdmin: no === 403 ? 404 : no,
  platformAdmin: no === 403 ? 404 : no,
});
const officerOnly = (ok: 200): Answers => ({ ...everyone(404), officer: ok });
const xlsx = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

scopeMatrix({
  title: 'training',
  // written literally: platform/http/field-labels.test.ts reads the modules each matrix covers from the file
  modules: ['training'],
  rows: [
    {
      route: 'POST /api/training-records',
      request: (_w, p) => ({
        method: 'POST',
        url: '/api/training-records',
        payload: { userId: p.userId, course: '矩阵培训', hours: 2, trainedOn: '2026-01-05' },
      }),
      restore: takesItAgain,
      anonymous: 401,
      expect: onUnit({ legal: [201, 404, 404, 404], reviewer: [201, 201, 201, 404] }),
    },
    {
      route: 'GET /api/study-sessions',
      // the fixture's session is of 2026 (studyBody): asked for that year, whatever day the clock says
      request: async (w, p) => (await studyIn(w, p), { url: '/api/study-sessions?year=2026' }),
      lists: (body, p) => (body as StudySessionList).items.some((s) => s.orgId === p.orgId),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/study-sessions',
      request: (_w, p) => ({ method: 'POST', url: '/api/study-sessions', payload: studyBody(p) }),
      restore: takesItAgain,
      anonymous: 401,
      expect: onUnit({ legal: [201, 404, 404, 404], reviewer: [201, 201, 201, 404] }),
    },
    {
      route: 'GET /api/training-questions',
      request: async (w, p) => (await bankIn(w, p), { url: `/api/training-questions?orgId=${p.orgId}` }),
      lists: (body, p) => listItems(body).some((q) => q.orgId === p.orgId),
      anonymous: 401,
      expect: { ...everyone('unlisted'), reviewer: ['listed', 'listed', 'listed', 'unlisted'] },
    },
    {
      route: 'POST /api/training-questions',
      request: (_w, p) => ({
        method: 'POST',
        url: '/api/training-questions',
        payload: { orgId: p.orgId, questionKind: 'true_false', questionStem: '矩阵题', correctAnswer: ['B'] },
      }),
      restore: takesItAgain,
      anonymous: 401,
      expect: justiceBureau(201),
    },
    {
      route: 'GET /api/training-questions/import-template.xlsx',
      request: () => ({ url: '/api/training-questions/import-template.xlsx' }),
      anonymous: 401,
      expect: { ...everyone(403), reviewer: 200 },
    },
    {
      route: 'POST /api/training-questions/import',
      request: async (_w, p) => ({
        method: 'POST',
        url: `/api/training-questions/import?orgId=${p.orgId}`,
        headers: xlsx,
        payload: await questionSheet([['判断题', '矩阵导入题', '', '', '', '', '正确', '']]),
      }),
      restore: takesItAgain,
      anonymous: 401,
      expect: { ...everyone(403), reviewer: [201, 201, 201, 404] },
    },
    {
      route: 'GET /api/training-exams',
      request: async (w, p) => (await sharedExamIn(w, p), { url: '/api/training-exams' }),
      lists: (body, p) => listItems(body).some((e) => e.title === `矩阵考试${p.target}`),
      anonymous: 401,
      expect: unitRecordReaders('listed', 'unlisted'),
    },
    {
      route: 'POST /api/training-exams',
      request: async (w, p) => {
        await bankIn(w, p);
        const today = w.env.services.clock.today();
        return {
          method: 'POST',
          url: '/api/training-exams',
          payload: {
            orgId: p.orgId,
            title: '矩阵安排考试',
            examPurpose: 'study',
            blueprint: oneQuestion,
            examOpensOn: today,
            examClosesOn: today,
            candidates: [{ userId: p.userId }],
          },
        };
      },
      restore: takesItAgain,
      anonymous: 401,
      expect: justiceBureau(201),
    },
    {
      route: 'GET /api/training-exams/:id/results',
      request: async (w, p) => ({ url: `/api/training-exams/${(await sharedExamIn(w, p)).id}/results` }),
      anonymous: 401,
      expect: unitRecordReaders(200, 404),
    },
    {
      route: 'GET /api/my-training-exams',
      request: async (w, p) => (await sharedExamIn(w, p), { url: '/api/my-training-exams' }),
      lists: (body, p) => listItems(body).some((e) => e.title === `矩阵考试${p.target}`),
      anonymous: 401,
      expect: sitters('listed', 'unlisted'),
    },
    {
      route: 'POST /api/training-exams/:id/sittings',
      request: async (w, p) => ({ method: 'POST', url: `/api/training-exams/${(await examIn(w, p)).id}/sittings` }),
      // the actor's sitting removed: the next actor of the place starts on the same exam
      restore: async (w, _p, spec) => {
        const examId = spec.url.split('/')[3]!;
        const db = w.env.services.db;
        const ids = db.selectFrom('training_sittings').select('id').where('exam_id', '=', examId);
        await db.deleteFrom('training_sitting_questions').where('sitting_id', 'in', ids).execute();
        await db.deleteFrom('training_sittings').where('exam_id', '=', examId).execute();
      },
      anonymous: 401,
      expect: sitters(201, 403),
    },
    {
      route: 'GET /api/training-sittings/:id',
      request: async (w, p) => ({ url: `/api/training-sittings/${(await sharedSittingIn(w, p)).id}` }),
      anonymous: 401,
      expect: officerOnly(200),
    },
    {
      route: 'PUT /api/training-sittings/:id/answers/:position',
      request: async (w, p) => ({
        method: 'PUT',
        url: `/api/training-sittings/${(await sharedSittingIn(w, p)).id}/answers/1`,
        payload: { answerChoices: ['A'] },
      }),
      restore: takesItAgain,
      anonymous: 401,
      expect: officerOnly(200),
    },
    {
      route: 'POST /api/training-sittings/:id/submission',
      request: async (w, p) => ({
        method: 'POST',
        url: `/api/training-sittings/${(await sittingIn(w, p)).id}/submission`,
      }),
      anonymous: 401,
      expect: officerOnly(200),
    },
  ],
});
